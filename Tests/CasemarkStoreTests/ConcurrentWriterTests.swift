import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// Two stores open on one folder behave as two casemark processes would: each save checks the
/// file on disk is the version it loaded, merges the other's change to other key questions,
/// and refuses a clash without writing.
@Suite struct ConcurrentWriterTests {
    @Test func changesToDifferentKeyQuestionsBothSurvive() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        try first.save(Fixtures.supervisionCase("A-1"))
        let second = try WritableInspection.open(at: folder.sub("insp"))

        var mine = try #require(first.case("A-1"))
        try mine.record(Answer(answer: .yes, note: "from first"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.save(mine)

        var theirs = try #require(second.case("A-1"))  // stale: does not have 2.1.1
        try theirs.record(Answer(answer: .no, note: "from second"), for: "2.3.1", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        let saved = try second.save(theirs)
        #expect(saved.answers["2.1.1"]?.note == "from first")
        #expect(saved.answers["2.3.1"]?.note == "from second")

        let (inspection, _) = try InspectionFolder.load(at: folder.sub("insp"))
        let onDisk = try #require(inspection.cases.first)
        #expect(onDisk.answers.keys.sorted() == ["2.1.1", "2.3.1"])
        #expect(onDisk.history.map(\.by) == ["Ann", "Bob"])
    }

    @Test func theSameKeyQuestionChangedDifferentlyIsRefusedAndNothingIsWritten() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        try first.save(Fixtures.supervisionCase("A-1"))
        let second = try WritableInspection.open(at: folder.sub("insp"))

        var mine = try #require(first.case("A-1"))
        try mine.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.save(mine)
        let before = folder.snapshot()

        var theirs = try #require(second.case("A-1"))
        try theirs.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        #expect(throws: StoreError.conflict(file: "cases/A-1.json", fields: ["answers.2.1.1"])) { try second.save(theirs) }
        #expect(folder.snapshot() == before)

        // After reloading, the second writer sees the first's answer and can change it knowingly.
        var reloaded = try #require(try second.reload("A-1"))
        #expect(reloaded.answers["2.1.1"]?.answer == .yes)
        try reloaded.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:02Z", changeID: ChangeID.random())
        try second.save(reloaded)
        let (inspection, _) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(inspection.cases.first?.history.map(\.value?.answer) == [.yes, .no])
    }

    @Test func ratingsOfDifferentStandardsMergeAndTheSameStandardClashes() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        let second = try WritableInspection.open(at: folder.sub("insp"))
        var a = first.record
        a.ratings["1.1"] = RecordedRating(rating: .good, reason: "r1")
        try first.saveRecord(a)
        var b = second.record
        b.ratings["1.2"] = RecordedRating(rating: .inadequate, reason: "r2")
        let merged = try second.saveRecord(b)
        #expect(merged.ratings.keys.sorted() == ["1.1", "1.2"])
        var c = first.record
        c.ratings["1.2"] = RecordedRating(rating: .outstanding, reason: "r3")
        #expect(throws: StoreError.conflict(file: "inspection.json", fields: ["ratings.1.2"])) { try first.saveRecord(c) }
    }

    @Test func aCaseFileThatTurnedBadUnderneathIsNotOverwritten() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        try folder.write("insp/cases/A-1.json", "{ broken by a sync tool")
        let before = folder.snapshot()
        var c = try #require(store.case("A-1"))
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        #expect(throws: StoreError.self) { try store.save(c) }
        #expect(folder.snapshot() == before)
    }

    @Test func aSecondProcessSeesTheCaseInUse() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        try first.save(Fixtures.supervisionCase("A-1"))
        let second = try WritableInspection.open(at: folder.sub("insp"))
        #expect(first.beginEditing("A-1", by: "Ann", at: "2026-11-24T10:00:00Z") == nil)
        let inUse = second.beginEditing("A-1", by: "Bob")
        #expect(inUse?.by == "Ann")
        #expect(inUse?.since == "2026-11-24T10:00:00Z")
        #expect(second.inUse("A-1")?.by == "Ann")
        #expect(try ReadOnlyInspection.open(at: folder.sub("insp")).inUse("A-1")?.by == "Ann")
        // The marker is never read as a case, and is gone once released.
        #expect(try InspectionFolder.load(at: folder.sub("insp")).0.cases.map(\.id) == ["A-1"])
        first.endEditing("A-1")
        #expect(second.inUse("A-1") == nil)
        #expect(second.beginEditing("A-1", by: "Bob") == nil)
        second.endEditing("A-1")
        #expect(!folder.snapshot().keys.contains { $0.contains(".editing") })
    }
}
