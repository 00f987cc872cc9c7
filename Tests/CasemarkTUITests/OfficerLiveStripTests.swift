import CasemarkModel
import Testing

@testable import CasemarkTUI

/// With an officer chosen, the live strip of the marking screen (the inspector's, and the
/// manager's "by question" view from a case read whole) puts the officer's figure beside the
/// whole sample's, as the results do. Chloé Duval's CS-001: 2.1.1 yes (1 of 1), 2.1.2 no (0 of
/// 1); the sample: 2.1.1 2 of 3, 2.1.2 1 of 2.
@Suite struct OfficerLiveStripTests {
    @Test func aManagerReadingByQuestionSeesTheOfficerBesideTheSample() {
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        press(&state, .enter, .char("v"))
        #expect(state.screen == .marking)
        let screen = render(state)
        #expect(screen.line(20) == "2.1.1 Chloé Duval 1 of 1 · 100% ~Outstanding │ sample 2 of 3 · 67% Good")
        #expect(screen.line(21) == "2.1 Assessment: Chloé Duval ~Inadequate │ sample Requires improvement")
        press(&state, .char("j"))
        // Full names would not fit in 80 columns: two letters each, as the results' narrow columns.
        #expect(render(state).line(20) == "2.1.2 Chloé Duval 0 of 1 · 0% ~IN │ sample 1 of 2 · 50% RI")
    }

    @Test func anInspectorWithAnOfficerChosenSeesItAndItMovesWithAnAnswer() {
        var state = Fixtures.state()
        press(&state, .char("o"))
        press(&state, typing("chloe"))
        press(&state, .enter, .char("j"), .enter)
        #expect(state.marking?.caseID == "UW-001")
        #expect(render(state).line(20) == "4.1.1 Chloé Duval: no yes or no answers │ sample: no yes or no answers")
        press(&state, .char("y"))
        #expect(render(state).line(20) == "4.1.1 Chloé Duval 1 of 1 · 100% ~Outstanding │ sample 1 of 1 · 100% Outstanding")
    }

    @Test func narrowItKeepsBothFiguresAndCutsNoNumber() {
        var state = Fixtures.state(width: 40, height: 12, readOnly: true, officer: "Chloé Duval")
        press(&state, .enter, .char("v"))
        #expect(render(state).line(9) == "2.1.1 1/1 100% ~OS │ sample 2/3 67% GD")
        var big = LargeCountsTests.state(cases: 7_000, width: 40, height: 12, officer: "Chloé Duval")
        press(&big, .enter, .char("v"))
        let line = render(big).line(9)
        let officer = big.session.officerScoring?.keyQuestionResult("2.1.1").percent ?? -1
        let sample = big.session.scoring.keyQuestionResult("2.1.1").percent ?? -1
        #expect(line.hasPrefix("2.1.1 \(officer)% "), "\(line)")
        #expect(line.contains("│ sample \(sample)% "), "\(line)")
        #expect(!line.contains("…"))
    }

    @Test func withoutAnOfficerTheStripIsTheSamplesAlone() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter, .char("v"))
        #expect(render(state).line(20) == "2.1.1 across the sample: 2 of 3 yes · 67% ███████░░░ Good")
    }

    @Test func theHelpSaysWhatTheTildeMeans() {
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        state.height = 60
        press(&state, .enter, .char("v"), .char("?"))
        #expect(render(state).lines.joined(separator: " ").contains("~ marks a band resting on fewer than 10 applicable cases"))
    }
}
