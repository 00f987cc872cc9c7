import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Saving is the shell's job; the state says what was saved, what failed, and retries until it is.
@Suite struct SaveTests {
    @Test func savedShowsTheFile() {
        var state = Fixtures.state()
        press(&state, .enter)
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saved(caseID: "CS-001", file: "/tmp/insp/cases/CS-001.json"), now: Fixtures.now, newID: ChangeID.random)
        #expect(state.status == StatusMessage("saved /tmp/insp/cases/CS-001.json", kind: .saved))
        #expect(render(state).line(22) == "saved /tmp/insp/cases/CS-001.json")
    }

    @Test func aFailedSaveStaysOnScreenAndIsRetriedUntilItWorks() throws {
        var state = Fixtures.state()
        press(&state, .enter)
        let first = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        let attempted = try #require(saves(first).first)
        _ = reduce(&state, .saveFailed(caseID: "CS-001", message: "No space left on device"), now: Fixtures.now, newID: ChangeID.random)
        #expect(state.session.caseWith(id: "CS-001") == attempted, "the change stays in memory and on screen")
        #expect(render(state).line(22) == "NOT SAVED CS-001: No space left on device (kept, retrying)")
        #expect(render(state).line(4).hasPrefix("  2.1.1 Yes"))

        // The next key retries it first, then does its own work.
        let next = reduce(&state, .key(.char("j")), now: Fixtures.now, newID: ChangeID.random)
        #expect(next == [.save(attempted)])
        #expect(render(state).line(22) == "NOT SAVED CS-001: No space left on device (kept, retrying)")
        // So does the shell's timer, with no key at all.
        #expect(reduce(&state, .retrySaves, now: Fixtures.now, newID: ChangeID.random) == [.save(attempted)])
        _ = reduce(&state, .saved(caseID: "CS-001", file: "cases/CS-001.json"), now: Fixtures.now, newID: ChangeID.random)
        #expect(state.session.unsaved.isEmpty)
        #expect(reduce(&state, .retrySaves, now: Fixtures.now, newID: ChangeID.random).isEmpty)
        #expect(render(state).line(22) == "saved cases/CS-001.json")
    }

    @Test func quittingWithAnUnsavedChangeAsksFirst() {
        var state = Fixtures.state()
        press(&state, .enter)
        _ = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        _ = reduce(&state, .saveFailed(caseID: "CS-001", message: "Permission denied"), now: Fixtures.now, newID: ChangeID.random)
        var effects = reduce(&state, .key(.ctrlC), now: Fixtures.now, newID: ChangeID.random)
        #expect(!effects.contains(.quit))
        #expect(state.overlay == .confirm(.quitUnsaved))
        #expect(render(state).lines.contains { $0.contains("NOT saved") })
        effects = reduce(&state, .key(.char("n")), now: Fixtures.now, newID: ChangeID.random)
        #expect(!effects.contains(.quit))
        #expect(effects.contains { if case .save = $0 { true } else { false } }, "retried")
        _ = reduce(&state, .key(.char("q")), now: Fixtures.now, newID: ChangeID.random)
        effects = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        #expect(effects.contains(.quitLosingUnsaved), "yes: quit, losing it")
    }

    @Test func quitIsImmediateWhenEverythingIsSaved() {
        var state = Fixtures.state()
        press(&state, .enter, .char("y"), .char("e"))
        #expect(press(&state, .ctrlC) == [.quit, .endEditing(caseID: "CS-001")])
    }
}
