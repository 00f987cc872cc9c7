import CasemarkModel

func handleMarking(_ command: KeyIntent, _ key: KeyEvent, _ state: inout AppState, now: String) -> [Effect] {
    guard var marking = state.marking, let c = state.caseWith(id: marking.caseID) else {
        state.screen = .cases
        return []
    }
    let questions = c.markedKeyQuestions(in: state.framework)
    guard !questions.isEmpty else {
        if command == .back { state.closeCase() } else if command == .previousCase || command == .nextCase {
            state.stepCase(command == .nextCase ? 1 : -1)
        } else {
            state.status = StatusMessage("this case's sample has no key questions to mark")
        }
        return []
    }
    marking.row = max(0, min(marking.row, questions.count - 1))
    let current = questions[marking.row]
    let prompts = current.keyQuestion.prompts
    var effects: [Effect] = []

    switch command {
    case .up:
        if marking.focus == .prompts {
            marking.promptRow = max(0, marking.promptRow - 1)
        } else {
            marking.row = max(0, marking.row - 1)
            marking.promptRow = 0
        }
    case .down:
        if marking.focus == .prompts {
            marking.promptRow = max(0, min(prompts.count - 1, marking.promptRow + 1))
        } else {
            marking.row = min(questions.count - 1, marking.row + 1)
            marking.promptRow = 0
        }
    case .top, .bottom:
        marking.row = command == .top ? 0 : questions.count - 1
        marking.promptRow = 0
        marking.focus = .questions
    case .nextPane, .previousPane:
        if marking.focus == .prompts {
            marking.focus = .questions
        } else if prompts.isEmpty {
            state.status = StatusMessage("\(current.keyQuestion.id) has no prompts")
        } else {
            marking.focus = .prompts
        }
    case .jumpToStandard:
        guard case .char(let digit) = key, let n = Int(String(digit)) else { break }
        let standards = state.framework.standards(forSample: c.sample)
        guard n >= 1, n <= standards.count,
            let index = questions.firstIndex(where: { $0.standard.id == standards[n - 1].id })
        else {
            state.status = StatusMessage("this case has \(standards.count) standards")
            break
        }
        marking.row = index
        marking.promptRow = 0
        marking.focus = .questions
    case .answer(let judgement):
        guard state.mayChange(c, current) else { break }
        var answer = current.answer ?? Answer()
        answer.answer = judgement
        effects = state.change(c, current, to: answer, marking: &marking, now: now)
        if let next = questions.indices.first(where: { $0 > marking.row && !questions[$0].ruledOut }) {
            marking.row = next
            marking.promptRow = 0
        }
    case .takeSide(let side):
        guard state.mayChange(c, current) else { break }
        guard current.inConflict, let conflict = c.conflictDetails.first(where: { $0.keyQuestion == current.keyQuestion.id }),
            conflict.values.indices.contains(side),
            let entry = c.history.first(where: { $0.id == conflict.values[side].change })
        else {
            state.status = StatusMessage("\(current.keyQuestion.id) is not in conflict: nothing to take")
            break
        }
        // Taking a side is a change like any other: it replaces both values.
        effects = state.change(c, current, to: entry.value ?? Answer(), marking: &marking, now: now)
    case .clearAnswer:
        guard state.mayChange(c, current) else { break }
        guard var answer = current.answer, answer.answer != nil else {
            state.status = StatusMessage("\(current.keyQuestion.id) has no answer to clear")
            break
        }
        answer.answer = nil
        effects = state.change(c, current, to: answer, marking: &marking, now: now)
    case .tickPrompt:
        if marking.focus == .questions {
            // Nothing can be ticked on a complete case: say so where it is, not in the prompts.
            if prompts.isEmpty {
                state.status = StatusMessage("\(current.keyQuestion.id) has no prompts")
            } else if !state.mayChange(c, current) {
                break
            } else if prompts.isEmpty {
                state.status = StatusMessage("\(current.keyQuestion.id) has no prompts")
            } else {
                marking.focus = .prompts
                state.status = StatusMessage("Space ticks the prompt under the cursor; Tab goes back")
            }
            break
        }
        guard state.mayChange(c, current), prompts.indices.contains(marking.promptRow) else { break }
        var answer = current.answer ?? Answer()
        let id = prompts[marking.promptRow].id
        var ticked = Set(answer.prompts)
        if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
        // Framework order, so the file does not change with the order of ticking.
        answer.prompts = prompts.map(\.id).filter { ticked.contains($0) }
        effects = state.change(c, current, to: answer, marking: &marking, now: now)
    case .editNote:
        guard state.mayChange(c, current) else { break }
        let note = current.answer?.note ?? ""
        if NoteEditor.isTooLong(note) {
            state.status = StatusMessage(
                "the note on \(current.keyQuestion.id) is longer than the note editor takes (\(NoteEditor.maximumCharacters) characters); it is kept as it is: v reads it",
                kind: .warning)
            break
        }
        state.overlay = .noteEditor(NoteEditor(caseID: c.id, keyQuestion: current.keyQuestion.id, note: note))
    case .nextUnanswered:
        let order = Array(questions.indices.dropFirst(marking.row + 1)) + Array(questions.indices.prefix(marking.row + 1))
        if let next = order.first(where: { !questions[$0].ruledOut && questions[$0].answer?.answer == nil }) {
            marking.row = next
            marking.promptRow = 0
            marking.focus = .questions
        } else {
            state.status = StatusMessage("every key question that applies to \(c.id) is answered")
        }
    case .undo:
        guard c.status != .complete else {
            state.status = StatusMessage("\(c.id) is complete: o reopens it before anything changes")
            break
        }
        effects = state.takeBack(c, redo: false, questions: questions, marking: &marking, now: now)
    case .redo:
        guard c.status != .complete else {
            state.status = StatusMessage("\(c.id) is complete: o reopens it before anything changes")
            break
        }
        effects = state.takeBack(c, redo: true, questions: questions, marking: &marking, now: now)
    case .complete:
        // A case completed on one copy and changed on another: completing again settles it.
        guard c.status != .complete || c.conflicts[Case.statusField] != nil else {
            state.status = StatusMessage("\(c.id) is already complete")
            break
        }
        let unanswered = c.unansweredKeyQuestions(in: state.framework)
        if unanswered.isEmpty {
            effects = state.completeCase(c, now: now)
        } else {
            state.overlay = .confirm(.complete(caseID: c.id, unanswered: unanswered))
        }
    case .reopen:
        guard c.status == .complete else {
            state.status = StatusMessage("\(c.id) is not complete, so it is open already")
            break
        }
        state.overlay = .reopenReason(TextField())
    case .reload:
        effects = [.reload(caseID: c.id)]
    case .previousCase, .nextCase:
        state.marking = marking
        state.stepCase(command == .nextCase ? 1 : -1)
        return effects
    case .results:
        state.openResults(returnTo: .marking)
    case .read:
        state.readCase(c.id, at: marking.row)
        return effects
    case .back:
        state.marking = marking
        state.closeCase()
        return effects
    default:
        break
    }
    state.marking = marking
    return effects
}

