import CasemarkModel
import CasemarkText

/// The marking screen's reducer: one function per command (`MarkingCommands.swift`), each given
/// the case, its key questions and the place on the screen (the screen's own state, which it may
/// move), the state to read, and an outcome in which it asks the parent for the rest: the case
/// changed, the status line, a box, another screen.
enum MarkingScreen {
    static func reduce(
        _ marking: inout MarkingState, _ command: KeyIntent, _ key: KeyEvent, _ c: Case, _ app: AppState,
        _ moment: Moment, _ out: inout ScreenOutcome
    ) {
        let questions = c.markedKeyQuestions(in: app.framework)
        guard !questions.isEmpty else {
            if command == .back {
                out.move = .backToList(on: marking.caseID)
            } else if command == .previousCase || command == .nextCase {
                out.move = .stepMarking(command == .nextCase ? 1 : -1)
            } else {
                out.say("this case's sample has no key questions to mark")
            }
            return
        }
        var at = MarkingPlace(case: c, questions: questions, marking: marking)
        at.marking.row = max(0, min(at.marking.row, questions.count - 1))
        switch command {
        case .up, .down: move(command == .down ? 1 : -1, &at)
        case .top, .bottom: goToEnd(command == .bottom, &at)
        case .nextPane, .previousPane: switchPane(&at)
        case .jumpToStandard: jumpToStandard(key, &at, app)
        case .answer(let judgement): answer(judgement, &at, app, moment)
        case .takeSide(let side): takeSide(side, &at, app, moment)
        case .clearAnswer: clearAnswer(&at, app, moment)
        case .tickPrompt: tickPrompt(&at, app, moment)
        case .editNote: openNoteEditor(&at, app)
        case .nextUnanswered: goToNextUnanswered(&at)
        case .undo, .redo: undoOrRedo(redo: command == .redo, &at, app, moment)
        case .complete: completeOrAsk(&at, app, moment)
        case .reopen: askReopenReason(&at)
        case .reload: at.out.effects = [.reload(caseID: c.id)]
        // These leave the case: the place is kept for coming back, then another case opens.
        case .previousCase, .nextCase: at.out.move = .stepMarking(command == .nextCase ? 1 : -1)
        case .results: at.out.move = .results(returnTo: .marking)
        case .read: at.out.move = .read(caseID: c.id, keyQuestion: at.marking.row)
        case .back: at.out.move = .backToList(on: c.id)
        default: break
        }
        marking = at.marking
        out = at.out
    }

    /// Whether the selected key question of `c` may change; if not, says why in the status line.
    static func mayChange(_ c: Case, _ question: MarkedKeyQuestion, _ app: AppState, _ out: inout ScreenOutcome) -> Bool {
        if app.readOnly {
            out.say("read-only: nothing can be changed")
            return false
        }
        if c.status == .complete {
            out.say("\(c.id) is complete: o reopens it before anything changes")
            return false
        }
        if question.ruledOut {
            // Whole words at any width: the longest wording that fits (at 80 columns the full one
            // was cut off mid-word, "it ta…", issue 21.8).
            let id = question.keyQuestion.id
            let reason = app.ruledOutReason(question.keyQuestion, of: c)
            out.say(TextLayout.firstFitting([
                "\(id) does not apply to this case (\(reason)): it takes no answer",
                "\(id) does not apply to this case (\(reason))",
                "\(id) does not apply (\(reason))",
                "\(id) does not apply to this case",
                "\(id) does not apply",
            ], in: app.width))
            return false
        }
        return true
    }

    /// The live strip's figures for `kq` as committing `new` over `old` moves them: the counts
    /// before, and after (the parent commits it; the counts are not this screen's to change).
    static func liveChange(_ kq: String, from old: Case, to new: Case, _ app: AppState) -> LiveChange {
        var after = app.session.scoring
        after.replace(old, with: new)
        let standard = app.framework.standard(containing: kq)
        func band(_ scoring: Scoring) -> Band? { standard.map { scoring.standardResult($0, recorded: nil).computed } ?? nil }
        return LiveChange(
            keyQuestion: kq, before: app.session.scoring.keyQuestionResult(kq), after: after.keyQuestionResult(kq),
            standardBefore: band(app.session.scoring), standardAfter: band(after))
    }

    /// The case as `edit` changes it; nil when it changes nothing, or is refused (the model's
    /// reason on the status line).
    static func edited(_ at: inout MarkingPlace, _ edit: (inout Case) throws -> Bool) -> Case? {
        var new = at.case
        do {
            guard try edit(&new) else { return nil }
        } catch {
            at.out.say("\(error)")
            return nil
        }
        return new
    }

    /// Hands `new` to the parent to commit, and shows on the live strip how it moves `kq`.
    static func changed(_ new: Case, on kq: String, _ at: inout MarkingPlace, _ app: AppState) {
        at.out.changed = new
        at.marking.lastChange = liveChange(kq, from: at.case, to: new, app)
    }

    /// Records a new answer for the selected key question and updates the live strip.
    static func change(_ question: MarkedKeyQuestion, to answer: Answer, _ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        let kq = question.keyQuestion.id
        guard let new = edited(&at, { try $0.record(answer, for: kq, in: app.framework, by: app.inspector, at: moment.now, changeID: moment.newID()) })
        else { return }
        changed(new, on: kq, &at, app)
    }

    /// Undoes (or redoes) one change to the case: the key question it was on comes into view, and
    /// the status line says exactly what came back.
    static func takeBack(redo: Bool, _ at: inout MarkingPlace, _ app: AppState, _ moment: Moment) {
        let c = at.case
        var new = c
        let id = moment.newID()
        let entry = redo ? try? new.redo(by: app.inspector, at: moment.now, changeID: id)
            : try? new.undo(by: app.inspector, at: moment.now, changeID: id)
        guard let entry, let kq = entry.keyQuestion else {
            at.out.say(redo ? "nothing to redo in \(c.id)" : "nothing to undo in \(c.id)")
            return
        }
        changed(new, on: kq, &at, app)
        if let index = at.questions.firstIndex(where: { $0.keyQuestion.id == kq }) {
            at.marking.row = index
            at.marking.promptRow = 0
        }
        let order = app.framework.keyQuestion(kq)?.prompts.map(\.id) ?? []
        let more = redo ? (new.redoableChange == nil ? "" : " (Ctrl-R: more)") : " (Ctrl-R redoes)"
        at.out.say("\(redo ? "redone" : "undone"): \(entry.whatCameBack(promptOrder: order))\(more)")
    }

    /// `c` completed and locked, or why not: the marking screen's `c`, and the confirmation's yes.
    static func completed(_ c: Case, _ app: AppState, _ moment: Moment) -> (Case?, StatusMessage) {
        var new = c
        do {
            try new.complete(by: app.inspector, at: moment.now, changeID: moment.newID())
        } catch {
            return (nil, StatusMessage("\(error)"))
        }
        return (new, StatusMessage("\(c.id) is complete and locked (o reopens it)"))
    }
}
