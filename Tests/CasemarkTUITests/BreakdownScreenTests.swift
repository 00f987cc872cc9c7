import CasemarkModel
import Testing

@testable import CasemarkTUI

/// `b` on the results: the whole inspection by officer grade, by officer, by sample (issue 6).
@Suite struct BreakdownScreenTests {
    @Test func bGoesRoundGradeOfficerSampleAndBack() {
        var state = Fixtures.state()
        press(&state, .char("r"))
        var seen: [ResultsMode] = []
        for _ in 0..<4 {
            press(&state, .char("b"))
            seen.append(state.results.mode)
        }
        #expect(seen == [.breakdown(.grade), .breakdown(.officer), .breakdown(.sample), .table])
        #expect(state.status.text == "back to the results table")
    }

    @Test func byGradeAt80x24() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .char("r"), .char("b"))
        #expect(render(state).lines == [
            "Results by officer grade · whole inspection, 5 cases                   READ-ONLY",
            "    Group (cases)    Yes/app    %            Band                  Diff",
            "2.1 Assessment",
            "    PO (4)                                   ~Requires improvement",
            "    PSO (1)                                  ~Inadequate",
            "    Whole sample (5)                         Requires improvement",
            "  2.1.1 Does assessment focus sufficiently on engaging the service user?",
            "    PO (4)            2 of 2 100% ██████████ ~Outstanding           +33",
            "    PSO (1)           0 of 1   0% ░░░░░░░░░░ ~Inadequate            −67",
            "    Whole sample (5)  2 of 3  67% ███████░░░ Good",
            "  2.1.2 Does assessment focus sufficiently on keeping other people safe?",
            "    PO (4)            1 of 2  50% █████░░░░░ ~Requires improvement    0",
            "    PSO (1)                —    — ··········",
            "    Whole sample (5)  1 of 2  50% █████░░░░░ Requires improvement",
            "2.2 Planning",
            "    PO (4)                                   ~Outstanding",
            "    PSO (1)                                  —",
            "    Whole sample (5)                         Outstanding",
            "  2.2.1 Does planning focus sufficiently on engaging the service user?",
            "    PO (4)            1 of 1 100% ██████████ ~Outstanding             0",
            "    PSO (1)                —    — ··········",
            "~ indicative: under 10 applicable cases · Diff: points from the whole sample",
            "the whole inspection by officer grade (b: next)",
            "o officer  b breakdown  ? help  Esc back  q quit",
        ])
    }

    /// The figures on screen agree with yes and no counted here from the cases themselves.
    @Test(arguments: [BreakdownDimension.grade, .officer])
    func everyGroupLineMatchesCountsMadeByHand(_ dimension: BreakdownDimension) {
        var state = Fixtures.state(width: 100, height: 200, readOnly: true)
        press(&state, .char("r"), .char("b"))
        if dimension == .officer { press(&state, .char("b")) }
        let lines = render(state).lines
        func group(_ c: Case) -> String {
            dimension == .grade ? (c.responsibleOfficer.grade ?? "") : c.responsibleOfficer.name
        }
        for kq in ["2.1.1", "2.1.2"] {
            guard let heading = lines.firstIndex(where: { $0.hasPrefix("  \(kq) ") }) else {
                Issue.record("no \(kq)")
                continue
            }
            for name in Set(Fixtures.cases.map(group)) {
                let members = Fixtures.cases.filter { group($0) == name && $0.sample == "case-supervision" }
                let yes = members.filter { $0.answers[kq]?.answer == .yes }.count
                let no = members.filter { $0.answers[kq]?.answer == .no }.count
                let line = lines[(heading + 1)...].first { $0.hasPrefix("    \(name) (") } ?? ""
                if yes + no == 0 {
                    #expect(line.contains("—    —"), "\(kq) \(name): \(line)")
                } else {
                    let percent = (200 * yes + yes + no) / (2 * (yes + no))
                    #expect(line.contains("\(yes) of \(yes + no) \(String(repeating: " ", count: max(0, 3 - String(percent).count)))\(percent)%"),
                            "\(kq) \(name): \(line)")
                }
            }
        }
    }

    @Test func byOfficerMarksTheChosenOfficer() {
        var state = Fixtures.state(width: 80, height: 40, readOnly: true, officer: "Chloé Duval")
        press(&state, .char("r"), .char("b"), .char("b"))
        let lines = render(state).lines
        #expect(lines[0].hasPrefix("Results by responsible officer · whole inspection, 5 cases"))
        #expect(lines.contains("    • Chloé Duval (2)  1 of 1 100% ██████████ ~Outstanding           +33"))
        #expect(lines.contains("    Ines Sørensen (1)  0 of 1   0% ░░░░░░░░░░ ~Inadequate            −67"))
    }

    @Test func bySampleShowsEachSampleWhereItIsMarked() {
        var state = Fixtures.state(width: 80, height: 40, readOnly: true)
        press(&state, .char("r"), .char("b"), .char("b"), .char("b"))
        let lines = render(state).lines
        #expect(lines[0].hasPrefix("Results by sample · whole inspection, 5 cases"))
        // 2.1.1 is marked only on case supervision: that one group, and no whole-sample line that repeats it.
        let heading = lines.firstIndex { $0.hasPrefix("  2.1.1 ") }!
        #expect(lines[heading + 1] == "    Case supervision (4)  2 of 3  67% ███████░░░ Good")
        #expect(lines[heading + 2].hasPrefix("  2.1.2 "))
        let unpaid = lines.firstIndex { $0.hasPrefix("  4.1.1 ") }!
        #expect(lines[unpaid + 1].hasPrefix("    Unpaid work (1)"))
    }
}
