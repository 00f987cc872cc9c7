import Testing
import CasemarkModel
import CasemarkTestSupport

/// Scoring.replace must give the same counts as counting every case again, whatever the edits.
@Suite struct IncrementalScoringTests {
    let framework = TestFramework.make()

    func randomCase(_ id: String, using rng: inout SplitMix64) -> Case {
        let samples = ["case-supervision", "unpaid-work", "through-the-gate"]
        let sample = samples.randomElement(using: &rng)!
        return Case(
            id: id, sample: sample, responsibleOfficer: ResponsibleOfficer(name: "O\(Int.random(in: 0..<4, using: &rng))"),
            attributes: randomAttributes(using: &rng), answers: randomAnswers(for: sample, using: &rng))
    }

    func randomAttributes(using rng: inout SplitMix64) -> [String: String] {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: [:]
        case 1: ["rosh_issues_apply": "Y"]
        case 2: ["rosh_issues_apply": "N"]
        default: ["rosh_issues_apply": ""]
        }
    }

    func randomJudgement(using rng: inout SplitMix64) -> Judgement? {
        [Judgement.yes, .no, .notApplicable, nil].randomElement(using: &rng)!
    }

    func randomAnswers(for sample: String, using rng: inout SplitMix64) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for standard in framework.standards(forSample: sample) {
            for kq in standard.keyQuestions {
                if let j = randomJudgement(using: &rng) { answers[kq.id] = Answer(answer: j) }
            }
        }
        return answers
    }

    /// Counting a whole inspection at once gives what adding its cases one by one gives,
    /// including cases of a sample no standard is marked on.
    @Test func countingAllAtOnceEqualsAddingOneByOne() {
        var rng = SplitMix64(seed: 20_261_125)
        for round in 0..<50 {
            var cases = (0..<Int.random(in: 0...60, using: &rng)).map { randomCase("C-\($0)", using: &rng) }
            if round % 5 == 0 { cases.append(Case(id: "X-1", sample: "no-such-sample", responsibleOfficer: ResponsibleOfficer(name: "O"))) }
            var oneByOne = Scoring(framework: framework)
            for c in cases { oneByOne.add(c) }
            let atOnce = Scoring(framework: framework, cases: cases)
            #expect(atOnce.tallies == oneByOne.tallies, "round \(round)")
            #expect(atOnce.caseCounts == oneByOne.caseCounts, "round \(round)")
        }
    }

    /// One random edit: change or clear one answer (the marking screen's case), a note only, the
    /// attributes, or the sample.
    func edit(_ c: Case, using rng: inout SplitMix64) -> Case {
        var c = c
        let ids = framework.markedKeyQuestions.map(\.id)
        switch Int.random(in: 0..<10, using: &rng) {
        case 0:
            c.attributes = randomAttributes(using: &rng)
        case 1:
            c.sample = ["case-supervision", "unpaid-work", "through-the-gate"].randomElement(using: &rng)!
        case 2:
            let id = ids.randomElement(using: &rng)!
            c.answers[id, default: Answer()].note += "more evidence. "
        default:
            let id = ids.randomElement(using: &rng)!
            if let j = randomJudgement(using: &rng) {
                c.answers[id, default: Answer()].answer = j
            } else {
                c.answers[id] = nil
            }
        }
        return c
    }

    @Test("incremental replace equals a full recount after every one of 3,000 seeded random edits",
          arguments: [UInt64(1), 20_190_601, 0xCA5E])
    func replaceEqualsRecount(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var cases = (0..<40).map { randomCase("C-\($0)", using: &rng) }
        var scoring = Scoring(framework: framework, cases: cases)
        for step in 0..<3_000 {
            let index = Int.random(in: 0..<cases.count, using: &rng)
            let edited = edit(cases[index], using: &rng)
            scoring.replace(cases[index], with: edited)
            cases[index] = edited
            let recount = Scoring(framework: framework, cases: cases)
            if scoring.tallies != recount.tallies || scoring.caseCounts != recount.caseCounts {
                Issue.record("seed \(seed), step \(step): incremental counts differ from a recount")
                return
            }
        }
        #expect(scoring.results(ratings: [:]) == Scoring(framework: framework, cases: cases).results(ratings: [:]))
    }

    @Test("add then remove leaves every count where it was")
    func addRemove() {
        var rng = SplitMix64(seed: 7)
        let cases = (0..<20).map { randomCase("C-\($0)", using: &rng) }
        var scoring = Scoring(framework: framework, cases: cases)
        let before = scoring.tallies
        let extra = randomCase("X", using: &rng)
        scoring.add(extra)
        scoring.remove(extra)
        #expect(scoring.tallies == before)
    }
}
