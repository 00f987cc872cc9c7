import CasemarkModel

/// The top reducer's moves between screens: each sets up the state of the screen it opens (and
/// clears the one it leaves), since a move reaches across screens.
extension AppState {
    /// Carries out what a screen's reducer asked for, in order: the case committed, the status
    /// line, the box, the move; then the effects.
    mutating func carryOut(_ out: ScreenOutcome) -> [Effect] {
        var effects = out.changed.map { commit($0) } ?? []
        if let said = out.status { status = said }
        if let overlay = out.overlay { self.overlay = overlay }
        switch out.move {
        case nil: break
        case .mark(let id, let row):
            openCase(id)
            if let row { marking?.row = row }
        case .read(let id, let keyQuestion): readCase(id, at: keyQuestion)
        case .backToList(let id):
            if screen == .reading { reading = nil } else { marking = nil }
            backToList(on: id)
        case .stepMarking(let delta): stepCase(delta)
        case .stepReading(let delta): stepReading(delta)
        case .results(let returnTo): openResults(returnTo: returnTo)
        case .leaveResults(let returnTo):
            switch returnTo {
            case .marking where marking != nil: screen = .marking
            case .reading where reading != nil: screen = .reading
            default: showList()
            }
        }
        effects += out.effects
        return effects
    }

    /// The list on screen, rebuilt from the cases as they now are.
    mutating func showList() {
        screen = .cases
        refreshList()
    }

    /// The case list, freshly ordered, with `id` (the case just left) selected if it is still there.
    mutating func backToList(on id: String?) {
        showList()
        if let id, let index = list.order.firstIndex(of: id) { list.selected = index }
    }

    /// Opens the marking screen on a case, at its first unanswered key question.
    mutating func openCase(_ id: String) {
        guard let c = session.caseWith(id: id) else { return }
        let questions = c.markedKeyQuestions(in: framework)
        let first = questions.firstIndex { !$0.ruledOut && $0.answer?.answer == nil } ?? 0
        let index = list.selectedID == id ? list.selected : list.order.firstIndex(of: id)
        marking = MarkingState(caseID: id, row: first, listIndex: index)
        if let index { list.selected = index }
        screen = .marking
        if c.status == .complete && !readOnly {
            status = StatusMessage("\(id) is complete: o reopens it")
        } else if let returned = c.standingReturn {
            // Said on the status line too, where a small window has no room above the questions.
            status = StatusMessage("returned by \(returned.by): \(returned.reason ?? "")")
        }
    }

    /// Shows a case whole, from the top, or from `keyQuestion`'s section.
    mutating func readCase(_ id: String, at keyQuestion: Int? = nil) {
        guard let c = session.caseWith(id: id) else { return }
        reading = ReadingScreen.opened(c, at: keyQuestion, self)
        marking = nil
        if let index = list.order.firstIndex(of: id) { list.selected = index }
        screen = .reading
    }

    /// The previous (-1) or next (+1) case of the list, as it was ordered when marking began.
    mutating func stepCase(_ delta: Int) {
        guard let id = marking?.caseID else { return }
        let position = marking?.listIndex.flatMap { list.order.indices.contains($0) && list.order[$0] == id ? $0 : nil }
            ?? list.order.firstIndex(of: id) ?? list.selected
        let target = position + delta
        guard list.order.indices.contains(target) else {
            status = StatusMessage(delta > 0 ? "this is the last case in the list" : "this is the first case in the list")
            return
        }
        list.selected = target
        openCase(list.order[target])
        if status.kind != .error, session.caseWith(id: list.order[target])?.status != .complete || readOnly {
            status = StatusMessage("case \(target + 1) of \(list.order.count): \(list.order[target])")
        }
    }

    /// The previous (-1) or next (+1) case of the list: with an officer chosen, only theirs.
    mutating func stepReading(_ delta: Int) {
        guard let id = reading?.caseID else { return }
        let position = list.order.firstIndex(of: id) ?? list.selected
        let target = position + delta
        guard list.order.indices.contains(target) else {
            status = StatusMessage(delta > 0 ? "this is the last case in the list" : "this is the first case in the list")
            return
        }
        readCase(list.order[target])
        status = StatusMessage("case \(target + 1) of \(list.order.count): \(list.order[target])")
    }

    /// The results, from the top of the table (not a breakdown left from last time).
    mutating func openResults(returnTo: Screen.ReturnScreen) {
        screen = .results(returnTo: returnTo)
        results = ResultsState()
    }

    /// Counts `officer`'s cases on their own for the results and lists only their cases (nil:
    /// everybody's). `officer` is matched as the command line matches it; false when nobody matches.
    @discardableResult
    mutating func chooseOfficer(_ officer: String?) -> Bool {
        var name: String?
        if let officer {
            guard let found = Officers.find(officer, in: session.cases) else { return false }
            name = found.name
        }
        session.scope(to: name, framework: framework)
        // The filter's officer line would fight the choice.
        list.filter.officer = nil
        refreshList()
        return true
    }
}
