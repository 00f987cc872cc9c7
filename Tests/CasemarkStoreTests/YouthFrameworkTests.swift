import Foundation
import Testing
import CasemarkModel
@testable import CasemarkStore

/// The built-in youth justice framework: its shape as docs/ratings.md describes it (ids fixed:
/// users' folders and scripts name them), and its overall rule on
/// every score it can reach.
@Suite struct YouthFrameworkTests {
    static let youth: Framework = try! FrameworkLibrary.framework(id: "hmip-youth-justice-2021")!

    @Test("it is built in under its fixed id, beside the 2018 framework, and has no problems")
    func builtIn() throws {
        #expect(FrameworkLibrary.bundledIDs == ["hmip-probation-2018", "hmip-youth-justice-2021"])
        #expect(Self.youth.id == "hmip-youth-justice-2021")
        #expect(Self.youth.problems().isEmpty)
        #expect(try FrameworkLibrary.allBundled().map(\.id) == FrameworkLibrary.bundledIDs)
    }

    @Test("thirteen standards: 1.1–1.4 and 3.4 and 4.1 rated by the lead, 2.1–2.4 on court disposals, 3.1–3.3 on out-of-court disposals")
    func standards() {
        let f = Self.youth
        #expect(f.standards.map(\.id) == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1"])
        #expect(f.standards.map(\.title) == [
            "Governance and leadership", "Staff", "Partnerships and services", "Information and facilities",
            "Assessment", "Planning", "Implementation and delivery", "Reviewing",
            "Assessment", "Planning", "Implementation and delivery", "Out-of-court disposal policy and provision",
            "Resettlement policy and provision",
        ])
        #expect(f.samples.map(\.id) == ["court-disposals", "out-of-court-disposals"])
        let lead = f.standards.filter { $0.ratedFrom == .evidence }.map(\.id)
        #expect(lead == ["1.1", "1.2", "1.3", "1.4", "3.4", "4.1"])
        #expect(f.standards(forSample: "court-disposals").map(\.id) == ["2.1", "2.2", "2.3", "2.4"])
        #expect(f.standards(forSample: "out-of-court-disposals").map(\.id) == ["3.1", "3.2", "3.3"])
        #expect(f.standard("3.4")?.domain == "3")
    }

    @Test("each case-marked standard asks three key questions, x.s.1–x.s.3: desistance, the child's safety, other people's safety")
    func keyQuestions() {
        let f = Self.youth
        for standard in f.standards where standard.ratedFrom == .cases {
            #expect(standard.keyQuestions.map(\.id) == ["1", "2", "3"].map { "\(standard.id).\($0)" })
            let texts = standard.keyQuestions.map(\.text)
            #expect(texts[0].contains("desistance"))
            #expect(texts[1].contains("the child") && texts[1].contains("safe"))
            #expect(texts[2].contains("other people"))
            #expect(standard.keyQuestions.allSatisfy { !$0.prompts.isEmpty })
        }
        #expect(f.markedKeyQuestions.count == 21)
        // No case attribute takes a key question out: every case is asked all three.
        #expect(f.markedKeyQuestions.allSatisfy { $0.notApplicableWhen == nil })
    }

    @Test("wording not from a source says so: every key question unverified, prompts found in HMIP's guide only on court cases")
    func verification() {
        let f = Self.youth
        #expect(f.markedKeyQuestions.allSatisfy { $0.verified == false })
        let prompts = f.markedKeyQuestions.flatMap { kq in kq.prompts.map { (kq.id, $0) } }
        #expect(prompts.allSatisfy { ["substance", "unverified"].contains($0.1.verification) })
        let found = Set(prompts.filter { $0.1.verification == "substance" }.map(\.0))
        #expect(found == ["2.1.1", "2.1.2", "2.2.2", "2.3.1", "2.4.1"])
        #expect(f.overall.verified == false)
        // Lead-rated standards' statements are not from a source.
        #expect(f.standards.filter { $0.ratedFrom == .evidence }.allSatisfy { $0.verified == false })
    }

    @Test("4.1 Resettlement is rated but outside the overall score: twelve standards count, 0–36")
    func resettlementOutside() {
        let f = Self.youth
        #expect(f.standards.filter { !$0.countsTowardOverall }.map(\.id) == ["4.1"])
        #expect(f.countedStandards.count == 12)
        #expect(f.maximumScore == 36)
    }

    /// Ratings for the twelve counted standards adding up to `score`, and `resettlement` for 4.1.
    static func results(score: Int, resettlement: Band?) -> OverallResult {
        var remaining = score
        let standards = Self.youth.standards.map { s -> StandardResult in
            var band: Band? = resettlement
            if s.countsTowardOverall {
                let points = min(3, remaining)
                remaining -= points
                band = [Band.inadequate, .requiresImprovement, .good, .outstanding][points]
            }
            return StandardResult(
                id: s.id, ratedFrom: s.ratedFrom, computed: nil,
                recorded: band.map { RecordedRating(rating: $0, reason: "r") }, limitingKeyQuestions: [],
                countsTowardOverall: s.countsTowardOverall)
        }
        #expect(remaining == 0)
        return OverallResult(standards: standards, scheme: Self.youth.overall)
    }

    @Test("the overall rule on every score 0–36: 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding, whatever 4.1 is rated")
    func everyScore() {
        for score in 0...36 {
            let expected: Band = switch score {
            case 0...6: .inadequate
            case 7...18: .requiresImprovement
            case 19...30: .good
            default: .outstanding
            }
            #expect(Self.youth.overall.band(forScore: score) == expected, "score \(score)")
            for resettlement in [nil, Band.inadequate, .outstanding] {
                let overall = Self.results(score: score, resettlement: resettlement)
                #expect(overall.score == score)
                #expect(overall.band == expected, "score \(score), 4.1 \(String(describing: resettlement))")
                #expect(overall.ratedStandards == 12 && overall.totalStandards == 12 && overall.maximumScore == 36)
            }
        }
        #expect(Self.youth.overall.band(forScore: 37) == nil)
    }

    @Test("before every counted standard is rated: n of 12 rated; 4.1 rated alone changes nothing")
    func notYetRated() {
        let scoring = Scoring(framework: Self.youth)
        #expect(scoring.results(ratings: [:]).overall.summary == "0 of 12 rated")
        let onlyResettlement = scoring.results(ratings: ["4.1": RecordedRating(rating: .good, reason: "r")])
        #expect(onlyResettlement.overall.summary == "0 of 12 rated")
        #expect(onlyResettlement.standard("4.1")?.rating == .good)
    }

    @Test("the shipped file is the generator's output and reads back to the same framework when encoded")
    func shippedFile() throws {
        let data = try #require(try FrameworkLibrary.bundledData(id: "hmip-youth-justice-2021"))
        #expect(try FrameworkLibrary.decode(data, file: "youth.json") == Self.youth)
        #expect(try FrameworkLibrary.decode(try JSONCoding.encode(Self.youth), file: "again.json") == Self.youth)
    }
}

