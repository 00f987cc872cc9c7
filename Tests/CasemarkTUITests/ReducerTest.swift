import CasemarkModel
import Testing

@testable import CasemarkTUI

/// An exhaustive reducer test, in the spirit of The Composable Architecture's `TestStore`: each
/// step sends one action, says how the whole state is to differ from the state before it, and
/// which effects come out. Any other change, to any part of the state (the marking session, a
/// screen's state, the status line), fails the step; so does any other effect. New change ids are
/// counted ("t-1", "t-2", …) and handed to `reduce` as the session hands it random ones, so that
/// the expected cases can be written out.
struct ReducerTest {
    private(set) var state: AppState
    /// The ids the next changes get.
    private(set) var changeIDs = ChangeIDSource.counting(prefix: "t-", next: 1)

    init(_ state: AppState) {
        self.state = state
    }

    /// Sends `key`; `change` turns the state before into the state expected after.
    mutating func send(
        _ key: KeyEvent, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) throws -> Void = { _ in }
    ) rethrows {
        try step(.key(key), effects: expected, sourceLocation: sourceLocation, change)
    }

    /// Feeds back what the shell reports (a save done, a conflict), as the session does.
    mutating func receive(
        _ action: Action, effects expected: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) throws -> Void = { _ in }
    ) rethrows {
        try step(action, effects: expected, sourceLocation: sourceLocation, change)
    }

    private mutating func step(
        _ action: Action, effects expected: [Effect], sourceLocation: SourceLocation, _ change: (inout AppState) throws -> Void
    ) rethrows {
        var after = state
        try change(&after)
        let effects = reduce(&state, action, now: Fixtures.now, newID: { changeIDs.next() })
        #expect(effects == expected, "effects of \(action)", sourceLocation: sourceLocation)
        // Compared part by part, so that a failure names what moved rather than printing it all.
        let moved = Self.differences(state, after)
        #expect(moved.isEmpty, "after \(action), not as expected: \(moved.joined(separator: "; "))", sourceLocation: sourceLocation)
        #expect(state == after, sourceLocation: sourceLocation)
        // Whatever failed, carry on from what the reducer did, so one wrong step is reported once.
    }

    /// The stored properties of two values that differ, with both sides.
    static func differences<T>(_ actual: T, _ expected: T) -> [String] {
        zip(Mirror(reflecting: actual).children, Mirror(reflecting: expected).children).compactMap { a, e in
            let (x, y) = (String(reflecting: a.value), String(reflecting: e.value))
            return x == y ? nil : "\(a.label ?? "?"): got \(x.prefix(600)) but expected \(y.prefix(600))"
        }
    }
}

extension AppState {
    /// A case replaced in the session as `commit` would: the counts move with it, and the file's
    /// last saved version is remembered until the save is reported.
    mutating func expectCommitted(_ new: Case) {
        guard let index = session.indexByID[new.id] else { return }
        let old = session.cases[index]
        if session.savedBase[new.id] == nil { session.savedBase[new.id] = old }
        session.cases[index] = new
        session.scoring.replace(old, with: new)
        // The list follows the cases while it is on screen.
        if screen == .cases { list.rebuild(from: session, framework: framework) }
    }
}
