import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The results with an officer chosen: their figures beside the whole sample's (issue 6).
/// Fixtures: Chloé Duval holds CS-001 (2.1.1 yes, 2.1.2 no) and UW-001 (nothing answered); the
/// whole sample has 2.1.1 yes, no, yes (2 of 3) and 2.1.2 no, yes (1 of 2).
@Suite struct ComparisonScreenTests {
    @Test func anOfficerBesideTheSampleAt80x24() {
        var state = Fixtures.state(readOnly: true, officer: "chloé duval")
        press(&state, .char("r"))
        #expect(render(state).lines == [
            "Results · Chloé Duval beside the whole sample                          READ-ONLY",
            "         Chloé Duval (PO, 2 cases)    │ Whole sample (5 cases)",
            "         Yes/app    %            Band │ Yes/app    %            Band Diff",
            "2.1      Assessment              ~IN  │                         RI",
            "  2.1.1   1 of 1 100% ██████████ ~OS  │  2 of 3  67% ███████░░░ GD    +33",
            "  2.1.2   0 of 1   0% ░░░░░░░░░░ ~IN  │  1 of 2  50% █████░░░░░ RI    −50",
            "2.2      Planning                —    │                         OS",
            "  2.2.1        —    — ··········      │  1 of 1 100% ██████████ OS",
            "  2.2.3        —    — ··········      │  1 of 1 100% ██████████ OS",
            "4.1      Unpaid work             —    │                         —",
            "  4.1.1        —    — ··········      │       —    — ··········",
            "",
            "Overall (whole inspection): 3 of 4 rated",
            "Standard bands are computed from each side's own cases.",
            "",
            "",
            "",
            "",
            "",
            "",
            "OS Outstanding · GD Good · RI Requires improvement · IN Inadequate",
            "~ indicative: under 10 applicable cases · Diff: officer's % minus sample's",
            "",
            "o officer  b breakdown  ? help  Esc back  q quit",
        ])
    }

    @Test func anOfficerBesideTheSampleAt120x40ShowsTheWording() {
        var state = Fixtures.state(width: 120, height: 40, readOnly: true, officer: "Chloé Duval")
        press(&state, .char("r"))
        let lines = render(state).lines
        #expect(Array(lines.prefix(11)) == [
            "Results · Chloé Duval beside the whole sample                                                                  READ-ONLY",
            "                                                        Chloé Duval (PO, 2 cases)    │ Whole sample (5 cases)",
            "Standard / key question                                 Yes/app    %            Band │ Yes/app    %            Band Diff",
            "2.1      Assessment                                                             ~IN  │                         RI",
            "  2.1.1  …engaging the service user?                     1 of 1 100% ██████████ ~OS  │  2 of 3  67% ███████░░░ GD    +33",
            "  2.1.2  …keeping other people safe?                     0 of 1   0% ░░░░░░░░░░ ~IN  │  1 of 2  50% █████░░░░░ RI    −50",
            "2.2      Planning                                                               —    │                         OS",
            "  2.2.1  …engaging the service user?                          —    — ··········      │  1 of 1 100% ██████████ OS",
            "  2.2.3  …keeping other people safe?                          —    — ··········      │  1 of 1 100% ██████████ OS",
            "4.1      Unpaid work                                                            —    │                         —",
            "  4.1.1  Does assessment focus on the key issues relev…       —    — ··········      │       —    — ··········",
        ])
        // Everything fits at once: no scrolling, and the legend on one line.
        #expect(lines[36] == "OS Outstanding · GD Good · RI Requires improvement · IN Inadequate · ~ indicative: under 10 applicable cases")
        #expect(lines[37] == "Diff: officer's % minus sample's")
        #expect(ResultsPage.lineCount(state) <= ResultsPage.bodyHeight(state))
    }

    @Test func gaugesAndBandsAreInTheBandsColours() {
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        press(&state, .char("r"))
        let screen = render(state)
        // 2.1.1: the officer's gauge and band Outstanding, the sample's Good.
        #expect(screen[22, 4].character == "█" && screen[22, 4].style.role == .band(.outstanding))
        #expect(screen[53, 4].character == "█" && screen[53, 4].style.role == .band(.good))
        #expect(screen[33, 4].character == "~" && screen[33, 4].style.dim, "an indicative band is marked, not only coloured")
    }

    /// An officer holding `count` cases, every one answered yes on 2.1.1, among others answered no.
    static func state(officerCases count: Int) -> AppState {
        let mine = (0..<count).map {
            Case(id: "M-\($0)", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Mo Tester", grade: "PSO"),
                 answers: ["2.1.1": Fixtures.answer(.yes)])
        }
        let others = (0..<10).map {
            Case(id: "O-\($0)", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Other", grade: "PO"),
                 answers: ["2.1.1": Fixtures.answer($0 < 4 ? .yes : .no)])
        }
        let inspection = Inspection(record: InspectionRecord(provider: "Test CRC", framework: "test-2018"),
                                    framework: Fixtures.framework, cases: mine + others)
        var state = AppState(inspection: inspection, inspector: "tester", readOnly: true, officer: "mo tester", width: 80, height: 24)
        press(&state, .char("r"))
        return state
    }

    @Test func smallNumbersAreShownAsTheyAreAndTheBandAsIndicative() {
        // 2 of 2: 100%, but only indicative. The sample: 6 of 12 = 50%, 50 points below.
        let line = render(Self.state(officerCases: 2)).line(4)
        #expect(line == "  2.1.1   2 of 2 100% ██████████ ~OS  │ 6 of 12  50% █████░░░░░ RI    +50")
    }

    @Test func theIndicativeMarkGoesAtTheThreshold() {
        #expect(Indicative.minimumApplicableCases == 10)
        #expect(render(Self.state(officerCases: 9)).line(4).contains("9 of 9 100% ██████████ ~OS"))
        #expect(render(Self.state(officerCases: 10)).line(4).contains("10 of 10 100% ██████████ OS "))
    }

    @Test func withoutAnOfficerTheTableIsTheWholeSamplesAlone() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .char("r"))
        #expect(render(state).line(0) == "Results · Test CRC · overall: 3 of 4 rated                             READ-ONLY")
        #expect(!render(state).lines.joined().contains("│"))
    }

    /// At 40×12 the figures keep their counts (issue 12.8): a percent of one case is not a percent
    /// of ten. The counts go short ("1/1"), and the Diff column gives way instead.
    @Test func narrowsTo40x12KeepingTheCounts() {
        var state = Fixtures.state(width: 40, height: 12, readOnly: true, officer: "Chloé Duval")
        press(&state, .char("r"))
        #expect(render(state).lines == [
            "Results · Chloé Duval beside…  READ-ONLY",
            "         Chloé Duv… (2)│ Sample (5)",
            "         Y/a    % Band │ Y/a    % Band",
            "2.1      Assessm… ~IN  │          RI",
            "  2.1.1  1/1 100% ~OS  │ 2/3  67% GD",
            "  2.1.2  0/1   0% ~IN  │ 1/2  50% RI",
            "2.2      Planning —    │          OS",
            "  2.2.1    —    —      │ 1/1 100% OS",
            "  2.2.3    —    —      │ 1/1 100% OS",
            "4.1      Unpaid … —    │          —",
            "",
            "o officer  ? help  Esc back  q quit",
        ])
    }

    /// With a sample the size of London's ("112/148"), the officer's counts are the ones kept.
    @Test func atFortyColumnsTheOfficersCountsAreKeptLast() {
        let london = ComparisonView.Columns(width: 40, counts: 10, officerShort: 5, sampleShort: 7)
        #expect(london.officer.counts == 5 && london.officer.shortCounts)
        #expect(london.sample.counts == 0)
        #expect(london.width <= 40)
        let small = ComparisonView.Columns(width: 40, counts: 7, officerShort: 3, sampleShort: 3)
        #expect(small.officer.counts == 3 && small.sample.counts == 3 && small.diff == 0)
        let wide = ComparisonView.Columns(width: 80, counts: 7, officerShort: 3, sampleShort: 3)
        #expect(wide.officer.counts == 7 && !wide.officer.shortCounts && wide.diff == 4)
    }

    @Test func theOfficersFiguresFollowAnEditWhenMarking() {
        // --officer with --edit: the officer's own counts move with the answers, as the sample's do.
        var state = Fixtures.state(officer: "Chloé Duval")
        press(&state, .enter)  // CS-001, at its first unanswered key question (2.2.1)
        press(&state, .char("y"))
        #expect(state.session.officerScoring?.tally("2.2.1") == Tally(yes: 1, unanswered: 0))
        #expect(state.session.scoring.tally("2.2.1") == Tally(yes: 2, unanswered: 2))
        press(&state, .char("r"))
        #expect(render(state).line(7) == "  2.2.1   1 of 1 100% ██████████ ~OS  │  2 of 2 100% ██████████ OS      0")
    }
}
