import Testing
import CasemarkModel

/// Officer matching and the breakdowns by grade, officer and sample (issue 6), checked against
/// counts worked out independently in the test.
@Suite struct BreakdownTests {
    let framework = TestFramework.make()

    /// Chloé Duval (PO): 4 cases, 3 yes 1 no on 2.1.1. Jack O'Neill (PSO): 6 cases, 1 yes 5 no.
    /// Ines Sørensen (PO): 2 unpaid-work cases. "chloe\u{301} duval" spelled decomposed on one case.
    func cases() -> [Case] {
        TestFramework.cases(3, prefix: "CD", officer: "Chloé Duval", grade: "PO", answers: ["2.1.1": .yes])
            + TestFramework.cases(1, prefix: "CX", officer: "chloe\u{301} duval", grade: "PO", answers: ["2.1.1": .no])
            + TestFramework.cases(1, prefix: "JY", officer: "Jack O'Neill", grade: "PSO", answers: ["2.1.1": .yes])
            + TestFramework.cases(5, prefix: "JN", officer: "Jack O'Neill", grade: "pso", answers: ["2.1.1": .no])
            + TestFramework.cases(2, sample: "unpaid-work", prefix: "IS", officer: "Ines Sørensen", grade: "PO", answers: ["4.1.1": .yes])
    }

    @Test("officer names match case-insensitively and whatever the accents' Unicode form")
    func officerMatching() {
        let all = cases()
        #expect(Officers.find("CHLOÉ DUVAL", in: all)?.name == "Chloé Duval")
        #expect(Officers.find("chloe\u{301} duval", in: all)?.caseCount == 4)
        #expect(Officers.find("  ines sørensen ", in: all)?.caseCount == 2)
        #expect(Officers.find("Chloe Duval", in: all)?.caseCount == 4)  // typed without the accent: only she can be meant
        #expect(Officers.find("Chloe Duvall", in: all) == nil)  // a different letter is not a match
        #expect(Officers.find("", in: all) == nil)
        #expect(Officers.cases(of: "Chloé Duval", in: all).count == 4)
        #expect(Officers.summaries(of: all).map(\.name) == ["Chloé Duval", "Ines Sørensen", "Jack O'Neill"])
        #expect(Officers.summaries(of: all)[0].label == "Chloé Duval (PO, 4 cases)")
    }

    @Test("by grade: PO and PSO counts equal those counted by hand")
    func byGrade() {
        let breakdown = Breakdown(framework: framework, cases: cases(), by: .grade)
        #expect(breakdown.groups.map(\.name) == ["PO", "PSO"])
        let po = try! #require(breakdown.group("PO"))
        let pso = try! #require(breakdown.group("PSO"))
        #expect(po.cases.count == 6)
        #expect(po.scoring.tally("2.1.1") == Tally(yes: 3, no: 1))
        #expect(po.results.keyQuestion("2.1.1")?.percent == 75)
        #expect(po.scoring.tally("4.1.1") == Tally(yes: 2))
        #expect(pso.scoring.tally("2.1.1") == Tally(yes: 1, no: 5))
        #expect(pso.results.keyQuestion("2.1.1")?.percent == 17)
        #expect(pso.results.keyQuestion("2.1.1")?.band == .inadequate)
        // The groups add up to the whole sample.
        let whole = Scoring(framework: framework, cases: cases())
        for kq in framework.markedKeyQuestions {
            #expect(po.scoring.tally(kq.id) + pso.scoring.tally(kq.id) == whole.tally(kq.id))
        }
    }

    @Test("a case without a grade is grouped as such, never dropped")
    func gradeNotRecorded() {
        let ungraded = TestFramework.cases(2, prefix: "NG", officer: "New Officer", grade: nil, answers: ["2.1.1": .yes])
        let breakdown = Breakdown(framework: framework, cases: cases() + ungraded, by: .grade)
        #expect(breakdown.group(Breakdown.gradeNotRecorded)?.cases.count == 2)
    }

    @Test("by officer and by sample")
    func byOfficerAndSample() {
        let byOfficer = Breakdown(framework: framework, cases: cases(), by: .officer)
        #expect(byOfficer.groups.count == 3)
        #expect(byOfficer.group("Chloé Duval")?.scoring.tally("2.1.1") == Tally(yes: 3, no: 1))
        let bySample = Breakdown(framework: framework, cases: cases(), by: .sample)
        #expect(bySample.groups.map(\.name) == ["case-supervision", "unpaid-work"])
        #expect(bySample.group("unpaid-work")?.scoring.tally("4.1.1") == Tally(yes: 2))
        #expect(bySample.group("unpaid-work")?.results.standard("4.1")?.computed == .outstanding)
    }

    @Test("an officer beside the whole sample: difference in points, indicative under 10 applicable")
    func comparison() {
        let all = cases()
        let whole = Scoring(framework: framework, cases: all).results(ratings: [:])
        let officer = Scoring(framework: framework, cases: Officers.cases(of: "Jack O'Neill", in: all)).results(ratings: [:])
        let row = try! #require(Comparison(subset: officer, whole: whole).keyQuestions.first { $0.id == "2.1.1" })
        // Jack: 1 of 6 = 17 %. Whole: 4 of 10 = 40 %.
        #expect(row.subset.percent == 17)
        #expect(row.whole.percent == 40)
        #expect(row.difference == -23)
        #expect(row.isIndicative)
        let none = try! #require(Comparison(subset: officer, whole: whole).keyQuestions.first { $0.id == "4.1.1" })
        #expect(none.difference == nil)
        #expect(none.isIndicative == false)
        #expect(Indicative.isIndicative(Tally(yes: 9, no: 1), subset: true) == false)
        #expect(Indicative.isIndicative(Tally(yes: 8, no: 1, notApplicable: 5), subset: true))
        // The whole sample's figures are the inspection's own: never indicative, however few.
        #expect(Indicative.isIndicative(Tally(yes: 8, no: 1), subset: false) == false)
    }
}
