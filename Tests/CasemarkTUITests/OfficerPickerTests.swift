import CasemarkModel
import Testing

@testable import CasemarkTUI

/// `o` on the cases and results screens: choosing whose cases to review (issue 6).
@Suite struct OfficerPickerTests {
    @Test func listsEveryOfficerWithGradeAndCasesAndAllOfficersFirst() {
        var state = Fixtures.state()
        press(&state, .char("o"))
        let lines = render(state).lines
        #expect(Array(lines[7...14]) == [
            "        ┌─ Choose an officer ──────────────────────────────────────────┐",
            "        │ Name:                                                        │",
            "        │ > All officers                                       5 cases │",
            "        │   Chloé Duval                                  PO    2 cases │",
            "        │   Ines Sørensen                                PSO    1 case │",
            "        │   Jack O'Neill                                 PO     1 case │",
            "        │   李小龙                                       PO     1 case │",
            "        └──────────────────────────────────────────────────────────────┘",
        ])
        #expect(lines.last == "Enter choose  Esc cancel")
        #expect(render(state).cursor == Position(x: 16, y: 8), "the cursor is in the name field")
    }

    @Test func typingNarrowsAccentsOptionalAndEnterChooses() {
        var state = Fixtures.state()
        press(&state, [.char("o")] + typing("CHLOE"))
        guard case .officerPicker(let picker) = state.overlay else {
            Issue.record("the picker closed")
            return
        }
        #expect(picker.choices(in: state.session.cases).map { $0?.name } == ["Chloé Duval"])
        press(&state, .enter)
        #expect(state.overlay == nil)
        #expect(state.session.officerScope == "Chloé Duval")
        #expect(state.list.order == ["CS-001", "UW-001"])
        #expect(state.status.text == "Chloé Duval (PO): 2 cases; r shows their results beside the whole sample")
        #expect(render(state).line(0).hasPrefix("casemark · Test CRC · Chloé Duval: 0 of 2 complete"))
    }

    @Test func arrowsMoveAndAllOfficersUndoesTheChoice() {
        var state = Fixtures.state(officer: "Chloé Duval")
        press(&state, .char("o"), .down, .down, .enter)
        #expect(state.session.officerScope == "Ines Sørensen")
        #expect(state.list.order == ["CS-002"])
        press(&state, .char("o"), .up, .up, .up, .enter)
        #expect(state.session.officerScope == nil)
        #expect(state.session.officerScoring == nil)
        #expect(state.list.order.count == 5)
        #expect(state.status.text == "every officer: 5 cases")
    }

    @Test func aNameThatMatchesNobodySaysSoAndNamesTheOfficers() {
        var state = Fixtures.state()
        press(&state, [.char("o")] + typing("zz") + [.enter])
        #expect(state.status.text == "No officer matches “zz”. The officers are: Chloé Duval, Ines Sørensen, Jack O'Neill, 李小龙")
        #expect(state.session.officerScope == nil)
        #expect(render(state).lines.contains { $0.contains("No officer matches. The officers are:") })
        press(&state, .backspace, .backspace)
        guard case .officerPicker = state.overlay else {
            Issue.record("the picker stays open to try again")
            return
        }
        press(&state, .escape)
        #expect(state.overlay == nil && state.session.officerScope == nil)
    }

    @Test func onTheResultsScreenTheFiguresFollowTheChoice() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .char("r"), .char("o"), .down, .enter)
        #expect(state.screen == .results(returnTo: .cases))
        #expect(render(state).line(0).hasPrefix("Results · Chloé Duval beside the whole sample"))
        #expect(state.status.text == "Chloé Duval (PO): 2 cases, beside the whole sample; the list shows only theirs")
        press(&state, .escape)
        #expect(state.list.order == ["CS-001", "UW-001"], "and the list, hers")
    }

    @Test func oStillReopensACompleteCaseOnTheMarkingScreen() {
        // The key clash is settled per screen: the picker on the lists, reopening while marking.
        var state = Fixtures.state()
        press(&state, .char("G"), .char("k"), .enter)  // CS-004, complete
        press(&state, .char("o"))
        #expect(state.overlay == .reopenReason(TextField()))
        #expect(KeyTables.cases.binding(for: .char("o"))?.command == .officer)
        #expect(KeyTables.results.binding(for: .char("o"))?.command == .officer)
        #expect(KeyTables.marking.binding(for: .char("o"))?.command == .reopen)
    }

    /// Choosing an officer on the results chooses her for the list too, so the case the results
    /// were opened from, not hers, is left: Esc goes back to her cases (as a choice on the list
    /// leaves a case that is no longer in it).
    @Test func aChoiceOnTheResultsLeavesACaseThatIsNotTheirs() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .char("j"), .enter, .char("r"))  // reading CS-002 (Ines), then results
        press(&state, .char("o"), .down, .enter)  // Chloé
        #expect(state.session.officerScope == "Chloé Duval")
        press(&state, .escape)
        #expect(state.screen == .cases)
        #expect(state.reading == nil)
        #expect(state.list.order == ["CS-001", "UW-001"])
    }
}