/// The live figures of one key question and its standard, before a change.
struct LiveFigures {
    var result: KeyQuestionResult
    var standard: Band?
}

extension AppState {
    /// Whether the selected key question of `c` may change; if not, says why in the status line.
    mutating func mayChange(_ c: Case, _ question: MarkedKeyQuestion) -> Bool {
        if readOnly {
            status = StatusMessage("read-only: nothing can be changed")
            return false
        }
        if c.status == .complete {
            status = StatusMessage("\(c.id) is complete: o reopens it before anything changes")
            return false
        }
        if question.ruledOut {
            status = StatusMessage("\(question.keyQuestion.id) does not apply to this case (\(ruledOutReason(question.keyQuestion))): it takes no answer")
            return false
        }
        return true
    }

    /// "Risk of serious harm issues apply: N", the attribute that rules a key question out.
    public func ruledOutReason(_ kq: KeyQuestion, of c: Case? = nil) -> String {
        guard let condition = kq.notApplicableWhen else { return "" }
        let title = framework.attributes.first { $0.id == condition.attribute }?.title ?? condition.attribute
        let value = (c ?? currentCase)?.attributes[condition.attribute] ?? condition.values.joined(separator: "/")
        return "\(title): \(value)"
    }

    func liveFigures(_ kq: String) -> LiveFigures {
        let standard = framework.standard(containing: kq)
        return LiveFigures(
            result: scoring.keyQuestionResult(kq),
            standard: standard.map { scoring.standardResult($0, recorded: nil).computed } ?? nil)
    }

