import CasemarkModel
import Testing

/// The lead's settled answer is a change with a history entry saying it was moderated.
@Suite struct CaseModerationTests {
    let framework = TestFramework.make()

    func complete() -> Case {
        Case(
            id: "CS-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann"), status: .complete,
            answers: ["2.1.2": Answer(answer: .yes, note: "first note", prompts: ["a"], by: "Aoife", at: "2026-03-10T10:00:00Z")],
            history: [HistoryEntry(event: .completed, by: "Aoife", at: "2026-03-10T11:00:00Z", id: ChangeID.random())])
    }

    let second = Answer(answer: .no, note: "second note", by: "Dev Malhotra")

    @Test func settlingRecordsAModeratedChangeAndKeepsTheCaseComplete() throws {
        var c = complete()
        try c.settleByModeration(.no, for: "2.1.2", against: "/q/second", second: second, in: framework, by: "Lead", at: "2026-03-20T09:00:00Z", changeID: ChangeID.random())
        #expect(c.status == .complete)
        #expect(c.answers["2.1.2"] == Answer(answer: .no, note: "first note", prompts: ["a"], by: "Lead", at: "2026-03-20T09:00:00Z"))
        let entry = try #require(c.history.last)
        #expect(entry.isModeration)
        #expect(entry.reason == "moderated against the second marking in /q/second (Dev Malhotra: No)")
        #expect(entry.previous?.answer == .yes && entry.previous?.by == "Aoife")
        #expect(entry.value?.answer == .no)
        #expect(c.moderation(of: "2.1.2") == entry)
        #expect(c.moderation(of: "2.1.1") == nil)
    }

    /// Confirming the first answer is recorded too, and a moderated entry never swallows a
    /// later note edit (it carries a reason).
    @Test func confirmingTheFirstAnswerIsAChangeToo() throws {
        var c = complete()
        let before = c
        try c.settleByModeration(.yes, for: "2.1.2", against: "/q/second", second: second, by: "Lead", at: "2026-03-20T09:00:00Z", changeID: ChangeID.random())
        #expect(c != before)
        #expect(c.history.count == 2)
        #expect(c.answers["2.1.2"]?.answer == .yes)
        #expect(c.answers["2.1.2"]?.by == "Lead")
    }

    @Test func aKeyQuestionTheCaseDoesNotTakeIsRefused() {
        var c = complete()
        #expect(throws: CaseEditError.notMarkedForSample(keyQuestion: "4.1.1", sample: "case-supervision")) {
            try c.settleByModeration(.no, for: "4.1.1", against: "/q/second", second: second, in: framework, by: "Lead", at: "2026-03-20T09:00:00Z", changeID: ChangeID.random())
        }
    }
}
