import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// An import's cases are written together: every one durably in place, mode 0600, exactly as a
/// save writes it, no temporary file left; and on an error, none of them.
@Suite struct NewCaseFilesTests {
    func cases(_ count: Int) -> [Case] {
        (0..<count).map { i in
            var c = Fixtures.supervisionCase(String(format: "N-%04d", i))
            c.answers["2.1.1"] = Answer(answer: i % 2 == 0 ? .yes : .no, by: "Importer", at: "2026-11-24T10:00:00Z")
            return c
        }
    }

    @Test func everyCaseIsWrittenAsASaveWritesIt() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        let written = cases(300)
        try NewCaseFiles.write(written, in: store.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.casesPath)
        #expect(names.count == written.count)
        #expect(!names.contains { $0.hasPrefix(".") })  // no temporary file left
        for c in written {
            let path = store.folder.casePath(c.id)
            #expect(FileManager.default.contents(atPath: path) == (try CaseFile.encode(c)))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let (loaded, problems) = try InspectionFolder.load(at: store.folder.path)
        #expect(loaded.cases == written && problems.isEmpty)
    }

    @Test func aCaseFileMadeMeanwhileUndoesTheWholeImport() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        try store.save(Fixtures.supervisionCase("A-1"))
        var written = cases(200)
        // Another process made one of them after the import checked: found only when it is put in place.
        let taken = written[150]
        try Data("someone else's\n".utf8).write(to: URL(fileURLWithPath: store.folder.casePath(taken.id)))
        let before = folder.snapshot()
        #expect(throws: StoreError.refused(file: "cases/\(taken.id).json", reason: "appeared while importing (another casemark?); the import was undone")) {
            try NewCaseFiles.write(written, in: store.folder)
        }
        #expect(folder.snapshot() == before)  // no case, no temporary file, the other file untouched
        written.remove(at: 150)
        try NewCaseFiles.write(written, in: store.folder)
        #expect(folder.snapshot().count == before.count + written.count)
    }

    @Test func aWriteThatFailsLeavesNothing() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        let before = folder.snapshot()
        // One case's temporary file cannot be made: the others, made or not yet, all go.
        var written = cases(50)
        written[20].id = String(repeating: "x", count: 250)  // a name longer than the file system allows
        #expect(throws: StoreError.self) { try NewCaseFiles.write(written, in: store.folder) }
        #expect(folder.snapshot() == before)
    }
}
