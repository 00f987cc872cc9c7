import CasemarkModel
import CasemarkSession
import CasemarkStore
import CasemarkTUI
import Testing

/// The run loop with a fake store: what is saved (once, latest version), what is retried, what a
/// clash does, and when quitting asks first. No files, no terminal: each test runs in milliseconds.
@Suite struct SessionTests {
    @Test func keysThatArriveTogetherAreSavedOnceAsTheirLatestVersion() {
        let store = FakeCaseStore()
        let session = SessionFixture.session(store)
        session.handle([.enter, .char("e")])
        #expect(store.saves.isEmpty)
        session.handle("Seen twice".map { KeyEvent.char($0) })
        #expect(store.saves.count == 1, "a paste is one save")
        #expect(store.saves.last?.answers["2.1.1"]?.note == "Seen twice")
        #expect(store.saves.last == session.state.session.caseWith(id: "CS-001"))
        #expect(session.state.session.unsaved.isEmpty)
        #expect(session.state.status.text.hasSuffix("saved cases/CS-001.json"))
    }

    @Test func aFailedSaveIsRetriedOnTheNextKeyAndOnTheTimerUntilItWorks() {
        let store = FakeCaseStore()
        store.failures = ["CS-001": 2]
        let terminal = ScriptedTerminal([.key(.enter), .key(.char("y")), .key(.char("j")), .timedOut])
        let session = SessionFixture.session(store)
        session.run(on: terminal)
        #expect(store.saves.count == 3, "the answer, retried by j, then by the timer")
        #expect(store.saves.allSatisfy { $0.answers["2.1.1"]?.answer == .yes })
        #expect(session.state.session.unsaved.isEmpty)
        #expect(terminal.timeouts == [nil, nil, SessionFixture.retry, SessionFixture.retry, nil],
                "the timer runs only while something is unsaved")
        #expect(store.disk["CS-001"]?.answers["2.1.1"]?.answer == .yes)
    }

    @Test func aClashIsNotRetriedAndIsNamedUntilReloaded() {
        let store = FakeCaseStore()
        let session = SessionFixture.session(store)
        session.handle([.enter])
        var theirs = SessionFixture.cases[0]
        theirs.answers["2.1.1"] = Answer(answer: .no, note: "theirs", by: "Sam", at: "2024-05-01T10:00:00Z")
        store.clash = ["CS-001": theirs]
        session.handle([.char("n")])
        #expect(store.saves.count == 1)
        #expect(session.state.session.conflicts["CS-001"]?.disk == theirs)
        session.handle([.char("j")])
        #expect(store.saves.count == 1, "a clash would clash again: not retried")
        session.handle([.char("R")])
        #expect(store.reloads == ["CS-001"])
        #expect(session.state.session.conflicts.isEmpty)
        #expect(session.state.session.caseWith(id: "CS-001")?.answers["2.1.1"]?.note == "theirs")
    }

    @Test func quittingWithUnsavedWorkAsksFirstAndYesQuits() {
        let store = FakeCaseStore()
        store.failures = ["CS-001": 100]
        let session = SessionFixture.session(store)
        session.handle([.enter, .char("y")])
        #expect(session.state.session.unsaved["CS-001"] != nil)
        #expect(session.handle([.ctrlC]) == false)
        #expect(session.state.overlay == .confirm(.quitUnsaved))
        #expect(session.handle([.char("n")]) == false)
        #expect(session.state.overlay == nil)
        #expect(session.handle([.escape]) == false, "back to the list")
        #expect(session.handle([.char("q")]) == false)
        #expect(session.state.overlay == .confirm(.quitUnsaved))
        // The save still fails as the inspector agrees to lose it: casemark quits all the same.
        #expect(session.handle([.char("y")]) == true)
    }

    @Test func quittingWithAClashAsksFirstAndYesQuits() {
        let store = FakeCaseStore()
        store.clash = ["CS-001": SessionFixture.cases[0]]
        let session = SessionFixture.session(store)
        session.handle([.enter, .char("n")])
        #expect(session.handle([.char("q")]) == false, "q asks first, on the case as on the list")
        #expect(session.state.overlay == .confirm(.quitUnsaved))
        #expect(session.handle([.char("n"), .escape]) == false, "Esc goes back to the list")
        #expect(session.handle([.char("q")]) == false)
        #expect(session.state.overlay == .confirm(.quitUnsaved))
        #expect(session.handle([.char("y")]) == true)
    }

    @Test func aQuitWhoseOwnSaveFailsAsksFirst() {
        let store = FakeCaseStore()
        store.failures = ["CS-001": 100]
        let session = SessionFixture.session(store)
        session.handle([.enter, .char("e")])
        // Typed and then Ctrl-C in one batch: nothing was unsaved when Ctrl-C was read, but the
        // note's save fails.
        #expect(session.handle([.char("x"), .ctrlC]) == false)
        #expect(session.state.overlay == .confirm(.quitUnsaved))
        #expect(store.saves.last?.answers["2.1.1"]?.note.hasSuffix("x") == true)
    }

    @Test func theOpenCaseIsMarkedInUseAndReleasedOnLeavingAndOnQuitting() {
        let store = FakeCaseStore()
        store.heldElsewhere = ["CS-002": "in use by Sam since 09:00 (process 42)"]
        let session = SessionFixture.session(store)
        session.handle([.enter])
        #expect(store.markers == ["begin CS-001"])
        session.handle([.char("]")])
        #expect(store.markers == ["begin CS-001", "end CS-001", "begin CS-002"])
        #expect(session.state.status.text.contains("open in another casemark (in use by Sam"))
        session.handle([.char("q")])
        #expect(store.markers.last == "end CS-002")
        session.handle([.enter])
        #expect(store.markers.last == "begin CS-002", "the list stays on the case last marked")
        #expect(session.handle([.ctrlC]) == true)
        #expect(store.markers.last == "end CS-002", "a quit releases the case")
    }

    @Test func readOnlyWritesNothingAndMarksNothing() {
        let session = Session(state: SessionFixture.state(readOnly: true), store: nil, clock: { SessionFixture.now })
        session.handle([.enter, .char("y"), .char("q")])
        #expect(session.state.session.unsaved.isEmpty)
        #expect(session.handle([.ctrlC]) == true)
    }
}
