import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The marking reducer step by step, with the whole state after each key written out
/// (`ReducerTest`): what a key changes, and that it changes nothing else.
@Suite struct MarkingReducerTests {
    /// CS-003 (no answers yet, risk of serious harm issues apply) open on the marking screen.
    static func openOnCS003() -> ReducerTest {
        var state = Fixtures.state()
        press(&state, .down, .down, .enter)
        #expect(state.marking?.caseID == "CS-003")
        return ReducerTest(state)
    }

    static func result(_ id: String, yes: Int = 0, no: Int = 0, unanswered: Int = 0, _ percent: Int?, _ band: Band?) -> KeyQuestionResult {
        KeyQuestionResult(id: id, tally: Tally(yes: yes, no: no, unanswered: unanswered), percent: percent, band: band)
    }

    @Test func answeringMovesOnUpdatesTheLiveStripAndSavesNothingElse() throws {
        var test = Self.openOnCS003()
        let original = try #require(test.state.session.caseWith(id: "CS-003"))
        var answered = original
        try answered.record(Answer(answer: .yes), for: "2.1.1", in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1")

        test.send(.char("y")) {
            $0.effects = [.save(answered)]
            $0.caseIs(answered)
            $0.savedBase["CS-003"] = original
            $0.marking?.row = 1
            // 2.1.1 was yes on CS-001 and CS-004, no on CS-002: 2 of 3, 67%; now 3 of 4, 75%.
            // 2.1 stays Requires improvement: 2.1.2 is 1 of 2.
            $0.marking?.lastChange = LiveChange(
                keyQuestion: "2.1.1",
                before: Self.result("2.1.1", yes: 2, no: 1, unanswered: 1, 67, .good),
                after: Self.result("2.1.1", yes: 3, no: 1, 75, .good),
                standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
        }
        test.receive(.saved(caseID: "CS-003", file: "cases/CS-003.json")) {
            $0.savedBase = [:]
            $0.status = StatusMessage("saved cases/CS-003.json", kind: .saved)
        }
    }

    @Test func aTickIsOneChangeAndUndoTakesBackExactlyIt() throws {
        var test = Self.openOnCS003()
        test.send(.down) { $0.marking?.row = 1 }  // 2.1.2, one prompt
        test.send(.tab) { $0.marking?.focus = .prompts }
        var ticked = try #require(test.state.session.caseWith(id: "CS-003"))
        try ticked.record(Answer(prompts: ["a"]), for: "2.1.2", in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1")
        // 2.1.2 has no answer on CS-003 either way: its figures do not move.
        let unmoved = Self.result("2.1.2", yes: 1, no: 1, unanswered: 2, 50, .requiresImprovement)
        test.send(.char(" ")) {
            $0.effects = [.save(ticked)]
            $0.caseIs(ticked)
            $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
            $0.marking?.lastChange = LiveChange(
                keyQuestion: "2.1.2", before: unmoved, after: unmoved,
                standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
        }
        test.receive(.saved(caseID: "CS-003", file: "cases/CS-003.json")) {
            $0.savedBase = [:]
            $0.status = StatusMessage("saved cases/CS-003.json", kind: .saved)
        }
        var undone = ticked
        try undone.undo(by: "tester", at: Fixtures.now, changeID: "t-2")
        #expect(undone.answers["2.1.2"] == nil)
        test.send(.char("u")) {
            $0.effects = [.save(undone)]
            $0.caseIs(undone)
            $0.savedBase["CS-003"] = ticked
            $0.status = StatusMessage("undone: 2.1.2 prompt a unticked (Ctrl-R redoes)")
        }
        var redone = undone
        try redone.redo(by: "tester", at: Fixtures.now, changeID: "t-3")
        test.send(.ctrlR) {
            $0.effects = [.save(redone)]
            $0.caseIs(redone)  // still unsaved since the undo: the saved base stays `ticked`
            $0.status = StatusMessage("redone: 2.1.2 prompt a ticked")
        }
    }

    @Test func aCompleteCaseRefusesAnAnswerAndChangesNothing() {
        var state = Fixtures.state()
        press(&state, .char("G"), .char("k"), .enter)  // CS-004, complete
        var test = ReducerTest(state)
        test.send(.char("n")) {
            $0.status = StatusMessage("CS-004 is complete: o reopens it before anything changes")
        }
        test.send(.char("u")) {
            $0.status = StatusMessage("CS-004 is complete: u does not undo completing; o reopens it, with a reason")
        }
    }

    @Test func completingAsksFirstWhenKeyQuestionsAreUnansweredAndYesLocksTheCase() throws {
        var test = Self.openOnCS003()
        test.send(.char("c")) {
            $0.overlay = .confirm(.complete(caseID: "CS-003", unanswered: ["2.1.1", "2.1.2", "2.2.1", "2.2.3"]))
        }
        var complete = try #require(test.state.session.caseWith(id: "CS-003"))
        try complete.complete(by: "tester", at: Fixtures.now, changeID: "t-1")
        test.send(.char("y")) {
            $0.effects = [.save(complete)]
            $0.caseIs(complete)
            $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
            $0.overlay = nil
            $0.status = StatusMessage("CS-003 is complete and locked (o reopens it)")
        }
    }

    @Test func escGoesBackToTheListOnTheCaseAndReleasesIt() {
        var test = Self.openOnCS003()
        test.send(.escape) {
            $0.effects = [.endEditing(caseID: "CS-003")]
            $0.marking = nil
            $0.screen = .cases
            $0.caseMarkedInUse = nil
        }
    }

    /// A burst of typing in the note editor is one history entry, so one undo step (issue 12.1):
    /// the first letter starts the entry, each later one joins it; Esc changes nothing saved.
    @Test func aNoteTypedInOneGoIsOneChangeAndOneUndo() throws {
        var test = Self.openOnCS003()
        test.send(.char("e")) {
            $0.overlay = .noteEditor(NoteEditor(caseID: "CS-003", keyQuestion: "2.1.1", note: ""))
        }
        var one = try #require(test.state.session.caseWith(id: "CS-003"))
        try one.record(Answer(note: "a"), for: "2.1.1", in: Fixtures.framework, by: "tester", at: Fixtures.now,
                       changeID: "t-1", joining: false)
        test.send(.char("a")) {
            $0.effects = [.save(one)]
            $0.caseIs(one)
            $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
            var editor = NoteEditor(caseID: "CS-003", keyQuestion: "2.1.1", note: "a")
            editor.hasChanged = true
            $0.overlay = .noteEditor(editor)
        }
        test.receive(.saved(caseID: "CS-003", file: "cases/CS-003.json")) {
            $0.savedBase = [:]
            $0.status = StatusMessage("saved cases/CS-003.json", kind: .saved)
        }
        var two = one
        try two.record(Answer(note: "ab"), for: "2.1.1", in: Fixtures.framework, by: "tester", at: Fixtures.now,
                       changeID: "t-2", joining: true)
        #expect(two.history.count == one.history.count, "the second letter joins the first's entry")
        test.send(.char("b")) {
            $0.effects = [.save(two)]
            $0.caseIs(two)
            $0.savedBase["CS-003"] = one
            var editor = NoteEditor(caseID: "CS-003", keyQuestion: "2.1.1", note: "ab")
            editor.hasChanged = true
            $0.overlay = .noteEditor(editor)
        }
        test.receive(.saved(caseID: "CS-003", file: "cases/CS-003.json")) {
            $0.savedBase = [:]
        }
        test.send(.escape) { $0.overlay = nil }
        var undone = two
        try undone.undo(by: "tester", at: Fixtures.now, changeID: "t-3")
        #expect(undone.answers["2.1.1"] == nil, "one undo takes back the whole note")
        // A note moves no figure: the strip shows 2.1.1's, as they were.
        let unmoved = Self.result("2.1.1", yes: 2, no: 1, unanswered: 1, 67, .good)
        test.send(.char("u")) {
            $0.effects = [.save(undone)]
            $0.caseIs(undone)
            $0.savedBase["CS-003"] = two
            $0.marking?.lastChange = LiveChange(
                keyQuestion: "2.1.1", before: unmoved, after: unmoved,
                standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
            $0.status = StatusMessage("undone: 2.1.1 note back to empty (Ctrl-R redoes)")
        }
    }
}
