import Testing
import CasemarkModel

/// Framework.problems(): a bad framework is refused with every problem, each naming its field.
@Suite struct FrameworkProblemTests {
    let good = TestFramework.make()

    @Test("the test framework, shaped like the 2018 one, has no problems")
    func soundFramework() {
        #expect(good.problems().isEmpty)
    }

    func fields(_ framework: Framework) -> [String] { framework.problems().map(\.field) }

    @Test("a duplicate key question id is named")
    func duplicateKeyQuestion() {
        var f = good
        f.standards[4].keyQuestions[1].id = "2.1.1"
        let problems = f.problems()
        #expect(problems.contains { $0.field == "standards[4].keyQuestions[1].id" && $0.message.contains("duplicate key question id '2.1.1'") })
    }

    @Test("a duplicate standard id is named")
    func duplicateStandard() {
        var f = good
        f.standards[5].id = "2.1"
        #expect(f.problems().contains { $0.field == "standards[5].id" && $0.message.contains("duplicate standard id") })
    }

    @Test("a key question not under its standard is named")
    func keyQuestionUnderWrongStandard() {
        var f = good
        f.standards[4].keyQuestions[0].id = "3.1.1"
        #expect(fields(f).contains("standards[4].keyQuestions[0].id"))
    }

    @Test("an unknown sample, or a case-marked standard without one, is named")
    func unknownSample() {
        var f = good
        f.standards[8].sample = "community-payback"
        f.standards[9].sample = nil
        let problems = f.problems()
        #expect(problems.contains { $0.field == "standards[8].sample" && $0.message.contains("unknown sample 'community-payback'") })
        #expect(problems.contains { $0.field == "standards[9].sample" })
    }

    @Test("a sub-sample rule naming an unknown attribute is named")
    func unknownAttribute() {
        var f = good
        f.standards[5].keyQuestions[2].notApplicableWhen = AttributeCondition(attribute: "rosh", values: ["N"])
        #expect(fields(f).contains("standards[5].keyQuestions[2].notApplicableWhen.attribute"))
    }

    @Test("bands that leave low percentages without a band, and missing points, are named")
    func bandsAndPoints() {
        var f = good
        f.bands.removeLast()
        f.overall.points["Good"] = nil
        let found = fields(f)
        #expect(found.contains("bands"))
        #expect(found.contains("overall.points"))
    }

    @Test("overall bands with a gap are named")
    func overallGap() {
        var f = good
        f.overall.bands.remove(at: 1)  // nothing covers 6–15
        #expect(f.problems().contains { $0.field == "overall.bands" && $0.message.contains("6") })
    }

    @Test("a newer schema version, an empty id and no standards are all reported at once")
    func severalAtOnce() {
        var f = good
        f.schemaVersion = Framework.supportedSchemaVersion + 1
        f.id = " "
        f.standards = []
        let found = fields(f)
        #expect(found.contains("schemaVersion"))
        #expect(found.contains("id"))
        #expect(found.contains("standards"))
    }

    @Test("a case-marked standard without key questions is named")
    func emptyStandard() {
        var f = good
        f.standards[9].keyQuestions = []
        #expect(fields(f).contains("standards[9].keyQuestions"))
    }
}
