import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A standard the framework leaves out of the overall score (the youth framework's 4.1
/// Resettlement) on the results screen: rated and shown, marked † by its id, named under the
/// overall line, and not counted ("n of 3 rated", the score out of 9).
@Suite struct OutsideTheScoreScreenTests {
    /// The fixtures' framework with 1.1 rated by the lead but outside the score, and bands for
    /// the three standards that count (0–9).
    static func state(width: Int, height: Int) -> AppState {
        var inspection = Fixtures.inspection
        inspection.framework.standards[0].countsTowardOverall = false
        inspection.framework.overall.bands = [
            ScoreBand(minimumScore: 0, maximumScore: 1, band: .inadequate),
            ScoreBand(minimumScore: 2, maximumScore: 4, band: .requiresImprovement),
            ScoreBand(minimumScore: 5, maximumScore: 7, band: .good),
            ScoreBand(minimumScore: 8, maximumScore: 9, band: .outstanding),
        ]
        #expect(inspection.framework.problems().isEmpty)
        var state = AppState(inspection: inspection, inspector: "tester", width: width, height: height)
        press(&state, .char("r"))
        return state
    }

    @Test func at80x24() {
        #expect(render(Self.state(width: 80, height: 24)).lines == [
            "Results · Test CRC · overall: 2 of 3 rated",
            "         Standard / key question    Yes/app    %            Band",
            "1.1†     Leadership (from evidence)                         Good",
            "2.1      Assessment                                         Requires improvement",
            "  2.1.1  …engaging the service use…     2/3  67% ███████░░░ Good",
            "  2.1.2  …keeping other people saf…     1/2  50% █████░░░░░ Requires improvement",
            "2.2      Planning                                           Outstanding",
            "  2.2.1  …engaging the service use…     1/1 100% ██████████ Outstanding",
            "  2.2.3  …keeping other people saf…     1/1 100% ██████████ Outstanding",
            "4.1      Unpaid work                                        no answers yet",
            "  4.1.1  Does assessment focus on …            — ··········",
            "",
            "  Overall: 2 of 3 rated",
            "  † outside the overall score: 1.1 Leadership",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "o officer  b breakdown  ? help  Esc back  q quit",
        ])
    }

    @Test func at40x12TheMarkStaysByTheID() {
        let screen = render(Self.state(width: 40, height: 12))
        #expect(screen.line(2) == "1.1†     Leadership (from … GD")
    }

    @Test func answeringUnpaidWorkCompletesTheScoreWithoutIt() {
        var state = Self.state(width: 80, height: 24)
        press(&state, .escape, .char("G"), .enter, .char("y"), .char("r"))
        // 2.1 Requires improvement 1 + 2.2 Outstanding 3 + 4.1 Outstanding 3 = 7; 1.1's Good is not counted.
        #expect(render(state).line(0) == "Results · Test CRC · overall: 7 → Good")
    }
}
