import CasemarkModel

@testable import CasemarkTUI

/// Where the key scenarios start: the fixture's inspection opened, then keys pressed as an
/// inspector would (so a scenario's starting point never names the state's inner parts), change
/// ids counted ("s-1", …), and the status line cleared.
enum Start {
    static func after(
        _ keys: [KeyEvent] = [], width: Int = 80, height: Int = 24, inspection: Inspection = Fixtures.inspection,
        inspector: String = "tester", readOnly: Bool = false, review: Bool = false
    ) -> AppState {
        var state = AppState(
            inspection: inspection, inspector: inspector, readOnly: readOnly, location: "/tmp/insp", width: width,
            height: height, review: review)
        pressCounting(&state, keys)
        state.clearStatus()
        return state
    }

    /// `keys` pressed as `press` does (every save succeeds), with new change ids counted
    /// ("s-1", …), so that a starting state is the same on every run.
    static func pressCounting(_ state: inout AppState, _ keys: [KeyEvent]) {
        var ids = ChangeIDSource.counting(prefix: "s-", next: 1)
        for key in keys {
            for case .save(let c) in reduce(&state, .key(key), now: Fixtures.now, newID: { ids.next() }) {
                _ = reduce(&state, .saved(caseID: c.id, file: "cases/\(c.id).json"), now: Fixtures.now, newID: { ids.next() })
            }
        }
    }

    /// The list, on its `row`th case (0: CS-001 … 4: UW-001).
    static func list(row: Int = 0, width: Int = 80, height: Int = 24) -> AppState {
        after(Array(repeating: .down, count: row), width: width, height: height)
    }

    /// CS-003 (no answers yet, risk of serious harm issues apply) open on the marking screen,
    /// then `keys`.
    static func markingCS003(_ keys: [KeyEvent] = [], width: Int = 80, height: Int = 24) -> AppState {
        after([.down, .down, .enter] + keys, width: width, height: height)
    }

    /// The QA mode (`--review`) on `ReviewScreenTests`' cases (CS-001 complete and awaiting
    /// review, CS-002 returned, CS-004 approved), then `keys`.
    static func reviewing(_ keys: [KeyEvent] = [], width: Int = 80, height: Int = 24) -> AppState {
        let inspection = Inspection(
            record: Fixtures.inspection.record, framework: Fixtures.framework, cases: try! ReviewScreenTests.reviewedCases())
        return after(keys, width: width, height: height, inspection: inspection, inspector: "Sam Quality", readOnly: true, review: true)
    }

    /// CS-003 answered yes by Ann on one copy and no (with a note) by Bob on another, merged: 2.1.1
    /// is in conflict. Then `keys` from the list.
    static func conflict(_ keys: [KeyEvent] = []) -> AppState {
        let base = Fixtures.cases[2]
        var ann = base
        var bob = base
        try! ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z", changeID: "ann-1")
        try! bob.record(Answer(answer: .no, note: "No plan on file"), for: "2.1.1", by: "Bob Ray", at: "2024-05-01T09:30:00Z",
                        changeID: "bob-1")
        var inspection = Fixtures.inspection
        inspection.cases[2] = try! ann.merged(with: bob)
        return after(keys, inspection: inspection)
    }

    /// CS-003 answered yes on the marking screen, but its save then failed ("disk full", kept and
    /// retried), and `q` asked whether to quit losing it.
    static func quittingUnsaved() -> AppState {
        var state = markingCS003([.char("y")])
        var ids = ChangeIDSource.counting(prefix: "u-", next: 1)
        _ = reduce(&state, .saveFailed(caseID: "CS-003", message: "disk full"), now: Fixtures.now, newID: { ids.next() })
        _ = reduce(&state, .key(.char("q")), now: Fixtures.now, newID: { ids.next() })
        return state
    }

    /// The moderation screen on `ModerationScreenTests`' second marking (disagreements on CS-001
    /// 2.1.1 and CS-004 2.1.2), then `keys`.
    static func moderating(_ keys: [KeyEvent] = [], width: Int = 80, height: Int = 24) -> AppState {
        var state = try! ModerationScreenTests.state(width: width, height: height)
        pressCounting(&state, keys)
        state.clearStatus()
        return state
    }
}

/// The scenarios of every screen and overlay, one or more for each row of its key table.
enum KeyScenarios {
    static var all: [KeyScenario] {
        cases + marking + results + reading + moderation + officerPicker + help + noteEditor + search + filter + confirm
            + comment + returnReason + reopenReason + reviewing
    }
}
