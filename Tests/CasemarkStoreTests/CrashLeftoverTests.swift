import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

@Suite struct CrashLeftoverTests {
    @Test func temporaryFilesAreIgnoredOnLoadAndRemovedOnWritableOpen() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        // As a save killed between write and rename leaves it: a half-written temporary file.
        let leftover = "insp/cases/.A-1.json.tmp-999999999-abc"
        try folder.write(leftover, "{\"schemaVersion\": 1, \"id\": \"A-")
        try folder.write("insp/.inspection.json.tmp-999999999-def", "{")

        let readOnly = try ReadOnlyInspection.open(at: folder.sub("insp"))
        #expect(readOnly.inspection.cases.map(\.id) == ["A-1"])
        #expect(readOnly.problems.isEmpty)
        #expect(folder.read(leftover) != nil)  // a read-only open never deletes

        _ = try WritableInspection.open(at: folder.sub("insp"))
        #expect(folder.read(leftover) == nil)
        #expect(folder.read("insp/.inspection.json.tmp-999999999-def") == nil)
    }

    @Test func aLiveWritersTemporaryFileIsLeftAlone() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        let parent = getppid()  // a process that is certainly running
        let name = "insp/cases/.A-1.json.tmp-\(parent)-xyz"
        try folder.write(name, "{")
        _ = try WritableInspection.open(at: folder.sub("insp"))
        #expect(folder.read(name) != nil)
    }

    @Test func readOnlyOpenChangesNothingNotEvenTimes() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        func times() -> [String: Int] {
            var result: [String: Int] = [:]
            for relative in folder.snapshot().keys {
                var info = stat()
                stat(folder.sub(relative), &info)
                result[relative] = info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
            }
            return result
        }
        let before = (folder.snapshot(), times())
        let opened = try ReadOnlyInspection.open(at: folder.sub("insp"))
        _ = opened.inUse("A-1")
        _ = InspectionFolder.validate(at: folder.sub("insp"))
        #expect(folder.snapshot() == before.0)
        #expect(times() == before.1)
    }
}