    func liveChange(_ kq: String, before: LiveFigures) -> LiveChange {
        let after = liveFigures(kq)
        return LiveChange(
            keyQuestion: kq, before: before.result, after: after.result,
            standardBefore: before.standard, standardAfter: after.standard)
    }

    /// Records a new answer for the selected key question and updates the live strip.
    mutating func change(
        _ c: Case, _ question: MarkedKeyQuestion, to answer: Answer, marking: inout MarkingState, now: String
    ) -> [Effect] {
        let kq = question.keyQuestion.id
        var new = c
        do {
            guard try new.record(answer, for: kq, in: framework, by: inspector, at: now, changeID: session.changeIDs.next())
            else { return [] }
        } catch {
            status = StatusMessage("\(error)")
            return []
        }
        let before = liveFigures(kq)
        let effects = commit(new)
        marking.lastChange = liveChange(kq, before: before)
        return effects
    }

    /// Undoes (or redoes) one change to `c`: the key question it was on comes into view, and the
    /// status line says exactly what came back.
    mutating func takeBack(
        _ c: Case, redo: Bool, questions: [MarkedKeyQuestion], marking: inout MarkingState, now: String
    ) -> [Effect] {
        var changed = c
        let id = session.changeIDs.next()
        let entry = redo ? try? changed.redo(by: inspector, at: now, changeID: id) : try? changed.undo(by: inspector, at: now, changeID: id)
        guard let entry, let kq = entry.keyQuestion else {
            status = StatusMessage(redo ? "nothing to redo in \(c.id)" : "nothing to undo in \(c.id)")
            return []
        }
        let before = liveFigures(kq)
        let effects = commit(changed)
        marking.lastChange = liveChange(kq, before: before)
        if let index = questions.firstIndex(where: { $0.keyQuestion.id == kq }) {
            marking.row = index
            marking.promptRow = 0
        }
        let order = framework.keyQuestion(kq)?.prompts.map(\.id) ?? []
        let more = redo ? (changed.redoableChange == nil ? "" : " (Ctrl-R: more)") : " (Ctrl-R redoes)"
        status = StatusMessage("\(redo ? "redone" : "undone"): \(entry.whatCameBack(promptOrder: order))\(more)")
        return effects
    }

    /// Takes in `disk`, the case as its file now holds it: this process's unsaved answers that
    /// clash with it go into the history (undo brings them back), the rest are kept and saved.
    mutating func reload(_ disk: Case, now: String) -> [Effect] {
        guard let current = caseWith(id: disk.id) else { return [] }
        let base = savedBase[disk.id] ?? current
        let (reloaded, replaced) = current.reloaded(from: disk, base: base, by: inspector, at: now)
        conflicts[disk.id] = nil
        unsaved[disk.id] = nil
        savedBase[disk.id] = nil
        adopt(disk)
        let effects = reloaded == disk ? [] : commit(reloaded)
        if marking?.caseID == disk.id { marking?.lastChange = nil }
        if disk.status == .complete, base.status != .complete {
            // Locked elsewhere: what was not saved here is named, to be made again after reopening.
            let who = (disk.history.last(where: { $0.event == .completed })?.by).map { " by \($0)" } ?? ""
            let lost = replaced.isEmpty ? "" : "; not saved here: \(replaced.joined(separator: ", "))"
            status = StatusMessage("\(disk.id) was completed elsewhere\(who)\(lost) (o reopens it with a reason)", kind: .warning)
        } else if replaced.isEmpty {
            status = StatusMessage("\(disk.id) reloaded from disk")
        } else {
            let names = replaced.joined(separator: ", ")
            status = StatusMessage("\(disk.id) reloaded from disk: your \(names) went into its history (u brings it back)")
        }
        return effects
    }

    mutating func completeCase(_ c: Case, now: String) -> [Effect] {
        var new = c
        do {
            try new.complete(by: inspector, at: now, changeID: session.changeIDs.next())
        } catch {
            status = StatusMessage("\(error)")
            return []
        }
        let effects = commit(new)
        status = StatusMessage("\(c.id) is complete and locked (o reopens it)")
        return effects
    }

    /// Back to the list, on the case just marked.
    mutating func closeCase() {
        let id = marking?.caseID
        marking = nil
        backToList(on: id)
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
        if status.kind != .error, caseWith(id: list.order[target])?.status != .complete || readOnly {
            status = StatusMessage("case \(target + 1) of \(list.order.count): \(list.order[target])")
        }
    }
}
