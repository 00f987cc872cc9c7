import CasemarkModel
import Testing

@Suite struct CaseUndoTests {
    func freshCase() -> Case {
        Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"))
    }

    @Test func undoWalksBackOneChangeAtATimeAndKeepsEverything() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let yes = c.answers["2.1.1"]
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes), for: "2.1.2", by: "Ann", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())

        let undone1 = try c.undoLastChange(by: "Ann", at: "2026-11-24T10:01:00Z", changeID: ChangeID.random())
        #expect(undone1 == "2.1.2")
        #expect(c.answers["2.1.2"] == nil)
        let undone2 = try c.undoLastChange(by: "Ann", at: "2026-11-24T10:01:01Z", changeID: ChangeID.random())
        #expect(undone2 == "2.1.1")
        #expect(c.answers["2.1.1"] == yes, "the earlier answer comes back with its own author and time")
        let undone3 = try c.undoLastChange(by: "Ann", at: "2026-11-24T10:01:02Z", changeID: ChangeID.random())
        #expect(undone3 == "2.1.1")
        #expect(c.answers["2.1.1"] == nil)
        let undone4 = try c.undoLastChange(by: "Ann", at: "2026-11-24T10:01:03Z", changeID: ChangeID.random())
        #expect(undone4 == nil)
        #expect(c.history.count == 6)
        #expect(c.history.suffix(3).allSatisfy { $0.isUndo })
    }

    @Test func undoStopsAtCompletionAndRefusesACompleteCase() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.complete(by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        #expect(throws: CaseEditError.complete(caseID: "A-1")) { try c.undoLastChange(by: "Ann", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random()) }
        try c.reopen(reason: "wrong case", by: "Ann", at: "2026-11-24T10:00:03Z", changeID: ChangeID.random())
        let undone5 = try c.undoLastChange(by: "Ann", at: "2026-11-24T10:00:04Z", changeID: ChangeID.random())
        #expect(undone5 == nil, "nothing before the reopening is undone")
    }

    @Test func aNoteTypedAfterAJudgementIsItsOwnChange() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        for (i, note) in ["S", "Se", "Seen"].enumerated() {
            try c.record(Answer(answer: .yes, note: note), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:0\(i + 1)Z", changeID: ChangeID.random())
        }
        #expect(c.history.count == 2, "the judgement, then the note typed as one entry")
        try c.undoLastChange(by: "Ann", at: "2026-11-24T10:00:05Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"]?.answer == .yes)
        #expect(c.answers["2.1.1"]?.note == "")
    }

    /// A note written before any judgement: its first letter's entry has nothing before it, and
    /// the later letters must still join it, so one undo takes the whole note back. (They did
    /// not: the first letter stayed behind as its own undo step, the defect an inspector saw.)
    @Test func aNoteTypedBeforeAnyJudgementIsOneChange() throws {
        var c = freshCase()
        for (i, note) in ["S", "Se", "Seen"].enumerated() {
            try c.record(Answer(note: note), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:0\(i + 1)Z", changeID: ChangeID.random(), joining: i > 0)
        }
        #expect(c.history.count == 1, "the note typed as one entry")
        #expect(c.history.first?.previous == nil && c.history.first?.value?.note == "Seen")
        try c.undoLastChange(by: "Ann", at: "2026-11-24T10:01:00Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"] == nil, "one undo takes the whole note back")
        // A judgement given later is its own change, as ever.
        try c.record(Answer(answer: .no, note: "x"), for: "2.1.2", by: "Ann", at: "2026-11-24T10:02:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no, note: "xy"), for: "2.1.2", by: "Ann", at: "2026-11-24T10:02:01Z", changeID: ChangeID.random())
        #expect(c.history.count == 4, "the undo, then the judgement with its note, then the note edit")
    }

    @Test func nothingIsMergedIntoAnUndo() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes, note: "a"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "ab"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try c.undoLastChange(by: "Ann", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "ac"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:03Z", changeID: ChangeID.random())
        #expect(c.history.count == 4)
        try c.undoLastChange(by: "Ann", at: "2026-11-24T10:00:04Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"]?.note == "a")
    }
}

@Suite struct CaseRedoTests {
    func freshCase() -> Case {
        Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"))
    }

    @Test func aTickAfterANoteIsItsOwnStep() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "Seen"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "Seen", prompts: ["a"]), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())
        #expect(c.history.count == 3)
        let undone = try #require(try c.undo(by: "Ann", at: "2026-11-24T10:00:03Z", changeID: ChangeID.random()))
        #expect(undone.whatCameBack() == "2.1.1 prompt a unticked")
        #expect(c.answers["2.1.1"]?.note == "Seen")
    }

    @Test func redoWalksForwardAgainAndSurvivesReading() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no), for: "2.1.2", by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try c.undo(by: "Ann", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())
        try c.undo(by: "Ann", at: "2026-11-24T10:00:03Z", changeID: ChangeID.random())
        #expect(c.answers.isEmpty)
        #expect(try c.redo(by: "Ann", at: "2026-11-24T10:00:04Z", changeID: ChangeID.random())?.keyQuestion == "2.1.1")
        #expect(try c.redo(by: "Ann", at: "2026-11-24T10:00:05Z", changeID: ChangeID.random())?.keyQuestion == "2.1.2")
        #expect(try c.redo(by: "Ann", at: "2026-11-24T10:00:06Z", changeID: ChangeID.random()) == nil)
        #expect(c.answers["2.1.1"]?.answer == .yes && c.answers["2.1.2"]?.answer == .no)
        // Undo after redo takes back the redone change.
        #expect(try c.undo(by: "Ann", at: "2026-11-24T10:00:07Z", changeID: ChangeID.random())?.keyQuestion == "2.1.2")
        #expect(c.history.filter(\.isRedo).count == 2)
    }

    @Test func noteEditsKeepTheJudgementsStamp() throws {
        var c = freshCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "Seen"), for: "2.1.1", by: "Bob", at: "2026-11-24T12:00:00Z", changeID: ChangeID.random())
        #expect(c.answers["2.1.1"]?.by == "Ann")
        #expect(c.answers["2.1.1"]?.at == "2026-11-24T10:00:00Z")
        #expect(c.history.last?.by == "Bob")
    }
}
