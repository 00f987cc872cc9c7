import CasemarkModel
import Testing

@testable import CasemarkTUI

/// What a new inspector tripped over on the screens (issue 12, point 8).
@Suite struct ScreensTrippedOverTests {
    @Test func aFilterKeepsTheNearestCaseNotTheLastRow() {
        var state = Fixtures.state()
        press(&state, .down)  // CS-002, Ines Sørensen
        press(&state, .char("f"), .down, .right, .enter)  // only Chloé Duval's cases
        #expect(state.list.order == ["CS-001", "UW-001"])
        #expect(state.list.order[state.list.selected] == "CS-001", "the case next to CS-002, not the last row")
    }

    @Test func spaceOnALockedCaseSaysSoAndStaysOnTheKeyQuestions() {
        var state = Fixtures.state()
        press(&state, .down, .down, .down, .enter)  // CS-004, complete
        press(&state, .char(" "))
        #expect(state.marking?.focus == .questions)
        #expect(state.status.text.hasPrefix("CS-004 is complete"), "\(state.status.text)")
    }

    @Test func readOnlyTheHintLineShowsTheKeysThatWork() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter)
        let hints = render(state).lines.last ?? ""
        #expect(!hints.contains("y yes"), "\(hints)")
        for key in ["] next case", "v read", "r results", "? help"] { #expect(hints.contains(key), "\(key): \(hints)") }
    }

    @Test func gAndGGoToTheFirstAndLastKeyQuestion() {
        var state = Fixtures.state()
        press(&state, .down, .enter, .char("G"))
        #expect(state.marking?.row == 3)
        press(&state, .char("g"))
        #expect(state.marking?.row == 0)
    }

    @Test func anOfficerChosenOnTheResultsLeavesTheListAndTheCaseAsTheyWere() {
        var state = Fixtures.state()
        press(&state, .down, .enter, .char("r"), .char("o"))
        press(&state, typing("chlo") + [.enter])
        #expect(state.officerScope == "Chloé Duval", "the results show her figures")
        #expect(render(state).lines.joined().contains("Chloé Duval"))
        press(&state, .escape)
        #expect(state.screen == .marking, "back to the case the results were opened from")
        #expect(state.marking?.caseID == "CS-002")
        press(&state, .escape)
        #expect(state.list.order.count == 5, "the list behind was not narrowed")
    }
}
