import CasemarkModel
import Testing

@testable import CasemarkTUI

@Suite struct ResultsScreenTests {
    @Test func theAnnexTwoTableAt80x24() {
        var state = Fixtures.state()
        press(&state, .char("r"))
        let screen = render(state)
        #expect(screen.lines == [
            "Results · Test CRC · overall: 3 of 4 rated",
            "         Standard / key question    Yes/app    %            Band",
            "1.1      Leadership (from evidence)                         Good",
            "2.1      Assessment                                         Requires improvement",
            "  2.1.1  …engaging the service use…     2/3  67% ███████░░░ Good",
            "  2.1.2  …keeping other people saf…     1/2  50% █████░░░░░ Requires improvement",
            "2.2      Planning                                           Outstanding",
            "  2.2.1  …engaging the service use…     1/1 100% ██████████ Outstanding",
            "  2.2.3  …keeping other people saf…     1/1 100% ██████████ Outstanding",
            "4.1      Unpaid work                                        no answers yet",
            "  4.1.1  Does assessment focus on …            — ··········",
            "",
            "  Overall: 3 of 4 rated",
            "",
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

    /// At 40 columns the bands are written OS GD RI IN, as the guide promises, not cut off
    /// ("Requires im…", issue 21.8).
    @Test func narrowsTo40x12() {
        var state = Fixtures.state(width: 40, height: 12)
        press(&state, .char("r"))
        let screen = render(state)
        #expect(screen.lines == [
            "Results · overall: 3 of 4 rated",
            "         Yes/app    %       Band",
            "1.1      Leadership (from … GD",
            "2.1      Assessment         RI",
            "  2.1.1      2/3  67% ███░░ GD",
            "  2.1.2      1/2  50% ███░░ RI",
            "2.2      Planning           OS",
            "  2.2.1      1/1 100% █████ OS",
            "  2.2.3      1/1 100% █████ OS",
            "4.1      Unpaid work        —",
            "",
            "o officer  ? help  Esc back  q quit",
        ])
    }

    @Test func aStandardsTitleRunsOnWhereItsFiguresWouldBe() {
        var inspection = Fixtures.inspection
        inspection.framework.standards[2].title = "Planning and implementation of delivery"
        for (width, expected) in [
            (80, "2.2      Planning and implementation of delivery            Outstanding"),
            (40, "2.2      Planning and impl… OS"),
        ] {
            var state = AppState(inspection: inspection, inspector: "tester", width: width, height: 24)
            press(&state, .char("r"))
            #expect(render(state).line(6) == expected)
        }
    }

    @Test func isLiveAndReturnsWhereItWasOpened() {
        var state = Fixtures.state()
        press(&state, .char("G"), .enter, .char("y"), .char("r"))
        let screen = render(state)
        #expect(screen.line(10) == "  4.1.1  Does assessment focus on …     1/1 100% ██████████ Outstanding")
        // 1.1 Good 2 + 2.1 Requires improvement 1 + 2.2 Outstanding 3 + 4.1 Outstanding 3 = 9.
        #expect(screen.line(0) == "Results · Test CRC · overall: 9 → Good")
        #expect(screen.line(12) == "  Overall: 9 → Good")
        press(&state, .escape)
        #expect(state.screen == .marking)
        press(&state, .escape, .char("r"), .escape)
        #expect(state.screen == .cases)
    }

    @Test func recordedRatingsShowBesideTheComputedOnes() {
        var inspection = Fixtures.inspection
        inspection.record.ratings["2.1"] = RecordedRating(rating: .good, reason: "Strong on engagement")
        var state = AppState(inspection: inspection, inspector: "tester")
        press(&state, .char("r"))
        let screen = render(state)
        #expect(screen.line(6) == "    recorded by discretion: Good: Strong on engagement")
    }

    @Test func scrollsWithinItsLines() {
        var state = Fixtures.state(width: 40, height: 12)
        press(&state, .char("r"), .char("G"))
        #expect(state.results.scroll == ResultsPage.lineCount(state) - 8)
        press(&state, .pageDown, .char("j"))
        #expect(state.results.scroll == ResultsPage.lineCount(state) - 8)
        press(&state, .char("g"), .char("k"), .pageUp)
        #expect(state.results.scroll == 0)
    }
}
