import CasemarkModel
import CasemarkSession
import CasemarkTUI
import Testing

/// The session hands `reduce` the ids of new changes as it hands it the time: with ids given, the
/// case saved is known exactly, id for id.
@Suite struct ChangeIDTests {
    /// A counter the session draws from: a class, since the session keeps the closure.
    final class Counter {
        var ids = ChangeIDSource.counting(prefix: "s-", next: 1)
        func next() -> String { ids.next() }
    }

    @Test func eachChangeTakesTheNextIdTheSessionIsGiven() throws {
        let store = FakeCaseStore()
        let counter = Counter()
        let session = Session(state: SessionFixture.state(), store: store, clock: { SessionFixture.now }, changeID: counter.next)
        session.handle([.enter, .char("y"), .char("n")])
        var expected = try #require(SessionFixture.cases.first)
        try expected.record(Answer(answer: .yes), for: "2.1.1", in: SessionFixture.framework, by: "tester", at: SessionFixture.now, changeID: "s-1")
        try expected.record(Answer(answer: .no), for: "2.1.2", in: SessionFixture.framework, by: "tester", at: SessionFixture.now, changeID: "s-2")
        #expect(store.saves.last == expected)
        #expect(store.disk["CS-001"]?.history.map(\.id) == ["s-1", "s-2"])
    }
}
