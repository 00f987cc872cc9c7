import CasemarkModel
import CasemarkText

/// A key on the marking screen: one function per command (`MarkingCommands.swift`), each given
/// the case, its key questions and the place on the screen, which it may move.
func handleMarking(_ command: KeyIntent, _ key: KeyEvent, _ state: inout AppState, now: String) -> [Effect] {
    guard let marking = state.marking, let c = state.caseWith(id: marking.caseID) else {
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
    var at = MarkingPlace(case: c, questions: questions, marking: marking)
    at.marking.row = max(0, min(at.marking.row, questions.count - 1))
    var effects: [Effect] = []
    switch command {
    case .up, .down: state.move(command == .down ? 1 : -1, &at)
    case .top, .bottom: state.goToEnd(command == .bottom, &at)
    case .nextPane, .previousPane: state.switchPane(&at)
    case .jumpToStandard: state.jumpToStandard(key, &at)
    case .answer(let judgement): effects = state.answer(judgement, &at, now: now)
    case .takeSide(let side): effects = state.takeSide(side, &at, now: now)
    case .clearAnswer: effects = state.clearAnswer(&at, now: now)
    case .tickPrompt: effects = state.tickPrompt(&at, now: now)
    case .editNote: state.openNoteEditor(at)
    case .nextUnanswered: state.goToNextUnanswered(&at)
    case .undo, .redo: effects = state.undoOrRedo(redo: command == .redo, &at, now: now)
    case .complete: effects = state.completeOrAsk(at, now: now)
    case .reopen: state.askReopenReason(at)
    case .reload: effects = [.reload(caseID: c.id)]
    case .previousCase, .nextCase:
        // These leave the case: the place is kept for coming back, then another case opens.
        state.marking = at.marking
        state.stepCase(command == .nextCase ? 1 : -1)
        return effects
    case .results: state.openResults(returnTo: .marking)
    case .read:
        state.readCase(c.id, at: at.marking.row)
        return effects
    case .back:
        state.marking = at.marking
        state.closeCase()
        return effects
    default: break
    }
    state.marking = at.marking
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
            // Whole words at any width: the longest wording that fits (at 80 columns the full one
            // was cut off mid-word, "it ta…", issue 21.8).
            let id = question.keyQuestion.id
            let reason = ruledOutReason(question.keyQuestion)
            status = StatusMessage(TextLayout.firstFitting([
                "\(id) does not apply to this case (\(reason)): it takes no answer",
                "\(id) does not apply to this case (\(reason))",
                "\(id) does not apply (\(reason))",
                "\(id) does not apply to this case",
                "\(id) does not apply",
            ], in: width))
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
