import Testing
import CasemarkModel

/// docs/ratings.md, "The rules": a key question's percent and band.
@Suite struct KeyQuestionRuleTests {
    let framework = TestFramework.make()

    /// A sample of case-supervision cases with `yes` yes and `no` no answers on 2.1.1.
    func result(yes: Int, no: Int, notApplicable: Int = 0, unanswered: Int = 0) -> KeyQuestionResult {
        let cases = TestFramework.cases(yes, prefix: "Y", answers: ["2.1.1": .yes])
            + TestFramework.cases(no, prefix: "N", answers: ["2.1.1": .no])
            + TestFramework.cases(notApplicable, prefix: "A", answers: ["2.1.1": .notApplicable])
            + TestFramework.cases(unanswered, prefix: "U", answers: [:])
        return Scoring(framework: framework, cases: cases).keyQuestionResult("2.1.1")
    }

    @Test("49.5 % rounds up to 50 → Requires improvement")
    func halfUpToRequiresImprovement() {
        let r = result(yes: 99, no: 101)  // 49.5 %
        #expect(r.percent == 50)
        #expect(r.band == .requiresImprovement)
    }

    @Test("49.4 % rounds down to 49 → Inadequate")
    func downToInadequate() {
        let r = result(yes: 247, no: 253)  // 49.4 %
        #expect(r.percent == 49)
        #expect(r.band == .inadequate)
    }

    @Test("64.5 % rounds up to 65 → Good")
    func halfUpToGood() {
        let r = result(yes: 129, no: 71)  // 64.5 %
        #expect(r.percent == 65)
        #expect(r.band == .good)
    }

    @Test("64.4 % stays 64 → Requires improvement")
    func belowGood() {
        let r = result(yes: 322, no: 178)  // 64.4 %
        #expect(r.percent == 64)
        #expect(r.band == .requiresImprovement)
    }

    @Test("79.5 % rounds up to 80 → Outstanding, never 80 % beside Good")
    func halfUpToOutstanding() {
        let r = result(yes: 159, no: 41)  // 79.5 %
        #expect(r.percent == 80)
        #expect(r.band == .outstanding)
    }

    @Test("the band follows the whole-number percent at every value 0…100")
    func bandFromWholePercent() {
        for percent in 0...100 {
            let expected: Band = percent >= 80 ? .outstanding : percent >= 65 ? .good
                : percent >= 50 ? .requiresImprovement : .inadequate
            #expect(framework.band(forPercent: percent) == expected, "at \(percent) %")
        }
    }

    @Test("percent is yes/(yes+no) rounded half up, for every split of up to 60 cases")
    func roundingAgainstExactFractions() {
        for applicable in 1...60 {
            for yes in 0...applicable {
                let tally = Tally(yes: yes, no: applicable - yes)
                // Half up, worked independently: floor(yes * 100 / applicable + 0.5) in exact integers.
                let times2 = 200 * yes
                let expected = (times2 / applicable + 1) / 2
                #expect(tally.percent == expected, "\(yes) of \(applicable)")
            }
        }
    }

    @Test("not applicable and unanswered are outside the denominator")
    func notApplicableAndUnansweredOutside() {
        let r = result(yes: 3, no: 1, notApplicable: 5, unanswered: 2)
        #expect(r.tally == Tally(yes: 3, no: 1, notApplicable: 5, unanswered: 2))
        #expect(r.percent == 75)
        #expect(r.band == .good)
    }

    @Test("a key question with no applicable answers has no percent and no band")
    func noApplicableAnswers() {
        let r = result(yes: 0, no: 0, notApplicable: 4, unanswered: 3)
        #expect(r.percent == nil)
        #expect(r.band == nil)
        let empty = Scoring(framework: framework).keyQuestionResult("2.1.1")
        #expect(empty.percent == nil)
        #expect(empty.band == nil)
    }

    @Test("rosh_issues_apply N puts 2.2.3 outside the sub-sample, even over an answer")
    func attributeMakesNotApplicable() {
        let inSubSample = TestFramework.cases(
            3, prefix: "R", attributes: ["rosh_issues_apply": "Y"], answers: ["2.2.3": .yes, "2.2.1": .yes])
        let outside = TestFramework.cases(
            5, prefix: "S", attributes: ["rosh_issues_apply": "N"], answers: ["2.2.3": .no, "2.2.1": .no])
        let scoring = Scoring(framework: framework, cases: inSubSample + outside)
        let subSample = scoring.keyQuestionResult("2.2.3")
        #expect(subSample.tally == Tally(yes: 3, no: 0, notApplicable: 5))
        #expect(subSample.percent == 100)
        // The attribute touches only the key questions that name it.
        #expect(scoring.keyQuestionResult("2.2.1").tally == Tally(yes: 3, no: 5))
        #expect(outside[0].classification(
            for: framework.keyQuestion("2.2.3")!, of: framework.standard("2.2")!) == .notApplicableByAttribute)
    }

    @Test("an absent or empty attribute never makes a key question not applicable")
    func absentAttributeNeverNotApplicable() {
        let absent = TestFramework.cases(2, prefix: "A", answers: ["2.2.3": .no])
        let empty = TestFramework.cases(2, prefix: "E", attributes: ["rosh_issues_apply": " "], answers: ["2.2.3": .no])
        let lower = TestFramework.cases(1, prefix: "L", attributes: ["rosh_issues_apply": "n"], answers: ["2.2.3": .no])
        let scoring = Scoring(framework: framework, cases: absent + empty + lower)
        // The four unknowns count as answered; only the explicit (case-insensitive) "n" is outside.
        #expect(scoring.keyQuestionResult("2.2.3").tally == Tally(yes: 0, no: 4, notApplicable: 1))
    }

    @Test("a case counts only for the key questions of its own sample")
    func sampleScopesKeyQuestions() {
        let upw = TestFramework.cases(2, sample: "unpaid-work", answers: ["4.1.1": .yes, "2.1.1": .yes])
        let scoring = Scoring(framework: framework, cases: upw)
        #expect(scoring.keyQuestionResult("4.1.1").tally == Tally(yes: 2))
        #expect(scoring.keyQuestionResult("2.1.1").tally == Tally())
        #expect(scoring.keyQuestionResult("4.1.2").tally == Tally(unanswered: 2))
    }
}