/// docs/ratings.md's youth worked example (Wealdmoor), computed: every figure the page gives.
@Suite struct YouthWorkedExampleTests {
    /// Key question → (yes, no, not applicable), in the order cases are numbered.
    static let counts: [String: (Int, Int, Int)] = [
        "2.1.1": (30, 10, 0), "2.1.2": (28, 12, 0), "2.1.3": (26, 14, 0),
        "2.2.1": (29, 11, 0), "2.2.2": (24, 16, 0), "2.2.3": (27, 13, 0),
        "2.3.1": (33, 7, 0), "2.3.2": (27, 12, 1), "2.3.3": (28, 12, 0),
        "2.4.1": (19, 11, 10), "2.4.2": (16, 14, 10), "2.4.3": (14, 16, 10),
        "3.1.1": (17, 3, 0), "3.1.2": (16, 4, 0), "3.1.3": (17, 3, 0),
        "3.2.1": (15, 5, 0), "3.2.2": (14, 6, 0), "3.2.3": (16, 4, 0),
        "3.3.1": (16, 4, 0), "3.3.2": (13, 7, 0), "3.3.3": (15, 5, 0),
    ]

    static func cases() -> [Case] {
        func sample(_ id: String, prefix: String, count: Int, standards: String) -> [Case] {
            (0..<count).map { i in
                var answers: [String: Answer] = [:]
                for (kq, (yes, no, na)) in counts where kq.hasPrefix(standards) {
                    let judgement: Judgement? = i < yes ? .yes : i < yes + no ? .no : i < yes + no + na ? .notApplicable : nil
                    if let judgement { answers[kq] = Answer(answer: judgement) }
                }
                return Case(id: "\(prefix)-\(i)", sample: id, responsibleOfficer: ResponsibleOfficer(name: "Officer \(i % 4)"), answers: answers)
            }
        }
        return sample("court-disposals", prefix: "C", count: 40, standards: "2.")
            + sample("out-of-court-disposals", prefix: "O", count: 20, standards: "3.")
    }

    @Test("Wealdmoor: computed ratings, discretion on 2.4, 4.1 Inadequate outside the score, 23 of 36 → Good")
    func wealdmoor() {
        let youth = YouthFrameworkTests.youth
        let scoring = Scoring(framework: youth, cases: Self.cases())
        let percents: [String: Int] = [
            "2.2.1": 73, "2.2.3": 68, "2.3.1": 83, "2.3.2": 69, "2.4.1": 63, "2.4.2": 53, "2.4.3": 47,
        ]
        for (kq, percent) in percents { #expect(scoring.keyQuestionResult(kq).percent == percent, "\(kq)") }
        func r(_ band: Band) -> RecordedRating { RecordedRating(rating: band, reason: "r") }
        let computed = scoring.results(ratings: [:])
        let expected: [String: Band] = [
            "2.1": .good, "2.2": .requiresImprovement, "2.3": .good, "2.4": .inadequate,
            "3.1": .outstanding, "3.2": .good, "3.3": .good,
        ]
        for (id, band) in expected { #expect(computed.standard(id)?.computed == band, "\(id)") }
        var ratings: [String: RecordedRating] = [
            "1.1": r(.good), "1.2": r(.good), "1.3": r(.requiresImprovement), "1.4": r(.good),
            "2.4": r(.requiresImprovement), "3.4": r(.outstanding), "4.1": r(.inadequate),
        ]
        let results = scoring.results(ratings: ratings)
        #expect(results.overall.score == 23)
        #expect(results.overall.band == .good)
        #expect(results.overall.summary == "23 → Good")
        ratings["4.1"] = r(.outstanding)
        #expect(scoring.results(ratings: ratings).overall.score == 23)
        ratings["2.4"] = nil
        #expect(scoring.results(ratings: ratings).overall.score == 22)
    }
}
