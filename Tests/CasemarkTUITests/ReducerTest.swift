import CasemarkModel
import CustomDump
import Testing

@testable import CasemarkTUI

/// An exhaustive reducer test, in the spirit of The Composable Architecture's `TestStore`: each
/// step sends one action, states how the whole state is to differ from the state before it (and
/// which effects come out), and fails on anything else that moved, printing the difference field
/// by field (swift-custom-dump: `−` expected, `+` what the reducer did). New change ids are
/// counted ("t-1", "t-2", …) and handed to `reduce` as the session hands it random ones, so that
/// the expected cases can be written out.
struct ReducerTest {
    private(set) var state: AppState
    /// The ids the next changes get.
    private(set) var changeIDs = ChangeIDSource.counting(prefix: "t-", next: 1)

    init(_ state: AppState) {
        self.state = state
    }

    /// Sends `key`; `change` turns the state before into the state expected after, and names the
    /// effects expected (none unless it says so).
    @discardableResult
    mutating func send(
        _ key: KeyEvent, sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout Expected) throws -> Void = { _ in }
    ) rethrows -> Bool {
        try step(.key(key), sourceLocation: sourceLocation, change)
    }

    /// Feeds back what the shell reports (a save done, a conflict), as the session does.
    @discardableResult
    mutating func receive(
        _ action: Action, sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout Expected) throws -> Void = { _ in }
    ) rethrows -> Bool {
        try step(action, sourceLocation: sourceLocation, change)
    }

    /// True when the state and the effects were as expected. Whatever failed, the test carries on
    /// from what the reducer did, so one wrong step is reported once.
    private mutating func step(
        _ action: Action, sourceLocation: SourceLocation, _ change: (inout Expected) throws -> Void
    ) rethrows -> Bool {
        var expected = Expected(before: state)
        try change(&expected)
        var ids = changeIDs
        let effects = reduce(&state, action, now: Fixtures.now, newID: { ids.next() })
        changeIDs = ids
        var ok = true
        if let difference = diff(expected.effects, effects) {
            Issue.record("effects of \(action) not as expected (− expected, + actual):\n\(difference)", sourceLocation: sourceLocation)
            ok = false
        }
        if state != expected.state {
            let difference = diff(expected.state, state) ?? "(the dumps are alike, but the values differ)"
            Issue.record("after \(action), the state is not as expected (− expected, + actual):\n\(difference)", sourceLocation: sourceLocation)
            ok = false
        }
        return ok
    }
}
