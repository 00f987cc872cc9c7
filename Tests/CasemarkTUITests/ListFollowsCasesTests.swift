import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The list of cases is rebuilt where the cases change while it is on screen, and left as it was
/// while another screen is (it used to be marked stale and rebuilt on the next key or drawing).
@Suite struct ListFollowsCasesTests {
    /// A case changed by another process, merged in on the list searched for "rapport", shows at
    /// once in the list's state, not only on the next key.
    @Test func aCaseChangedUnderTheListIsInItAtOnce() throws {
        var state = Fixtures.state()
        press(&state, .char("/"))
        press(&state, typing("rapport"))
        press(&state, .enter)
        #expect(state.list.order == ["CS-001"])
        var merged = try #require(state.session.caseWith(id: "CS-003"))
        merged.answers["2.1.1"] = Answer(note: "rapport built over three visits")
        _ = reduce(&state, .mergedOnDisk(merged), now: Fixtures.now, newID: ChangeID.random)
        #expect(state.list.order == ["CS-001", "CS-003"])
        #expect(state.list.selected == 0)
    }

    /// Marking leaves the list as it was when marking began (sorted by progress here, where an
    /// answer would move the case), so `]` steps to the case below it then.
    @Test func markingLeavesTheListAsItWasUntilItIsShownAgain() {
        var state = Fixtures.state()
        press(&state, .char("s"), .char("s"), .char("g"))  // by progress, on the least done
        #expect(state.list.sort == .progress)
        #expect(state.list.order == ["CS-003", "UW-001", "CS-002", "CS-001", "CS-004"])
        let before = state.list
        press(&state, .enter, .char("y"), .char("y"))
        #expect(state.screen == .marking)
        #expect(state.list == before)
        press(&state, .escape)
        #expect(state.screen == .cases)
        // CS-003 is now half done, after CS-001 (as done, and first by id).
        #expect(state.list.order == ["UW-001", "CS-002", "CS-001", "CS-003", "CS-004"], "rebuilt when the list is shown again")
        #expect(state.list.selected == 3, "on the case just marked")
    }
}
