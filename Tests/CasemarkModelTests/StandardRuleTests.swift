import Testing
import CasemarkModel

/// docs/ratings.md, "The rules": standards (lowest band, discretion, domain one) and the overall rating.
@Suite struct StandardRuleTests {
    let framework = TestFramework.make()

    /// Case-supervision cases whose 2.1 key questions come out at 70 %, 70 %, 40 % (Good, Good, Inadequate)
    /// and whose 2.2–2.4 key questions are all 100 % (Outstanding).
    func mixedCases() -> [Case] {
        var all: [String: Judgement?] = [:]
        for id in ["2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"] { all[id] = .yes }
        var cases: [Case] = []
        for i in 0..<10 {
            var answers = all
            answers["2.1.1"] = i < 7 ? .yes : .no
            answers["2.1.2"] = i < 7 ? .yes : .no
            answers["2.1.3"] = i < 4 ? .yes : .no
            cases += TestFramework.cases(1, prefix: "M\(i)", answers: answers)
        }
        return cases
    }

    @Test("a standard takes the lowest band: Good, Good and one Inadequate → Inadequate")
    func lowestBand() {
        let results = Scoring(framework: framework, cases: mixedCases()).results(ratings: [:])
        #expect(results.keyQuestion("2.1.1")?.band == .good)
        #expect(results.keyQuestion("2.1.3")?.band == .inadequate)
        let standard = results.standard("2.1")
        #expect(standard?.computed == .inadequate)
        #expect(standard?.rating == .inadequate)
        #expect(standard?.limitingKeyQuestions == ["2.1.3"])
        #expect(results.standard("2.2")?.computed == .outstanding)
    }

    @Test("a key question without a percentage does not pull a standard down")
    func keyQuestionWithoutPercentIgnored() {
        // 2.2.3 is outside the sub-sample for every case: 2.2 is rated from 2.2.1 and 2.2.2 alone.
        let cases = TestFramework.cases(
            4, attributes: ["rosh_issues_apply": "N"], answers: ["2.2.1": .yes, "2.2.2": .yes])
        let results = Scoring(framework: framework, cases: cases).results(ratings: [:])
        #expect(results.keyQuestion("2.2.3")?.band == nil)
        #expect(results.standard("2.2")?.computed == .outstanding)
        // A standard none of whose key questions has a percentage has no computed rating.
        #expect(results.standard("4.1")?.computed == nil)
        #expect(results.standard("4.1")?.rating == nil)
    }

    @Test("a discretion override is kept beside the computed rating, with its reason")
    func overrideBesideComputed() {
        let reason = "Wider evidence gathered about planning"
        let ratings = ["2.1": RecordedRating(rating: .requiresImprovement, reason: reason, by: "Lead", at: "2019-06-01T09:00:00Z")]
        let results = Scoring(framework: framework, cases: mixedCases()).results(ratings: ratings)
        let standard = try! #require(results.standard("2.1"))
        #expect(standard.computed == .inadequate)
        #expect(standard.recorded?.rating == .requiresImprovement)
        #expect(standard.recorded?.reason == reason)
        #expect(standard.rating == .requiresImprovement)
        #expect(standard.isDiscretion)
    }

    @Test("a recorded rating equal to the computed one is not marked as discretion")
    func overrideEqualToComputed() {
        let ratings = ["2.1": RecordedRating(rating: .inadequate, reason: "Confirmed")]
        let standard = Scoring(framework: framework, cases: mixedCases()).results(ratings: ratings).standard("2.1")
        #expect(standard?.rating == .inadequate)
        #expect(standard?.isDiscretion == false)
    }

    @Test("domain-one standards are rated only by the lead inspector, never computed")
    func domainOne() {
        let ratings = ["1.1": RecordedRating(rating: .good, reason: "Clear vision")]
        let results = Scoring(framework: framework, cases: mixedCases()).results(ratings: ratings)
        let leadership = try! #require(results.standard("1.1"))
        #expect(leadership.computed == nil)
        #expect(leadership.rating == .good)
        #expect(leadership.isDiscretion == false)
        #expect(results.standard("1.2")?.rating == nil)
        // Domain-one key questions are not marked per case, so they are not in the key-question table.
        #expect(results.keyQuestion("1.1.1") == nil)
    }

    /// Ratings for the ten standards: `bands` in framework order (1.1 … 1.4, 2.1 … 2.4, 4.1, 4.2).
    func overall(_ bands: [Band?]) -> OverallResult {
        let standards = zip(framework.standards, bands).map { standard, band in
            StandardResult(
                id: standard.id, ratedFrom: standard.ratedFrom, computed: nil,
                recorded: band.map { RecordedRating(rating: $0, reason: "r") }, limitingKeyQuestions: [])
        }
        return OverallResult(standards: standards, scheme: framework.overall)
    }

    @Test("the overall score adds 3/2/1/0 per standard; London CRC 2019 is 15 → Requires improvement")
    func overallLondon() {
        let london: [Band?] = [.good, .good, .good, .requiresImprovement,
                               .requiresImprovement, .requiresImprovement, .requiresImprovement, .requiresImprovement,
                               .good, .good]
        let result = overall(london)
        #expect(result.score == 15)
        #expect(result.band == .requiresImprovement)
        #expect(result.ratedStandards == 10)
        #expect(result.summary == "15 → Requires improvement")
    }

    @Test("overall bands: 0–5 Inadequate, 6–15 Requires improvement, 16–25 Good, 26–30 Outstanding")
    func overallBands() {
        // Build each score from Outstanding (3), Good (2), Requires improvement (1) and Inadequate (0).
        func bands(forScore score: Int) -> [Band?] {
            var remaining = score
            return (0..<10).map { _ in
                let points = min(3, remaining)
                remaining -= points
                return [Band.inadequate, .requiresImprovement, .good, .outstanding][points]
            }
        }
        let expectations: [(Int, Band)] = [
            (0, .inadequate), (5, .inadequate), (6, .requiresImprovement), (15, .requiresImprovement),
            (16, .good), (25, .good), (26, .outstanding), (30, .outstanding),
        ]
        for (score, band) in expectations {
            let result = overall(bands(forScore: score))
            #expect(result.score == score)
            #expect(result.band == band, "score \(score)")
        }
    }

    @Test("the overall rating is shown only when all ten standards are rated: otherwise n of 10 rated")
    func overallIncomplete() {
        var bands: [Band?] = Array(repeating: .good, count: 10)
        bands[3] = nil
        bands[9] = nil
        let result = overall(bands)
        #expect(result.score == nil)
        #expect(result.band == nil)
        #expect(result.isComplete == false)
        #expect(result.ratedStandards == 8)
        #expect(result.summary == "8 of 10 rated")

        // The same through Scoring: no cases and no recorded ratings → nothing rated.
        let empty = Scoring(framework: framework).results(ratings: [:]).overall
        #expect(empty.summary == "0 of 10 rated")
    }

    @Test("the overall points and bands come from the framework's data, not from code")
    func overallFromFrameworkData() {
        var scheme = framework.overall
        scheme.points["Good"] = 5
        scheme.bands = [ScoreBand(minimumScore: 0, maximumScore: 49, band: .inadequate),
                        ScoreBand(minimumScore: 50, maximumScore: 50, band: .outstanding)]
        let standards: [StandardResult] = framework.standards.map {
            StandardResult(id: $0.id, ratedFrom: $0.ratedFrom, computed: .good, recorded: nil, limitingKeyQuestions: [])
        }
        let result = OverallResult(standards: standards, scheme: scheme)
        #expect(result.score == 50)
        #expect(result.band == .outstanding)
    }
}
