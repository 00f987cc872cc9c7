import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CasemarkStore

/// An inspection folder that arrived from elsewhere (a USB stick, a zip, a sync tool) may hold
/// symbolic links, hard links and FIFOs where casemark expects its own files. None of them may
/// make casemark write outside the folder, or wait for ever.
@Suite struct HostileFolderTests {
    /// A file outside the inspection that a link in it points at: an inspection's case file the
    /// inspector can write.
    static let victimBytes = Array("{\"precious\": \"another inspection's case file\"}\n".utf8)

    func victim(_ folder: TestFolder) throws -> String {
        try folder.write("victim.json", Self.victimBytes)
        return folder.sub("victim.json")
    }

    func bytes(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { Array($0) } }

    func linkCount(_ path: String) -> Int {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_nlink) : -1
    }

    func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    // MARK: - Point 1: the in-use marker

    @Test func aMarkerThatIsASymbolicLinkLeavesItsTargetUnchanged() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        let target = try victim(folder)
        #expect(symlink(target, folder.sub("insp/cases/.A-1.json.editing")) == 0)

        #expect(store.beginEditing("A-1", by: "Ann") == nil)
        #expect(bytes(target) == Self.victimBytes, "opening the case wrote through the link")
        store.endEditing("A-1")
        #expect(bytes(target) == Self.victimBytes)
        #expect(linkCount(target) == 1)
    }

    @Test func aMarkerThatIsAHardLinkLeavesTheOtherFileUnchanged() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        let target = try victim(folder)
        #expect(link(target, folder.sub("insp/cases/.A-1.json.editing")) == 0)

        _ = store.beginEditing("A-1", by: "Ann")
        #expect(bytes(target) == Self.victimBytes, "opening the case wrote into a file with two names")
        store.endEditing("A-1")
        #expect(bytes(target) == Self.victimBytes)
    }

    @Test func theMarkerStillWorksAfterAForeignOneWasPutAside() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        try first.save(Fixtures.supervisionCase("A-1"))
        let target = try victim(folder)
        #expect(symlink(target, folder.sub("insp/cases/.A-1.json.editing")) == 0)
        #expect(first.beginEditing("A-1", by: "Ann") == nil)
        let second = try WritableInspection.open(at: folder.sub("insp"))
        #expect(second.inUse("A-1")?.by == "Ann", "the marker made instead of the link says who has the case")
        first.endEditing("A-1")
        #expect(second.inUse("A-1") == nil)
    }

    @Test func aMarkerLinkedToAFifoDoesNotHangTheInUseCheck() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        #expect(mkfifo(folder.sub("insp/cases/.A-1.json.editing"), 0o600) == 0)
        // A FIFO opened for reading with nobody writing would wait for ever.
        let reader = try ReadOnlyInspection.open(at: folder.sub("insp"))
        #expect(reader.inUse("A-1") == nil)
        #expect(store.beginEditing("A-1", by: "Ann") == nil)
        store.endEditing("A-1")
    }

    // MARK: - Point 1: case files and the cases folder

    @Test func aCaseFileThatIsASymbolicLinkIsReportedNeverFollowed() throws {
        let folder = TestFolder()
        let other = try InspectionFolder.create(at: folder.sub("other"), provider: "Other CRC", framework: Fixtures.framework())
        try other.save(Fixtures.supervisionCase("B-1"))
        let otherCase = folder.sub("other/cases/B-1.json")
        let before = try #require(bytes(otherCase))

        let store = try Fixtures.newInspection(folder)
        #expect(symlink(otherCase, folder.sub("insp/cases/B-1.json")) == 0)
        let problems = InspectionFolder.validate(at: folder.sub("insp"))
        let problem = try #require(problems.first { $0.file == "cases/B-1.json" }, "\(problems)")
        #expect(problem.isError)
        #expect(problem.message.contains("is a symbolic link"), "\(problem)")

        let reopened = try WritableInspection.open(at: folder.sub("insp"))
        #expect(reopened.case("B-1") == nil, "a linked file is not read as a case")
        var c = Fixtures.supervisionCase("B-1")
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        #expect(throws: StoreError.self) { try reopened.save(c) }
        _ = store
        #expect(bytes(otherCase) == before)
        #expect(isSymbolicLink(folder.sub("insp/cases/B-1.json")), "the link is left as it was")
    }

    @Test func aCasesFolderThatIsASymbolicLinkIsReportedAndNothingIsWrittenThroughIt() throws {
        let folder = TestFolder()
        let other = try InspectionFolder.create(at: folder.sub("other"), provider: "Other CRC", framework: Fixtures.framework())
        try other.save(Fixtures.supervisionCase("B-1"))
        let otherBefore = FolderSnapshot.fingerprint(folder.sub("other"))

        _ = try Fixtures.newInspection(folder)
        try FileManager.default.removeItem(atPath: folder.sub("insp/cases"))
        #expect(symlink(folder.sub("other/cases"), folder.sub("insp/cases")) == 0)

        let problems = InspectionFolder.validate(at: folder.sub("insp"))
        let problem = try #require(problems.first { $0.file.hasPrefix("cases") }, "\(problems)")
        #expect(problem.isError)
        #expect(problem.message.contains("is a symbolic link"), "\(problem)")

        let store = try WritableInspection.open(at: folder.sub("insp"))
        #expect(store.inspection.cases.isEmpty, "cases behind the link are not read")
        #expect(throws: StoreError.self) { try store.save(Fixtures.supervisionCase("B-2")) }
        #expect(store.beginEditing("B-1", by: "Ann") == nil)
        store.endEditing("B-1")
        #expect(FolderSnapshot.fingerprint(folder.sub("other")) == otherBefore)
    }

    @Test func aSymbolicallyLinkedInspectionFolderIsTheUsersChoiceAndWorks() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        #expect(symlink(folder.sub("insp"), folder.sub("shortcut")) == 0)
        let store = try WritableInspection.open(at: folder.sub("shortcut"))
        try store.save(Fixtures.supervisionCase("A-1"))
        #expect(FileManager.default.fileExists(atPath: folder.sub("insp/cases/A-1.json")))
        #expect(InspectionFolder.validate(at: folder.sub("shortcut")).filter(\.isError).isEmpty)
    }

    // MARK: - Point 3: FIFOs and other files that are not regular files

    @Test func aFifoNamedLikeACaseFileIsReportedNotWaitedOn() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        #expect(mkfifo(folder.sub("insp/cases/F-1.json"), 0o600) == 0)
        #expect(mkfifo(folder.sub("insp/inspection.json.fifo"), 0o600) == 0)

        let problems = try finishesWithin(seconds: 10, unblocking: folder.sub("insp/cases/F-1.json")) {
            InspectionFolder.validate(at: folder.sub("insp"))
        }
        let problem = try #require(problems.first { $0.file == "cases/F-1.json" }, "\(problems)")
        #expect(problem.isError)
        #expect(problem.message.contains("FIFO"), "\(problem)")

        let reopened = try finishesWithin(seconds: 10, unblocking: folder.sub("insp/cases/F-1.json")) {
            try WritableInspection.open(at: folder.sub("insp"))
        }
        #expect(reopened.case("A-1") != nil)
        #expect(reopened.isUnreadable("F-1"))
    }

    @Test func aFifoSwappedInUnderAnOpenStoreIsRefusedOnSave() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        let path = folder.sub("insp/cases/A-1.json")
        #expect(unlink(path) == 0)
        #expect(mkfifo(path, 0o600) == 0)
        var c = try #require(store.case("A-1"))
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let thrown = try finishesWithin(seconds: 10, unblocking: path) { () -> Error? in
            do {
                try store.save(c)
                return nil
            } catch {
                return error
            }
        }
        let error = try #require(thrown)
        #expect("\(error)".contains("FIFO"), "\(error)")
        #expect(try finishesWithin(seconds: 10, unblocking: path) { try? store.reload("A-1") } == nil)
    }

    /// Runs `body` on another thread; if it has not finished within `seconds`, the FIFO at
    /// `unblocking` is opened for writing (so that a reader stuck on it goes on) and the test fails.
    func finishesWithin<T>(seconds: Double, unblocking fifo: String, _ body: @escaping () throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        // The body runs on one thread at a time: this one waits for it.
        nonisolated(unsafe) let work = body
        Thread.detachNewThread {
            box.set(Result { try work() })
            done.signal()
        }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            Issue.record("still waiting after \(seconds) s: a FIFO was opened or read")
            // Each open of the FIFO waits for a writer: give it one until the body is through.
            repeat {
                let writer = open(fifo, O_WRONLY | O_NONBLOCK)
                if writer >= 0 { close(writer) }
            } while done.wait(timeout: .now() + 0.2) == .timedOut
        }
        return try box.take().get()
    }

    // MARK: - Point 4: a case completed on disk after it was opened

    @Test func aCaseCompletedElsewhereRefusesTheNextAnswer() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        try first.save(Fixtures.supervisionCase("A-1"))
        let second = try WritableInspection.open(at: folder.sub("insp"))

        var done = try #require(first.case("A-1"))
        try done.complete(by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.save(done)
        let before = folder.snapshot()

        var late = try #require(second.case("A-1"))
        try late.record(Answer(answer: .no, note: "typed on the other screen"), for: "2.1.1", by: "Bob", at: "2026-11-24T10:00:05Z", changeID: ChangeID.random())
        #expect(throws: StoreError.conflict(file: "cases/A-1.json", fields: ["status"])) { try second.save(late) }
        #expect(folder.snapshot() == before, "the complete case is unchanged")

        // Reopened there (with a reason), the change goes in as it would have from the start.
        var reloaded = try #require(try second.reload("A-1"))
        #expect(reloaded.status == .complete)
        try reloaded.reopen(reason: "second look", by: "Bob", at: "2026-11-24T10:01:00Z", changeID: ChangeID.random())
        try reloaded.record(Answer(answer: .no), for: "2.1.1", by: "Bob", at: "2026-11-24T10:01:01Z", changeID: ChangeID.random())
        #expect(try second.save(reloaded).answers["2.1.1"]?.answer == .no)
    }

    @Test func aCaseCompleteWhenOpenedAndReopenedHereStillSaves() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        var c = Fixtures.supervisionCase("A-1")
        try c.complete(by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try store.save(c)
        let again = try WritableInspection.open(at: folder.sub("insp"))
        var reopened = try #require(again.case("A-1"))
        try reopened.reopen(reason: "a correction", by: "Ann", at: "2026-11-24T10:02:00Z", changeID: ChangeID.random())
        try reopened.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:02:01Z", changeID: ChangeID.random())
        #expect(try again.save(reopened).status == .inProgress)
    }

    // MARK: - Point 9: fields this build does not know; a file deleted while open

    @Test func aCaseFileWithAFieldThisBuildDoesNotKnowIsNotSavedOver() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        let path = folder.sub("insp/cases/A-1.json")
        var text = try #require(folder.read("insp/cases/A-1.json"))
        text = text.replacingOccurrences(of: "\"id\"", with: "\"reviewedBy\" : \"Moderator\",\n  \"id\"")
        try folder.write("insp/cases/A-1.json", text)
        let before = bytes(path)

        let again = try WritableInspection.open(at: folder.sub("insp"))
        var c = try #require(again.case("A-1"))
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        do {
            try again.save(c)
            Issue.record("saved, dropping reviewedBy")
        } catch {
            #expect("\(error)".contains("reviewedBy"), "\(error)")
        }
        #expect(bytes(path) == before)
    }

    @Test func aCaseFileDeletedWhileOpenIsWrittenAgainAndSaysSo() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        #expect(store.lastSaveRecreatedFile == false)
        try FileManager.default.removeItem(atPath: folder.sub("insp/cases/A-1.json"))
        var c = try #require(store.case("A-1"))
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try store.save(c)
        #expect(store.lastSaveRecreatedFile, "the save says the file had gone")
        #expect(FileManager.default.fileExists(atPath: folder.sub("insp/cases/A-1.json")))
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        try store.save(c)
        #expect(store.lastSaveRecreatedFile == false)
    }
}

/// A value handed from one thread to another.
final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<T, Error>?

    func set(_ result: Result<T, Error>) { lock.withLock { value = result } }
    func take() -> Result<T, Error> { lock.withLock { value! } }
}
