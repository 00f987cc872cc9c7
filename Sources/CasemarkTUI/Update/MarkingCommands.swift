import CasemarkModel
import CasemarkText

/// Where a key on the marking screen acts: the case (as it was before the key), its key
/// questions in framework order, and the place on the screen, which the command may move; and
/// what the key asks of the parent.
struct MarkingPlace {
    let `case`: Case
    let questions: [MarkedKeyQuestion]
    var marking: MarkingState
    var out = ScreenOutcome()

    var current: MarkedKeyQuestion { questions[marking.row] }
    var prompts: [Prompt] { current.keyQuestion.prompts }

    /// To a key question, with the prompts' cursor back at the first.
    mutating func go(to row: Int, focus: MarkingFocus? = nil) {
        marking.row = row
        marking.promptRow = 0
        if let focus { marking.focus = focus }
    }
}

/// One function per command of the marking screen (dispatched by `MarkingScreen.reduce`).
extension MarkingScreen {
    /// Up or down a key question, or a prompt when the prompts have the focus.
    static func move(_ delta: Int, _ at: inout MarkingPlace) {
        if at.marking.focus == .prompts {
            at.marking.promptRow = max(0, min(at.prompts.count - 1, at.marking.promptRow + delta))
        } else {
            at.go(to: max(0, min(at.questions.count - 1, at.marking.row + delta)))
        }
    }

    /// The first or the last key question.
    static func goToEnd(_ last: Bool, _ at: inout MarkingPlace) {
        at.go(to: last ? at.questions.count - 1 : 0, focus: .questions)
    }

    /// Between the key questions and the prompts of the selected one.
    static func switchPane(_ at: inout MarkingPlace) {
        if at.marking.focus == .prompts {
            at.marking.focus = .questions
        } else if at.prompts.isEmpty {
            at.out.say("\(at.current.keyQuestion.id) has no prompts")
        } else {
            at.marking.focus = .prompts
        }
    }

    /// `1`–`9`: the first key question of the case's first, second … standard.
    static func jumpToStandard(_ key: KeyEvent, _ at: inout MarkingPlace, _ app: AppState) {
        guard case .char(let digit) = key, let n = Int(String(digit)) else { return }
        let standards = app.framework.standards(forSample: at.case.sample)
        guard n >= 1, n <= standards.count,
            let index = at.questions.firstIndex(where: { $0.standard.id == standards[n - 1].id })
        else {
            at.out.say("this case has \(standards.count) standards")
            return
        }
        at.go(to: index, focus: .questions)
    }

    /// `y` `n` `a`: the judgement, then on to the next key question that applies.
    static func answer(_ judgement: Judgement, _ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        guard mayChange(at.case, at.current, app, &at.out) else { return }
        var answer = at.current.answer ?? Answer()
        answer.answer = judgement
        change(at.current, to: answer, &at, app, moment)
        if let next = at.questions.indices.first(where: { $0 > at.marking.row && !at.questions[$0].ruledOut }) {
            at.go(to: next)
        }
    }

