import Testing
import CasemarkModel

/// What a framework file can say beyond the 2018 shape: a standard outside the overall score, a
/// standard rated by the lead in any domain, and overall bands that must cover exactly the scores
/// the counted standards can add up to.
@Suite struct CountedStandardsTests {
    /// The test framework with 4.2 rated by the lead (domain three) and outside the overall
    /// score, and bands re-cut for the nine standards that count (0–27).
    static func withOneOutside() -> Framework {
        var f = TestFramework.make()
        let last = f.standards.count - 1
        f.standards[last].ratedFrom = .evidence
        f.standards[last].sample = nil
        f.standards[last].countsTowardOverall = false
        f.overall.bands = [
            ScoreBand(minimumScore: 0, maximumScore: 4, band: .inadequate),
            ScoreBand(minimumScore: 5, maximumScore: 13, band: .requiresImprovement),
            ScoreBand(minimumScore: 14, maximumScore: 22, band: .good),
            ScoreBand(minimumScore: 23, maximumScore: 27, band: .outstanding),
        ]
        return f
    }

    @Test("a lead-rated standard outside domain one and outside the overall score is a sound framework")
    func sound() {
        let f = Self.withOneOutside()
        #expect(f.problems().isEmpty)
        #expect(f.countedStandards.count == 9)
        #expect(f.maximumScore == 27)
        #expect(f.markedKeyQuestions.allSatisfy { !$0.id.hasPrefix("4.2.") })
    }

    @Test("a standard outside the overall score is in none of its figures: rated, total, score or maximum")
    func overallLeavesItOut() {
        let f = Self.withOneOutside()
        func overall(_ rating: (Standard) -> Band?) -> OverallResult {
            let standards = f.standards.map { s in
                StandardResult(
                    id: s.id, ratedFrom: s.ratedFrom, computed: nil,
                    recorded: rating(s).map { RecordedRating(rating: $0, reason: "r") }, limitingKeyQuestions: [],
                    countsTowardOverall: s.countsTowardOverall)
            }
            return OverallResult(standards: standards, scheme: f.overall)
        }
        // Every counted standard Good, the one outside unrated: complete, 18 of 27 → Good.
        let unratedOutside = overall { $0.countsTowardOverall ? .good : nil }
        #expect(unratedOutside.score == 18)
        #expect(unratedOutside.band == .good)
        #expect(unratedOutside.totalStandards == 9)
        #expect(unratedOutside.maximumScore == 27)
        // Rating it Outstanding changes nothing.
        #expect(overall { $0.countsTowardOverall ? .good : .outstanding } == unratedOutside)
        // Nothing rated: "0 of 9 rated".
        #expect(overall { _ in nil }.summary == "0 of 9 rated")
        // And through Scoring, which carries the framework's word to each standard's result.
        let results = Scoring(framework: f).results(ratings: [:])
        #expect(results.standard("4.2")?.countsTowardOverall == false)
        #expect(results.overall.summary == "0 of 9 rated")
    }

    @Test("bands written for ten standards in a framework that counts nine: the score beyond the maximum is named")
    func bandsBeyondTheMaximum() {
        var f = Self.withOneOutside()
        f.overall.bands = TestFramework.make().overall.bands  // 0–30
        let problems = f.problems()
        #expect(problems.contains {
            $0.field == "overall.bands[3].maximumScore" && $0.message.contains("30 is beyond the highest score")
                && $0.message.contains("9 standards") && $0.message.contains("0 to 27")
        })
    }

    @Test("overlapping overall bands are named with both bands")
    func overlap() {
        var f = TestFramework.make()
        f.overall.bands[1].minimumScore = 4  // 4–5 in two bands
        #expect(f.problems().contains {
            $0.field == "overall.bands[1]" && $0.message.contains("scores 4–5 are also in overall.bands[0]")
        })
    }

    @Test("a band upside down, one below zero, and bands that stop short are each named")
    func badBands() {
        var f = TestFramework.make()
        f.overall.bands[2] = ScoreBand(minimumScore: 25, maximumScore: 16, band: .good)
        f.overall.bands[0].minimumScore = -1
        f.overall.bands[3].maximumScore = 28
        let problems = f.problems()
        #expect(problems.contains { $0.field == "overall.bands[2]" && $0.message.contains("above maximumScore") })
        #expect(problems.contains { $0.field == "overall.bands[0].minimumScore" })
        #expect(problems.contains { $0.field == "overall.bands" && $0.message.contains("16 to 25") })
        #expect(problems.contains { $0.field == "overall.bands" && $0.message.contains("29 to 30") })
    }

    @Test("a framework in which no standard counts is refused")
    func noneCounts() {
        var f = TestFramework.make()
        for i in f.standards.indices { f.standards[i].countsTowardOverall = false }
        #expect(f.problems().contains { $0.field == "standards" && $0.message.contains("countsTowardOverall") })
    }
}
