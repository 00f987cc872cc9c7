import CasemarkModel
import Testing

/// A save refused because another process changed the same answer never reached the disk, so
/// the history taken in on reloading keeps no entry for it as if it had been saved: only the
/// reload's own entry, which says the answer before it was not saved (undo brings it back).
@Suite struct ReloadHistoryTests {
    func base() -> Case {
        Case(id: "A-1", sample: "cs", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"))
    }

    @Test func aRefusedAnswerLeavesNoEntryWithAWrongBefore() throws {
        let start = base()
        var disk = start
        try disk.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        var ours = start
        try ours.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())

        let (reloaded, replaced) = ours.reloaded(from: disk, base: start, by: "Bob", at: "2026-11-24T10:00:02Z", newID: ChangeID.random)
        #expect(replaced == ["2.1.1"])
        #expect(reloaded.answers["2.1.1"]?.answer == .yes)
        // Ann's answer, then the reload's entry; not Bob's "none → No", which never reached the disk.
        #expect(reloaded.history.map(\.by) == ["Ann", "Bob"])
        #expect(reloaded.history.last?.reason == HistoryEntry.reloadReason)
        #expect(reloaded.history.last?.previous?.answer == .no)
        #expect(reloaded.history.last?.value?.answer == .yes)
        #expect(!reloaded.history.contains { $0.by == "Bob" && $0.previous == nil })

        // Undo still brings Bob's answer back.
        var undone = reloaded
        #expect(try undone.undoLastChange(by: "Bob", at: "2026-11-24T10:00:03Z", changeID: ChangeID.random()) == "2.1.1")
        #expect(undone.answers["2.1.1"]?.answer == .no)
    }

    @Test func anAnswerChangedBackToTheDisksValueLeavesNoEntriesEither() throws {
        let start = base()
        var disk = start
        try disk.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        var ours = start
        try ours.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try ours.record(Answer(answer: .yes), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())

        let (reloaded, replaced) = ours.reloaded(from: disk, base: start, by: "Bob", at: "2026-11-24T10:00:03Z", newID: ChangeID.random)
        #expect(replaced.isEmpty)
        #expect(reloaded.history == disk.history, "nothing of Bob's reached the disk for 2.1.1")
    }

    @Test func unsavedAnswersToOtherKeyQuestionsKeepTheirEntries() throws {
        let start = base()
        var disk = start
        try disk.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        var ours = start
        try ours.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try ours.record(Answer(answer: .no), for: "2.1.2", by: "Bob", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())

        let (reloaded, _) = ours.reloaded(from: disk, base: start, by: "Bob", at: "2026-11-24T10:00:03Z", newID: ChangeID.random)
        #expect(reloaded.answers["2.1.2"]?.answer == .no, "kept, and saved next")
        let bobs = reloaded.history.filter { $0.by == "Bob" }
        #expect(bobs.map(\.keyQuestion) == ["2.1.2", "2.1.1"])
        #expect(bobs.first?.previous == nil, "2.1.2 had no answer on disk either: its before is right")
    }

    @Test func aCaseCompletedOnDiskTakesNoneOfTheUnsavedAnswers() throws {
        let start = base()
        var disk = start
        try disk.complete(by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        var ours = start
        try ours.record(Answer(answer: .no), for: "2.1.2", by: "Bob", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())

        let (reloaded, replaced) = ours.reloaded(from: disk, base: start, by: "Bob", at: "2026-11-24T10:00:03Z", newID: ChangeID.random)
        #expect(reloaded == disk, "a complete case changes only once reopened")
        #expect(replaced == ["2.1.2"], "the answers not taken are named")
    }
}