    /// `<` `>`: one side of a conflict left by a merge. Taking a side is a change like any
    /// other: it replaces both values; the answer taken keeps its author (`Case.settle`).
    static func takeSide(_ side: Int, _ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        guard mayChange(at.case, at.current, app, &at.out) else { return }
        let kq = at.current.keyQuestion.id
        guard at.current.inConflict,
            let conflict = at.case.conflictDetails.first(where: { $0.keyQuestion == kq }),
            conflict.values.indices.contains(side)
        else {
            at.out.say("\(kq) is not in conflict: nothing to take")
            return
        }
        let change = conflict.values[side].change
        guard let new = edited(&at, { try $0.settle(kq, taking: change, in: app.framework, by: app.inspector, at: moment.now, changeID: moment.newID()) })
        else { return }
        changed(new, on: kq, &at, app)
        let taken = conflict.values[side]
        at.out.say("\(kq) settled: took \(taken.by.isEmpty ? "the" : taken.by + "'s") answer")
    }

    /// Backspace: the judgement goes; the note and the ticks stay.
    static func clearAnswer(_ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        guard mayChange(at.case, at.current, app, &at.out) else { return }
        guard var answer = at.current.answer, answer.answer != nil else {
            at.out.say("\(at.current.keyQuestion.id) has no answer to clear")
            return
        }
        answer.answer = nil
        change(at.current, to: answer, &at, app, moment)
    }

    /// Space: on the key questions it moves into the prompts; in the prompts it ticks or
    /// unticks the one under the cursor.
    static func tickPrompt(_ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        if at.marking.focus == .questions {
            // Nothing can be ticked on a complete case: say so where it is, not in the prompts.
            if at.prompts.isEmpty {
                at.out.say("\(at.current.keyQuestion.id) has no prompts")
            } else if mayChange(at.case, at.current, app, &at.out) {
                at.marking.focus = .prompts
                at.out.say("Space ticks the prompt under the cursor; Tab goes back")
            }
            return
        }
        guard mayChange(at.case, at.current, app, &at.out), at.prompts.indices.contains(at.marking.promptRow) else { return }
        var answer = at.current.answer ?? Answer()
        let id = at.prompts[at.marking.promptRow].id
        var ticked = Set(answer.prompts)
        if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
        // Framework order, so the file does not change with the order of ticking.
        answer.prompts = at.prompts.map(\.id).filter { ticked.contains($0) }
        change(at.current, to: answer, &at, app, moment)
    }

    /// `e`: the note editor on the selected key question's note.
    static func openNoteEditor(_ at: inout MarkingPlace, _ app: AppState) {
        guard mayChange(at.case, at.current, app, &at.out) else { return }
        let note = at.current.answer?.note ?? ""
        if NoteEditor.isTooLong(note) {
            at.out.say(
                "the note on \(at.current.keyQuestion.id) is longer than the note editor takes (\(NoteEditor.maximumCharacters) characters); it is kept as it is: v reads it",
                kind: .warning)
            return
        }
        at.out.overlay = .noteEditor(NoteEditor(caseID: at.case.id, keyQuestion: at.current.keyQuestion.id, note: note))
    }

    /// `m`: the next key question that applies and has no judgement, going round.
    static func goToNextUnanswered(_ at: inout MarkingPlace) {
        let order = Array(at.questions.indices.dropFirst(at.marking.row + 1)) + Array(at.questions.indices.prefix(at.marking.row + 1))
        if let next = order.first(where: { !at.questions[$0].ruledOut && at.questions[$0].answer?.answer == nil }) {
            at.go(to: next, focus: .questions)
        } else {
            at.out.say("every key question that applies to \(at.case.id) is answered")
        }
    }

    /// `u` and Ctrl-R.
    static func undoOrRedo(redo: Bool, _ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        // Completing is not undone: a complete case changes only by a reopening with its reason
        // (inspector-guide.md says why), so u says how rather than nothing (issue 21.8).
        guard at.case.status != .complete else {
            at.out.say(TextLayout.firstFitting([
                "\(at.case.id) is complete: u does not undo completing; o reopens it, with a reason",
                "\(at.case.id) is complete: o reopens it, with a reason",
                "complete: o reopens it",
            ], in: app.width))
            return
        }
        takeBack(redo: redo, &at, app, moment)
    }

    /// `c`: complete at once when every key question that applies is answered; else ask.
    static func completeOrAsk(_ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        let c = at.case
        // A case completed on one copy and changed on another: completing again settles it.
        guard c.status != .complete || c.conflicts[Case.statusField] != nil else {
            at.out.say("\(c.id) is already complete")
            return
        }
        // Nothing asked about a case that cannot be completed: the conflicts are named at once.
        let inConflict = c.conflictsBlockingCompletion
        if !inConflict.isEmpty {
            at.out.say("\(CaseEditError.inConflict(caseID: c.id, fields: inConflict))")
            return
        }
        let unanswered = c.unansweredKeyQuestions(in: app.framework)
        if unanswered.isEmpty {
            (at.out.changed, at.out.status) = completed(c, app, moment)
            return
        }
        at.out.overlay = .confirm(.complete(caseID: c.id, unanswered: unanswered))
    }

    /// `o`: the reason for reopening a complete case is asked for.
    static func askReopenReason(_ at: inout MarkingPlace) {
        guard at.case.status == .complete else {
            at.out.say("\(at.case.id) is not complete, so it is open already")
            return
        }
        at.out.overlay = .reopenReason(TextField())
    }
}
