import CasemarkModel
import Testing

/// Comparing a first and a second marking case by case and key question by key question.
@Suite struct MarkingComparisonTests {
    let framework = TestFramework.make()

    func inspection(_ cases: [Case], framework: Framework? = nil) -> Inspection {
        let f = framework ?? self.framework
        return Inspection(record: InspectionRecord(provider: "P", framework: f.id), framework: f, cases: cases)
    }

    func marked(_ id: String, sample: String = "case-supervision", _ answers: [String: (Judgement?, String)]) -> Case {
        Case(
            id: id, sample: sample, responsibleOfficer: ResponsibleOfficer(name: "Ann"),
            answers: answers.mapValues { Answer(answer: $0.0, note: $0.1, by: "X") })
    }

    @Test func countsOnlyKeyQuestionsAnsweredInBothAndCasesInBoth() throws {
        let first = inspection([
            marked("A", ["2.1.1": (.yes, "a1"), "2.1.2": (.no, "a2"), "2.1.3": (.yes, "")]),
            marked("B", ["2.1.1": (.no, "b1"), "2.1.2": (nil, "only a note")]),
            marked("C", ["2.1.1": (.yes, "")]),
        ])
        let second = inspection([
            marked("A", ["2.1.1": (.yes, ""), "2.1.2": (.yes, "second a2")]),
            marked("B", ["2.1.1": (.notApplicable, "second b1"), "2.1.2": (.yes, "")]),
            marked("D", ["2.1.1": (.yes, "")]),
        ])
        let c = try MarkingComparison(first: first, second: second)
        #expect(c.casesInBoth == ["A", "B"])
        #expect(c.onlyInFirst == ["C"])
        #expect(c.onlyInSecond == ["D"])
        // 2.1.1 on A (yes/yes) and B (no/na); 2.1.2 only on A (B has no judgement first);
        // 2.1.3 on neither (A has none second).
        #expect(c.keyQuestions.map(\.keyQuestion) == ["2.1.1", "2.1.2"])
        #expect(c.keyQuestions[0].table.counts == [[1, 0, 0], [0, 0, 1], [0, 0, 0]])
        #expect(c.keyQuestions[1].table.counts == [[0, 0, 0], [1, 0, 0], [0, 0, 0]])
        #expect(c.overall.cases == 3)
        #expect(c.overall.agreements == 1)
        #expect(c.disagreements.map { "\($0.caseID) \($0.keyQuestion) \($0.firstJudgement.rawValue) \($0.secondJudgement.rawValue)" }
            == ["A 2.1.2 no yes", "B 2.1.1 no na"])
        #expect(c.disagreements[0].first.note == "a2")
        #expect(c.disagreements[0].second.note == "second a2")
    }

    /// Pooled κ is κ of the summed table, not an average of the key questions' κ.
    @Test func overallPoolsTheTables() throws {
        var firstCases: [Case] = []
        var secondCases: [Case] = []
        let pairs: [(Judgement, Judgement, Judgement, Judgement)] = [
            (.yes, .yes, .no, .no), (.yes, .no, .no, .no), (.no, .no, .yes, .yes), (.no, .no, .yes, .no),
        ]
        for (i, p) in pairs.enumerated() {
            firstCases.append(marked("K\(i)", ["2.2.1": (p.0, ""), "2.2.2": (p.2, "")]))
            secondCases.append(marked("K\(i)", ["2.2.1": (p.1, ""), "2.2.2": (p.3, "")]))
        }
        let c = try MarkingComparison(first: inspection(firstCases), second: inspection(secondCases))
        #expect(c.overall == c.keyQuestions[0].table + c.keyQuestions[1].table)
        #expect(c.overall.counts == [[2, 2, 0], [0, 4, 0], [0, 0, 0]])
    }

    @Test func differentFrameworksAreRefused() {
        var other = framework
        other.id = "another-framework"
        #expect(throws: MarkingComparison.Problem.differentFrameworks(first: framework.id, second: "another-framework")) {
            try MarkingComparison(first: inspection([]), second: inspection([], framework: other))
        }
    }

    @Test func aCaseInDifferentSamplesIsRefused() {
        let first = inspection([marked("A", [:])])
        let second = inspection([marked("A", sample: "unpaid-work", [:])])
        #expect(throws: MarkingComparison.Problem.differentSamples(caseID: "A", first: "case-supervision", second: "unpaid-work")) {
            try MarkingComparison(first: first, second: second)
        }
    }
}
