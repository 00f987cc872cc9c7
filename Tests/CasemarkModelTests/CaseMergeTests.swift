import CasemarkModel
import Testing

@Suite struct CaseMergeTests {
    func base() -> Case {
        var c = Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "Jack O'Neill"))
        c.answers["2.1.1"] = Answer(answer: .yes, by: "A", at: "2026-11-24T10:00:00Z")
        return c
    }

    @Test func changesToDifferentKeyQuestionsMerge() throws {
        var ours = base()
        var theirs = base()
        try ours.record(Answer(answer: .no), for: "2.1.2", by: "Ours", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        try theirs.record(Answer(answer: .yes), for: "2.1.3", by: "Theirs", at: "2026-11-24T11:00:01Z", changeID: ChangeID.random())
        let merged = try CaseMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(merged.answers["2.1.2"]?.answer == Judgement.no)
        #expect(merged.answers["2.1.3"]?.answer == Judgement.yes)
        #expect(merged.answers["2.1.1"]?.answer == Judgement.yes)
        #expect(merged.history.count == 2)
        #expect(Set(merged.history.map(\.by)) == ["Ours", "Theirs"])
    }

    @Test func theSameKeyQuestionChangedDifferentlyIsAConflict() throws {
        var ours = base()
        var theirs = base()
        try ours.record(Answer(answer: .no), for: "2.1.1", by: "Ours", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        try theirs.record(Answer(answer: .notApplicable), for: "2.1.1", by: "Theirs", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        #expect(throws: CaseMerge.Conflict(fields: ["answers.2.1.1"])) { try CaseMerge.merge(base: base(), ours: ours, theirs: theirs) }
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        var ours = base()
        var theirs = base()
        try ours.record(Answer(answer: .no, note: "same"), for: "2.1.1", by: "Ours", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        try theirs.record(Answer(answer: .no, note: "same"), for: "2.1.1", by: "Theirs", at: "2026-11-24T11:00:05Z", changeID: ChangeID.random())
        let merged = try CaseMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(merged.answers["2.1.1"]?.note == "same")
    }

    @Test func statusAndAttributesMergeLikeAnswers() throws {
        var ours = base()
        var theirs = base()
        ours.attributes["rosh"] = "Y"
        try theirs.complete(by: "Theirs", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        let merged = try CaseMerge.merge(base: base(), ours: ours, theirs: theirs)
        #expect(merged.status == .complete)
        #expect(merged.attributes["rosh"] == "Y")
        var other = base()
        other.attributes["rosh"] = "N"
        #expect(throws: CaseMerge.Conflict(fields: ["attributes.rosh"])) { try CaseMerge.merge(base: base(), ours: ours, theirs: other) }
    }
}

@Suite struct CaseMergeWithoutBaseTests {
    @Test func aCaseCreatedOnBothSidesMergesItsAnswers() throws {
        var ours = Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "X"))
        var theirs = ours
        try ours.record(Answer(answer: .yes), for: "2.1.1", by: "P1", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try theirs.record(Answer(answer: .no), for: "2.3.1", by: "P2", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let merged = try CaseMerge.merge(base: nil, ours: ours, theirs: theirs)
        #expect(merged.answers.keys.sorted() == ["2.1.1", "2.3.1"])
        var other = theirs
        other.sample = "uw"
        #expect(throws: CaseMerge.Conflict(fields: ["sample"])) { try CaseMerge.merge(base: nil, ours: ours, theirs: other) }
    }
}
