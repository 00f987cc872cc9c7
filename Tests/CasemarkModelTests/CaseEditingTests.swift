import CasemarkModel
import Testing

@Suite struct CaseEditingTests {
    static let framework = Framework(
        id: "t", title: "T", samples: [Sample(id: "cs", title: "CS"), Sample(id: "uw", title: "UW")],
        attributes: [AttributeDefinition(id: "rosh", title: "RoSH", values: ["Y", "N"])],
        bands: [BandThreshold(minimumPercent: 0, band: .inadequate)],
        overall: OverallScheme(points: [.inadequate: 0, .requiresImprovement: 1, .good: 2, .outstanding: 3], bands: [ScoreBand(minimumScore: 0, maximumScore: 30, band: .good)]),
        domains: [],
        standards: [
            Standard(id: "2.1", domain: "2", title: "A", ratedFrom: .cases, sample: "cs", keyQuestions: [
                KeyQuestion(id: "2.1.1", text: "q1"),
                KeyQuestion(id: "2.1.2", text: "q2", notApplicableWhen: AttributeCondition(attribute: "rosh", values: ["N"])),
            ]),
            Standard(id: "4.1", domain: "3", title: "U", ratedFrom: .cases, sample: "uw", keyQuestions: [KeyQuestion(id: "4.1.1", text: "u")]),
        ])

