import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A large inspection: counts in the thousands are shown whole on every results layout; the
/// wording, the gauge or the counts column as a whole give way, never part of a number.
@Suite struct LargeCountsTests {
    /// `count` case-supervision cases answered in a fixed pattern, half of them Chloé Duval's (PO
    /// and PSO).
    static func state(cases count: Int, width: Int, height: Int, officer: String? = nil) -> AppState {
        let judgements: [Judgement?] = [.yes, .yes, .no, .yes, .notApplicable, .no, nil]
        let cases = (0..<count).map { i in
            Case(id: "B-\(i)", sample: "case-supervision",
                 responsibleOfficer: ResponsibleOfficer(
                    name: i % 2 == 0 ? "Chloé Duval" : "Jack O'Neill", grade: i % 4 == 0 ? "PO" : "PSO"),
                 attributes: ["rosh_issues_apply": "Y"],
                 answers: ["2.1.1": Fixtures.answer(judgements[i % 7]), "2.1.2": Fixtures.answer(judgements[(i * 3) % 7]),
                           "2.2.1": Fixtures.answer(judgements[(i + 2) % 7])])
        }
        let inspection = Inspection(record: Fixtures.inspection.record, framework: Fixtures.framework, cases: cases)
        return AppState(inspection: inspection, inspector: "tester", readOnly: officer != nil, officer: officer,
                        width: width, height: height)
    }

    /// "1234/5678" or "1234 of 5678" for every key question with answers.
    static func counts(_ scoring: Scoring, separator: String) -> [String: String] {
        var all: [String: String] = [:]
        for kq in ["2.1.1", "2.1.2", "2.2.1"] {
            let tally = scoring.tally(kq)
            all[kq] = "\(tally.yes)\(separator)\(tally.applicable)"
        }
        return all
    }

    /// No number on screen runs into an ellipsis ("1324/1…").
    static func expectNoCutNumber(_ lines: [String], _ comment: Comment) {
        for line in lines {
            let characters = Array(line)
            for (i, c) in characters.enumerated() where c == "…" && i > 0 {
                #expect(!(characters[i - 1].isNumber || characters[i - 1] == "/"), "\(comment): \(line)")
            }
        }
    }

    @Test(arguments: [(80, 24), (40, 12), (60, 16), (70, 20)])
    func theTableShowsEveryCountWhole(size: (Int, Int)) {
        var state = Self.state(cases: 7_000, width: size.0, height: size.1)
        press(&state, .char("r"))
        let lines = render(state).lines
        Self.expectNoCutNumber(lines, "\(size)")
        for (kq, counts) in Self.counts(state.session.scoring, separator: "/") {
            #expect(counts.count == 9, "the fixture's counts are in the thousands")
            #expect(lines.contains { $0.hasPrefix("  \(kq)") && $0.contains(" \(counts) ") }, "\(kq) \(counts) at \(size)")
        }
    }

    @Test func at80ColumnsTheWordingGivesWayToTheCounts() {
        var state = Self.state(cases: 7_000, width: 80, height: 24)
        press(&state, .char("r"))
        let line = render(state).lines.first { $0.hasPrefix("  2.1.1") }
        // Too narrow for the whole wording: the words that tell 2.1.1 from 2.1.2 are kept, cut.
        #expect(line == "  2.1.1  …engaging the service u… 3000/5000  60% ██████░░░░ Requires improvement")
    }

    @Test func at40ColumnsTheGaugeGivesWaySoTheBandCanBeRead() {
        var state = Self.state(cases: 7_000, width: 40, height: 12)
        press(&state, .char("r"))
        let lines = render(state).lines
        #expect(lines[1] == "           Yes/app    % Band")
        // The standards' titles where their key questions' figures are.
        #expect(lines[3].hasPrefix("2.1      Assessment"))
        #expect(!lines.joined().contains("█"))
    }

    @Test(arguments: [(80, 24), (40, 12), (120, 40)])
    func anOfficerBesideTheSampleShowsEveryCountWhole(size: (Int, Int)) {
        var state = Self.state(cases: 7_000, width: size.0, height: size.1, officer: "Chloé Duval")
        press(&state, .char("r"))
        let lines = render(state).lines
        Self.expectNoCutNumber(lines, "\(size)")
        guard let officerScoring = state.session.officerScoring, size.0 >= 80 else { return }
        for (kq, counts) in Self.counts(state.session.scoring, separator: " of ") {
            let theirs = Self.counts(officerScoring, separator: " of ")[kq] ?? ""
            #expect(lines.contains { $0.hasPrefix("  \(kq)") && $0.contains(counts) && $0.contains(theirs) }, "\(kq) at \(size)")
        }
    }

    @Test func theOfficersHeadingDropsTheGradeBeforeCuttingTheCount() {
        var state = Self.state(cases: 7_000, width: 80, height: 24, officer: "Chloé Duval")
        press(&state, .char("r"))
        #expect(render(state).line(1).contains("Chloé Duval (3500 cases)"), "\(render(state).line(1))")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theBreakdownsShowEveryCountWhole(size: (Int, Int)) {
        var state = Self.state(cases: 7_000, width: size.0, height: size.1)
        press(&state, .char("r"))
        for _ in 0..<3 {
            press(&state, .char("b"))
            Self.expectNoCutNumber(render(state).lines, "\(state.results.mode) at \(size)\n\(render(state).lines.joined(separator: "\n"))")
        }
    }
}
