import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A save that clashes with another process's change to the same answer: said plainly, not
/// retried, this process's value kept on screen, and `R` reloads the case with that value kept
/// in its history (undo brings it back). Other cases keep saving meanwhile.
@Suite struct SaveConflictTests {
    /// CS-003 as another casemark saved it: 2.1.1 not applicable, by Ann Lee.
    static var theirs: Case {
        var c = Fixtures.cases[2]
        c.answers["2.1.1"] = Answer(answer: .notApplicable, by: "Ann Lee", at: "2024-05-01T10:20:00Z")
        c.history.append(HistoryEntry(event: .answered, keyQuestion: "2.1.1", value: c.answers["2.1.1"], by: "Ann Lee",
                                      at: "2024-05-01T10:20:00Z", id: "ann-2.1.1"))
        return c
    }

    /// CS-003 open, 2.1.1 answered yes here, and that save refused as clashing.
    static func clashed() -> AppState {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saveConflict(caseID: "CS-003", fields: ["answers.2.1.1"], disk: theirs), now: Fixtures.now, newID: ChangeID.random)
        return state
    }

    @Test func theStatusLineSaysWhatWhoAndWhichKeyAndTheValueStays() {
        var state = Self.clashed()
        let screen = render(state)
        #expect(screen.line(22) == "NOT SAVED CS-003: 2.1.1 changed elsewhere by Ann Lee · R reloads")
        #expect(screen.line(4).hasPrefix("  2.1.1 Yes"), "this process's value stays on screen")
        #expect(state.session.caseWith(id: "CS-003")?.answers["2.1.1"]?.answer == .yes)
        // Wider, the whole of it.
        state.width = 120
        #expect(render(state).line(22) == "NOT SAVED CS-003: 2.1.1 was changed elsewhere by Ann Lee · R reloads theirs and keeps yours in the case's history")
    }

    @Test func itIsNotRetried() {
        var state = Self.clashed()
        #expect(state.session.unsaved.isEmpty)
        #expect(reduce(&state, .retrySaves, now: Fixtures.now, newID: ChangeID.random).isEmpty, "the timer tries nothing")
        #expect(press(&state, .char("k")).isEmpty, "nor does the next key")
        #expect(render(state).line(22).hasPrefix("NOT SAVED CS-003: 2.1.1 changed elsewhere"))
    }

    @Test func aKeysOwnMessageShowsForThatKeyThenTheClashIsBack() {
        var state = Self.clashed()
        press(&state, .char("m"))
        #expect(render(state).line(22).hasPrefix("NOT SAVED CS-003"), "m moved on quietly: the clash stays in view")
        press(&state, .char("1"), .char("k"), .char("k"), .char("c"), .escape)
        #expect(render(state).line(22) == "not marked complete")
        press(&state, .char("j"))
        #expect(render(state).line(22).hasPrefix("NOT SAVED CS-003"))
    }

    @Test func theReloadKeyIsInTheHelpAndTheGuide() throws {
        var state = Self.clashed()
        state.height = 40  // the whole help on one page
        press(&state, .char("?"))
        #expect(render(state).lines.contains { $0.contains("R") && $0.contains("reload the case from disk") })
        let binding = try #require(KeyTables.marking.binding(for: .char("R")))
        #expect(binding.command == .reload)
    }

    @Test func otherCasesKeepSaving() {
        var state = Self.clashed()
        press(&state, .escape, .char("k"), .enter)
        #expect(state.marking?.caseID == "CS-002")
        let effects = press(&state, .char("y"))
        #expect(saves(effects).map(\.id) == ["CS-002"])
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.answer == .yes)
        // Away from the case, the line says where R is pressed.
        #expect(render(state).line(22) == "NOT SAVED CS-003: 2.1.1 changed elsewhere by Ann Lee · open it, R reloads")
    }

    @Test func reloadingKeepsThisProcesssValueInTheHistoryAndUndoBringsItBack() throws {
        var state = Self.clashed()
        #expect(press(&state, .char("R")) == [.reload(caseID: "CS-003")])
        let effects = reduce(&state, .reloaded(Self.theirs), now: "2024-05-01T10:25:00Z", newID: ChangeID.random)
        let saved = try #require(saves(effects).first)
        #expect(saved.answers["2.1.1"]?.answer == .notApplicable, "the disk's answer is taken")
        let entry = try #require(saved.history.last)
        #expect(entry.keyQuestion == "2.1.1")
        #expect(entry.previous?.answer == .yes, "this process's answer is in the history")
        #expect(entry.value?.answer == .notApplicable)
        #expect(entry.by == "tester")
        #expect(entry.reason == HistoryEntry.reloadReason)
        #expect(saved.history.dropLast().contains { $0.by == "Ann Lee" }, "the other process's history is kept")
        #expect(state.session.conflicts.isEmpty)
        _ = reduce(&state, .saved(caseID: "CS-003", file: "cases/CS-003.json"), now: Fixtures.now, newID: ChangeID.random)
        #expect(render(state).line(22).hasPrefix("CS-003 reloaded from disk: your 2.1.1 went into its history (u brings it back)"))
        #expect(render(state).line(4).hasPrefix("  2.1.1 N/A"))

        let undo = press(&state, .char("u"))
        #expect(saves(undo).first?.answers["2.1.1"]?.answer == .yes)
        #expect(state.session.caseWith(id: "CS-003")?.answers["2.1.1"]?.answer == .yes)
    }

    @Test func reloadingKeepsUnsavedAnswersTheDiskDidNotChange() throws {
        var state = Self.clashed()
        // Answered after the clash: 2.1.2, which the other process left alone. Its save clashes too.
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saveConflict(caseID: "CS-003", fields: ["answers.2.1.1"], disk: Self.theirs), now: Fixtures.now, newID: ChangeID.random)
        let effects = reduce(&state, .reloaded(Self.theirs), now: Fixtures.now, newID: ChangeID.random)
        let saved = try #require(saves(effects).first)
        #expect(saved.answers["2.1.1"]?.answer == .notApplicable)
        #expect(saved.answers["2.1.2"]?.answer == .yes, "kept, and saved now")
        #expect(saved.history.filter { $0.reason == HistoryEntry.reloadReason }.map(\.keyQuestion) == ["2.1.1"])
    }

    @Test func reloadingWithNothingUnsavedTakesTheDiskVersionAndSavesNothing() {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter)
        #expect(press(&state, .char("R")) == [.reload(caseID: "CS-003")])
        let before = state.session.scoring.tally("2.1.1")
        #expect(reduce(&state, .reloaded(Self.theirs), now: Fixtures.now, newID: ChangeID.random).isEmpty)
        #expect(state.session.caseWith(id: "CS-003") == Self.theirs)
        #expect(state.session.scoring.tally("2.1.1").notApplicable == before.notApplicable + 1, "the scoring follows")
        #expect(render(state).line(22) == "CS-003 reloaded from disk")
    }

    @Test func quittingWithAClashAsksFirst() {
        var state = Self.clashed()
        #expect(!press(&state, .ctrlC).contains(.quit))
        #expect(state.overlay == .confirm(.quitUnsaved))
        #expect(render(state).lines.joined().contains("CS-003 is NOT saved"))
        press(&state, .char("n"))
        #expect(render(state).line(22).hasPrefix("not quitting: R on the case reloads it"))
    }

    @Test func readOnlyRefusesTheReloadKey() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter, .char("v"), .char("R"))
        #expect(state.status.text.hasPrefix("read-only: nothing can be changed"))
    }
}