    func freshCase(rosh: String? = nil) -> Case {
        Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "Ines Sørensen", grade: "PSO"), attributes: rosh.map { ["rosh": $0] } ?? [:])
    }

    @Test func firstAnswerIsStampedAndLogged() throws {
        var c = freshCase()
        let changed = try c.record(Answer(answer: .yes, note: "n"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        #expect(changed)
        #expect(c.answers["2.1.1"] == Answer(answer: .yes, note: "n", by: "Ann", at: "2026-11-24T10:00:00Z"))
        #expect(c.history == [HistoryEntry(event: .answered, keyQuestion: "2.1.1", previous: nil, value: c.answers["2.1.1"], by: "Ann", at: "2026-11-24T10:00:00Z", id: c.history[0].id)])
    }

    @Test func changingAndClearingKeepTheEarlierValue() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes, note: "first"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let first = c.answers["2.1.1"]
        try c.record(Answer(answer: .no, note: "second"), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:10Z", changeID: ChangeID.random())
        let second = c.answers["2.1.1"]
        try c.record(nil, for: "2.1.1", by: "Bob", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"] == nil)
        #expect(c.history.map(\.previous) == [nil, first, second])
        #expect(c.history.map(\.value) == [first, second, nil])
    }

    @Test func unchangedContentRecordsNothing() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes, note: "n"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let changed = try c.record(Answer(answer: .yes, note: "n"), for: "2.1.1", by: "Bob", at: "2026-11-24T12:00:00Z", changeID: ChangeID.random())
        #expect(!changed)
        #expect(c.history.count == 1)
        #expect(try !c.record(nil, for: "2.1.2", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random()))
    }

    @Test func noteTypingByOnePersonIsOneEntryButTheValueBeforeIsKept() throws {
        var c = freshCase()
        try c.record(Answer(answer: .no, note: "Old note"), for: "2.1.1", by: "Ann", at: "2026-11-24T09:00:00Z", changeID: ChangeID.random())
        let before = c.answers["2.1.1"]
        for (i, text) in ["N", "Ne", "New", "New note"].enumerated() {
            try c.record(Answer(answer: .no, note: text), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:0\(i)Z", changeID: ChangeID.random())
        }
        #expect(c.history.count == 2)
        #expect(c.history.last?.previous == before)
        #expect(c.history.last?.value?.note == "New note")
        // A change of judgement, another person, or a pause is a new entry.
        try c.record(Answer(answer: .yes, note: "New note"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:05Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "New note!"), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:06Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "New note!!"), for: "2.1.1", by: "Bob", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        #expect(c.history.count == 5)
    }

    /// The cases docs/file-format.md ("history") spells out beyond the test above.
    @Test func aBurstLastsWhileThePausesAreShortButClearingIsItsOwnEntry() throws {
        var c = freshCase()
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T09:00:00Z", changeID: ChangeID.random())
        let before = c.answers["2.1.1"]
        try c.record(Answer(answer: .no, note: "No plan"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no, note: "No plan yet"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:30Z", changeID: ChangeID.random())
        // 59 s after the last change, though 89 s after the burst began: still the same entry.
        try c.record(Answer(answer: .no, note: "No plan yet!"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:01:29Z", changeID: ChangeID.random())
        #expect(c.history.count == 2)
        #expect(c.history[1].previous == before)
        #expect(c.history[1].value?.note == "No plan yet!")
        #expect(c.history[1].at == "2026-11-24T10:01:29Z")
        // A tick is an entry of its own (one undo step), even within the window.
        try c.record(Answer(answer: .no, note: "No plan yet!", prompts: ["a"]), for: "2.1.1", by: "Ann", at: "2026-11-24T10:01:30Z", changeID: ChangeID.random())
        #expect(c.history.count == 3)
        #expect(c.history[2].value?.prompts == ["a"])
        // 61 s after the last change: a new entry, keeping the finished note as its previous.
        try c.record(Answer(answer: .no, note: "No plan yet.", prompts: ["a"]), for: "2.1.1", by: "Ann", at: "2026-11-24T10:02:31Z", changeID: ChangeID.random())
        #expect(c.history.count == 4)
        #expect(c.history[3].previous?.note == "No plan yet!")
        // Clearing within the window is still an entry of its own.
        try c.record(nil, for: "2.1.1", by: "Ann", at: "2026-11-24T10:02:32Z", changeID: ChangeID.random())
        #expect(c.history.count == 5)
        #expect(c.history[4].value == nil)
    }

    @Test func completeLocksAndReopenNeedsAReason() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.complete(by: "Ann", at: "2026-11-24T10:01:00Z", changeID: ChangeID.random())
        #expect(c.status == .complete)
        #expect(throws: CaseEditError.complete(caseID: "A-1")) {
            try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:02:00Z", changeID: ChangeID.random())
        }
        #expect(throws: CaseEditError.reasonRequired) { try c.reopen(reason: "  ", by: "Ann", at: "2026-11-24T10:03:00Z", changeID: ChangeID.random()) }
        try c.reopen(reason: "Moderation found a missed risk", by: "Lead", at: "2026-11-24T10:04:00Z", changeID: ChangeID.random())
        #expect(c.status == .inProgress)
        #expect(c.history.last == HistoryEntry(event: .reopened, by: "Lead", at: "2026-11-24T10:04:00Z", reason: "Moderation found a missed risk",
                                              id: c.history.last!.id, replaces: [c.history[c.history.count - 2].id]))
        #expect(throws: CaseEditError.notComplete(caseID: "A-1")) { try c.reopen(reason: "again", by: "Ann", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random()) }
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:06:00Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"]?.answer == Judgement.no)
    }

    @Test func frameworkChecksRefuseUnanswerableKeyQuestions() throws {
        var c = freshCase(rosh: "N")
        #expect(throws: CaseEditError.unknownKeyQuestion("9.9.9")) {
            try c.record(Answer(answer: .yes), for: "9.9.9", in: Self.framework, by: "A", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        }
        #expect(throws: CaseEditError.notMarkedForSample(keyQuestion: "4.1.1", sample: "cs")) {
            try c.record(Answer(answer: .yes), for: "4.1.1", in: Self.framework, by: "A", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        }
        #expect(throws: CaseEditError.notApplicableByAttribute(keyQuestion: "2.1.2", attribute: "rosh", value: "N")) {
            try c.record(Answer(answer: .yes), for: "2.1.2", in: Self.framework, by: "A", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        }
        // An unknown (absent) attribute never makes a key question not applicable.
        var unknown = freshCase()
        try unknown.record(Answer(answer: .yes), for: "2.1.2", in: Self.framework, by: "A", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        #expect(c.history.isEmpty)
    }
}
