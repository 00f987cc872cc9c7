import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The live strip counts only what is on disk: an answer whose save was refused (changed
/// elsewhere) is marked as not saved and left out of the percentages; a case completed elsewhere
/// says so and offers the reload, and the reload takes none of the unsaved answers into it.
@Suite struct SavedFiguresTests {
    func screenText(_ state: AppState) -> String { render(state).lines.joined(separator: "\n") }

    @Test func aRefusedAnswerIsMarkedAndNotCounted() throws {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        let before = state.session.scoring.keyQuestionResult("2.1.1").tally
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        press(&state, .char("k"))  // back on 2.1.1
        _ = reduce(&state, .saveConflict(caseID: "CS-003", fields: ["answers.2.1.1"], disk: SaveConflictTests.theirs), now: Fixtures.now, newID: ChangeID.random)
        #expect(state.session.scoring.keyQuestionResult("2.1.1").tally != before, "the unsaved answer is in the case on screen")
        let screen = screenText(state)
        #expect(screen.contains("2.1.1 across the sample: \(before.yes) of \(before.applicable) yes"), "\(screen)")
        #expect(screen.contains("Good · yours not saved"), "\(screen)")
        var wide = state
        wide.width = 120
        #expect(screenText(wide).contains("yours not saved, not counted"))
        #expect(!screen.contains("→"), "no change is shown that did not reach the disk")

        // Once saved, it counts and the mark goes.
        _ = reduce(&state, .saved(caseID: "CS-003", file: "cases/CS-003.json"), now: Fixtures.now, newID: ChangeID.random)
        let after = screenText(state)
        #expect(!after.contains("not saved, not counted"))
        #expect(after.contains("\(before.yes + 1) of \(before.applicable + 1) yes"), "\(after)")
    }

    /// Issue 19.6: a merge under the open screen answered CS-003's 2.1.1 and 2.1.2 "no" on disk;
    /// "y" here on 2.1.1 is refused, and the cursor has moved on to 2.1.2. The line under the
    /// strip showed the refused answer's move ("2.1.1 67% → 75%") and the figures counted the
    /// version this process had loaded, not the disk's. Only what is on disk is counted.
    @Test func afterARefusedSaveOnlyWhatIsOnDiskIsCounted() throws {
        var disk = Fixtures.cases[2]
        for kq in ["2.1.1", "2.1.2"] {
            disk.answers[kq] = Answer(answer: .no, by: "Ann Lee", at: "2024-05-01T10:20:00Z")
            disk.history.append(HistoryEntry(event: .answered, keyQuestion: kq, value: disk.answers[kq], by: "Ann Lee",
                                             at: "2024-05-01T10:20:00Z", id: "ann-\(kq)"))
        }
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        #expect(screenText(state).contains("2.1.1 across the sample: 2 of 3 yes"))
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saveConflict(caseID: "CS-003", fields: ["answers.2.1.1"], disk: disk), now: Fixtures.now, newID: ChangeID.random)
        var screen = screenText(state)
        #expect(screen.contains("2.1.2 across the sample: 1 of 3 yes"), "the disk's no for CS-003 counts: \(screen)")
        #expect(!screen.contains("→"), "no move is shown that did not reach the disk: \(screen)")
        #expect(!screen.contains("67%") && !screen.contains("75%"), "\(screen)")
        press(&state, .char("k"))
        screen = screenText(state)
        #expect(screen.contains("2.1.1 across the sample: 2 of 4 yes"), "the disk's no, not the refused yes: \(screen)")
        var wide = state
        wide.width = 120
        #expect(screenText(wide).contains("2 of 4 yes · 50%"))
        #expect(screenText(wide).contains("yours not saved, not counted"), "\(screenText(wide))")
    }

    @Test func aFailedSaveIsNotCountedEither() {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        let before = state.session.scoring.keyQuestionResult("2.1.1").tally
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        press(&state, .char("k"))
        _ = reduce(&state, .saveFailed(caseID: "CS-003", message: "No space left on device"), now: Fixtures.now, newID: ChangeID.random)
        let screen = screenText(state)
        #expect(screen.contains("\(before.yes) of \(before.applicable) yes"), "\(screen)")
        #expect(screen.contains("not saved"))
    }

    static var completedThere: Case {
        var c = Fixtures.cases[2]
        c.status = .complete
        c.history.append(HistoryEntry(event: .completed, by: "Ann Lee", at: "2024-05-01T10:20:00Z", id: ChangeID.random()))
        return c
    }

    @Test func aCaseCompletedElsewhereSaysSoAndTheReloadTakesNothingUnsaved() throws {
        let there = Self.completedThere  // one value: each history entry gets its own id
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saveConflict(caseID: "CS-003", fields: ["status"], disk: there), now: Fixtures.now, newID: ChangeID.random)
        #expect(render(state).line(22).hasPrefix("NOT SAVED CS-003: completed elsewhere by Ann Lee"), "\(render(state).line(22))")
        #expect(render(state).line(22).contains("R reloads"))

        #expect(press(&state, .char("R")) == [.reload(caseID: "CS-003")])
        let effects = reduce(&state, .reloaded(there), now: Fixtures.now, newID: ChangeID.random)
        #expect(effects.isEmpty, "nothing is saved into the complete case")
        #expect(state.session.caseWith(id: "CS-003") == there)
        #expect(render(state).line(22).hasPrefix("CS-003 was completed elsewhere by Ann Lee; not saved here: 2.1.1"), "\(render(state).line(22))")
        #expect(state.session.conflicts.isEmpty)
    }

    @Test func aHugeNoteIsNotLoadedIntoTheEditor() throws {
        var huge = Fixtures.cases[2]
        huge.answers["2.1.1"] = Answer(answer: .yes, note: String(repeating: "evidence ", count: 20_000), by: "Ann Lee", at: Fixtures.now)
        var cases = Fixtures.cases
        cases[2] = huge
        var state = AppState(inspection: Inspection(record: Fixtures.state().record, framework: Fixtures.state().framework, cases: cases), inspector: "tester")
        press(&state, .char("j"), .char("j"), .enter)
        if state.marking?.row != 0 { press(&state, .char("k")) }  // onto 2.1.1
        #expect(render(state).lines.contains { $0.contains("… the note goes on: v reads the whole case") })
        press(&state, .char("e"))
        #expect(state.overlay == nil, "the editor did not open")
        #expect(state.status.text.contains("longer than the note editor takes"), "\(state.status.text)")
        #expect(state.session.caseWith(id: "CS-003")?.answers["2.1.1"]?.note == huge.answers["2.1.1"]?.note, "kept as it is")
        press(&state, .char("v"))
        #expect(render(state).lines.count > 0)
        #expect(ReadingPage.page(state, huge).lines.contains { $0.text.contains("the note goes on past 100000 characters") })

        // Typing stops at the limit.
        var editor = NoteEditor(caseID: "CS-001", keyQuestion: "2.1.1", note: String(repeating: "x", count: NoteEditor.maximumCharacters))
        editor.cursor = editor.characters.count
        var typing = Fixtures.state()
        press(&typing, .enter)
        typing.overlay = .noteEditor(editor)
        press(&typing, .char("y"))
        guard case .noteEditor(let after)? = typing.overlay else { Issue.record("the editor closed"); return }
        #expect(after.characters.count == NoteEditor.maximumCharacters)
    }
}
