import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A status message says what a key did, about the screen and case it was pressed on: it does
/// not stay to mislead once the inspector is looking at something else.
@Suite struct StaleStatusTests {
    @Test func whatAKeyDidToOneCaseIsNotShownOnAnother() {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter, .char("c"), .char("y"))
        #expect(render(state).line(22) == "CS-003 is complete and locked (o reopens it) · saved cases/CS-003.json")
        // Still about CS-003 while it is on screen.
        press(&state, .char("j"))
        #expect(render(state).line(22).hasPrefix("CS-003 is complete and locked"))
        press(&state, .escape, .char("k"), .enter)
        #expect(state.marking?.caseID == "CS-002")
        #expect(!render(state).line(22).contains("CS-003"), "\(render(state).line(22))")
    }

    @Test func anUndoneMessageGoesWithTheCase() {
        var state = Fixtures.state()
        press(&state, .char("j"), .char("j"), .enter, .char("y"), .char("u"))
        #expect(render(state).line(22).hasPrefix("undone: 2.1.1 back to no answer"))
        press(&state, .char("r"))
        #expect(render(state).line(22) == "")
        press(&state, .escape)
        #expect(render(state).line(22) == "")
    }

    @Test func aCaseInUseWarningLastsUntilTheNextKey() {
        var state = Fixtures.state()
        press(&state, .enter)
        _ = reduce(&state, .caseInUse(caseID: "CS-001", holder: "in use by Ann"), now: Fixtures.now, newID: ChangeID.random)
        #expect(render(state).line(22).hasPrefix("CS-001 is open in another casemark (in use by Ann)"))
        press(&state, .pageDown)
        #expect(!render(state).line(22).contains("another casemark"))
    }
}
