import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Undo takes back one action (an answer, a tick, a note edit), Ctrl-R puts it back, and the
/// status line says exactly what came back.
@Suite struct UndoRedoTests {
    /// CS-002 open on 2.1.2 (its first unanswered key question).
    func marking() -> AppState {
        var state = Fixtures.state()
        press(&state, .down, .enter)
        return state
    }

    func at(_ state: inout AppState, _ now: String, _ keys: KeyEvent...) {
        for key in keys {
            for case .save(let c) in reduce(&state, .key(key), now: now, newID: ChangeID.random) {
                _ = reduce(&state, .saved(caseID: c.id, file: "cases/\(c.id).json"), now: now, newID: ChangeID.random)
            }
        }
    }


    @Test func eachAnswerTickAndNoteIsOneStepAndRedoPutsThemBack() {
        var state = marking()
        press(&state, .char("y"), .char("k"))  // answer 2.1.2, back up to it
        press(&state, [.char("e")] + typing("Seen twice") + [.escape])
        press(&state, .tab, .char(" "))  // tick prompt a
        let kq = { state.session.caseWith(id: "CS-002")?.answers["2.1.2"] }
        #expect(kq()?.answer == .yes && kq()?.note == "Seen twice" && kq()?.prompts == ["a"])

        press(&state, .char("u"))
        #expect(state.status.text.hasPrefix("undone: 2.1.2 prompt a unticked"), "\(state.status.text)")
        #expect(kq()?.answer == .yes && kq()?.note == "Seen twice" && kq()?.prompts == [], "only the tick went")
        press(&state, .char("u"))
        #expect(state.status.text.hasPrefix("undone: 2.1.2 note back to empty"), "\(state.status.text)")
        #expect(kq()?.answer == .yes && kq()?.note == "")
        press(&state, .char("u"))
        #expect(state.status.text.hasPrefix("undone: 2.1.2 back to no answer"), "\(state.status.text)")
        #expect(kq() == nil)

        press(&state, .ctrlR)
        #expect(state.status.text.hasPrefix("redone: 2.1.2 back to Yes"), "\(state.status.text)")
        press(&state, .ctrlR)
        #expect(state.status.text.hasPrefix("redone: 2.1.2 note back to one line (10 characters)"), "\(state.status.text)")
        press(&state, .ctrlR)
        #expect(state.status.text.hasPrefix("redone: 2.1.2 prompt a ticked"), "\(state.status.text)")
        #expect(kq()?.answer == .yes && kq()?.note == "Seen twice" && kq()?.prompts == ["a"])
        press(&state, .ctrlR)
        #expect(state.status.text == "nothing to redo in CS-002")
    }

    @Test func aLongNoteIsOneStepAndTheJudgementStays() {
        var state = marking()
        press(&state, .char("y"), .char("k"), .char("e"))
        for line in 1...15 { press(&state, typing("line \(line) of the evidence") + [.enter]) }
        press(&state, .escape)
        press(&state, .char("u"))
        let a = state.session.caseWith(id: "CS-002")?.answers["2.1.2"]
        #expect(a?.answer == .yes, "one u takes the note, not the judgement")
        #expect(a?.note == "")
    }

    @Test func aNewChangeAfterUndoMeansNothingToRedo() {
        var state = marking()
        press(&state, .char("y"), .char("k"), .char("u"), .char("n"), .char("k"), .ctrlR)
        #expect(state.status.text == "nothing to redo in CS-002")
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.answer == .no)
    }

    @Test func editingTheNoteLeavesTheJudgementsByAndAt() {
        var state = marking()
        at(&state, "2024-05-01T10:00:00Z", .char("y"), .char("k"))
        at(&state, "2024-05-01T11:30:00Z", .char("e"), .char("S"), .char("e"), .char("e"), .char("n"), .escape)
        let a = state.session.caseWith(id: "CS-002")?.answers["2.1.2"]
        #expect(a?.note == "Seen")
        #expect(a?.at == "2024-05-01T10:00:00Z", "the judgement is no newer for a note")
        #expect(state.session.caseWith(id: "CS-002")?.history.last?.at == "2024-05-01T11:30:00Z", "the history says when the note was written")
        at(&state, "2024-05-01T11:31:00Z", .tab, .char(" "))
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.at == "2024-05-01T11:31:00Z", "a tick is part of the judgement")
    }

    @Test func helpListsCtrlRAndReadOnlyRefusesIt() {
        var state = marking()
        press(&state, .char("?"))
        #expect(render(state).lines.joined(separator: "\n").contains("Ctrl-R"), "\(render(state).lines.joined(separator: "\n"))")
        var readOnly = Fixtures.state(readOnly: true)
        press(&readOnly, .down, .enter, .ctrlR)
        #expect(readOnly.status.text.hasPrefix("read-only"))
    }

    @Test func aPastedTabIsASpace() {
        var state = marking()
        press(&state, [.char("e")] + typing("one") + [.tab] + typing("two") + [.escape])
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.note == "one two")
    }
}
