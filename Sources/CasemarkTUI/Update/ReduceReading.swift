import CasemarkModel

/// A case read whole: scrolling, stepping through the list's cases (only the chosen officer's),
/// and over to the marking screen on the key question in view.
func handleReading(_ command: KeyIntent, _ key: KeyEvent, _ state: inout AppState) -> [Effect] {
    guard var reading = state.reading, let c = state.caseWith(id: reading.caseID) else {
        state.screen = .cases
        return []
    }
    let page = ReadingPage.page(state, c)
    let height = max(1, ReadingPage.bodyHeight(state))
    let lastStart = max(0, page.lines.count - height)
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
        reading.scroll = scrolled(reading.scroll, by: command, page: height, lastStart: lastStart)
    case .jumpToStandard:
        guard case .char(let digit) = key, let n = Int(String(digit)), page.standards.indices.contains(n - 1) else {
            state.status = StatusMessage("this case has \(page.standards.count) standards")
            break
        }
        reading.scroll = page.standards[n - 1]
    case .previousCase, .nextCase:
        state.stepReading(command == .nextCase ? 1 : -1)
        return []
    case .mark:
        // On the key question at the top of the page, so the place is kept.
        let top = min(max(0, reading.scroll), lastStart)
        let row = page.keyQuestions.last { $0.line <= top }?.index
        state.openCase(c.id)
        if let row { state.marking?.row = row }
        return []
    case .results:
        state.reading = reading
        state.openResults(returnTo: .reading)
        return []
    case .back:
        state.closeReading()
        return []
    default:
        break
    }
    reading.scroll = max(0, min(reading.scroll, lastStart))
    state.reading = reading
    return []
}

extension AppState {
    /// Shows a case whole, from the top, or from `keyQuestion`'s section.
    mutating func readCase(_ id: String, at keyQuestion: Int? = nil) {
        guard let c = caseWith(id: id) else { return }
        var reading = ReadingState(caseID: id)
        if let keyQuestion {
            let page = ReadingPage.page(self, c)
            reading.scroll = page.keyQuestions.first { $0.index == keyQuestion }?.line ?? 0
            reading.scroll = min(reading.scroll, max(0, page.lines.count - ReadingPage.bodyHeight(self)))
        }
        self.reading = reading
        marking = nil
        if let index = list.order.firstIndex(of: id) { list.selected = index }
        screen = .reading
    }

    /// Back to the list, on the case just read.
    mutating func closeReading() {
        let id = reading?.caseID
        reading = nil
        backToList(on: id)
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
}
