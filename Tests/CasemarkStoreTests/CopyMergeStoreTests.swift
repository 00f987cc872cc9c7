import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// `casemark merge` in the store: another copy's case files with the very bytes of ours are
/// counted as already here without being decoded; the rest are merged, and each put in place
/// under its own lock (several at once), merged again with whatever another process wrote
/// meanwhile, or written afresh if the file went meanwhile.
@Suite struct CopyMergeStoreTests {
    /// Two copies of one inspection of `count` cases; then `edit` on the second.
    static func twoCopies(_ folder: TestFolder, count: Int) throws -> (ours: String, other: String) {
        let store = try Fixtures.newInspection(folder, name: "ours")
        for i in 0..<count {
            var c = Fixtures.supervisionCase("A-\(i)")
            try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
            try store.save(c)
        }
        try FileManager.default.copyItem(atPath: folder.sub("ours"), toPath: folder.sub("other"))
        return (folder.sub("ours"), folder.sub("other"))
    }

    static func mark(_ path: String, _ id: String, _ kq: String, _ answer: Judgement, by: String) throws {
        let store = try WritableInspection.open(at: path)
        var c = try #require(store.case(id))
        try c.record(Answer(answer: answer), for: kq, by: by, at: "2026-11-25T10:00:00Z", changeID: ChangeID.random())
        try store.save(c)
    }

    @Test func filesWithOurBytesAreNotDecoded() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder, name: "other")
        try store.save(Fixtures.supervisionCase("A-1"))
        try store.save(Fixtures.supervisionCase("A-2"))
        // A-2 is not even JSON, but its bytes are those the caller already knows.
        let garbage = Array("not a case file".utf8)
        try folder.write("other/cases/A-2.json", garbage)
        let known = garbage.withUnsafeBytes { ContentHash($0) }
        let scan = FolderScan.scan(InspectionFolder(folder.sub("other")), sameAs: ["A-2": known, "A-1": known])
        #expect(scan.identical == ["A-2"])
        #expect(scan.cases.map(\.id) == ["A-1"])  // A-1's bytes differ: decoded as ever
        #expect(scan.problems.filter(\.isError).isEmpty, "\(scan.problems)")
        #expect(scan.caseHashes["A-2"] == known)
        // Without the fingerprint, the same file is read and named as broken.
        let plain = FolderScan.scan(InspectionFolder(folder.sub("other")))
        #expect(plain.unreadable == ["A-2"])
    }

    @Test func identicalCasesCountAsAlreadyHereAndChangedOnesAreTaken() throws {
        let folder = TestFolder()
        let (ours, other) = try Self.twoCopies(folder, count: 40)
        for i in stride(from: 0, to: 40, by: 10) { try Self.mark(other, "A-\(i)", "2.1.2", .no, by: "Bob") }
        let before = FolderSnapshot.contents(other)
        let outcome = try WritableInspection.open(at: ours).mergeCopy(from: other)
        #expect(outcome.taken.sorted() == ["A-0", "A-10", "A-20", "A-30"])
        #expect(outcome.alreadyHere == 36)
        #expect(outcome.conflicts.isEmpty)
        #expect(FolderSnapshot.contents(other) == before)
        let (inspection, problems) = try InspectionFolder.load(at: ours)
        #expect(problems.filter(\.isError).isEmpty)
        #expect(inspection.cases.filter { $0.answers["2.1.2"]?.answer == .no }.map(\.id).sorted() == ["A-0", "A-10", "A-20", "A-30"])
        // Again: nothing new, nothing written.
        let merged = FolderSnapshot.contents(ours)
        let again = try WritableInspection.open(at: ours).mergeCopy(from: other)
        #expect(again.taken.isEmpty && again.alreadyHere == 40)
        #expect(FolderSnapshot.contents(ours) == merged)
    }

    @Test func aFileChangedOrRemovedSinceOpeningIsMergedWithWhatIsThere() throws {
        let folder = TestFolder()
        let (ours, other) = try Self.twoCopies(folder, count: 30)
        for i in 0..<30 { try Self.mark(other, "A-\(i)", "2.1.2", .no, by: "Bob") }
        let store = try WritableInspection.open(at: ours)
        // Meanwhile another process answers 2.1.3 on A-5, and someone removes A-7's file.
        try Self.mark(ours, "A-5", "2.1.3", .yes, by: "Cat")
        try FileManager.default.removeItem(atPath: ours + "/cases/A-7.json")
        let outcome = try store.mergeCopy(from: other)
        #expect(Set(outcome.taken) == Set((0..<30).map { "A-\($0)" }))
        let (inspection, problems) = try InspectionFolder.load(at: ours)
        #expect(problems.filter(\.isError).isEmpty)
        #expect(inspection.cases.count == 30)
        let a5 = try #require(inspection.cases.first { $0.id == "A-5" })
        #expect(a5.answers["2.1.3"]?.answer == .yes)  // the other process's change is kept
        #expect(a5.answers["2.1.2"]?.answer == .no)  // and the other copy's taken
        let a7 = try #require(inspection.cases.first { $0.id == "A-7" })
        #expect(a7.answers["2.1.2"]?.answer == .no)
        #expect(inspection.cases.allSatisfy { $0.answers["2.1.2"]?.answer == .no })
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: ours + "/cases")
        #expect(!names.contains { $0.contains(DurableFile.temporaryMarker) }, "\(names)")
    }
}
