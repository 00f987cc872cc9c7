import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

@Suite struct RoundTripTests {
    @Test func bundledFrameworkLoadsAndChecks() throws {
        let framework = try FrameworkLibrary.bundled()
        #expect(framework.id == FrameworkLibrary.defaultID)
        #expect(framework.problems().isEmpty)
        #expect(framework.standards.count == 10)
    }

    @Test func createWritesRecordAndCasesFolderPrivately() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        #expect(store.record.provider == "Fictional CRC")
        #expect(store.problems.isEmpty)
        var info = stat()
        #expect(stat(folder.sub("insp"), &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(stat(folder.sub("insp/cases"), &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(stat(folder.sub("insp/inspection.json"), &info) == 0 && info.st_mode & 0o777 == 0o600)
        // The bundled framework is referred to by id, not copied.
        #expect(!FileManager.default.fileExists(atPath: folder.sub("insp/framework.json")))
    }

    @Test func createRefusesAnExistingInspection() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        let before = folder.snapshot()
        #expect(throws: StoreError.self) { try Fixtures.newInspection(folder) }
        #expect(folder.snapshot() == before)
    }

    @Test func savedCaseComesBackEqualWithSortedPrettyJSON() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        var c = Fixtures.supervisionCase("A-1")
        c.answers["2.1.1"] = Answer(answer: .yes, note: "Clear plan: see /notes/2019 — Sørensen", prompts: ["a", "c"], by: "Ines Sørensen", at: "2026-11-24T10:15:00Z")
        c.answers["2.2.3"] = Answer(answer: .notApplicable)
        try store.save(c)

        let text = try #require(folder.read("insp/cases/A-1.json"))
        #expect(text.contains("\n  \"answers\" : {"))
        #expect(text.contains("/notes/2019"))  // slashes are not escaped
        #expect(text.hasSuffix("}\n"))
        let keys = ["answers", "attributes", "history", "id", "responsibleOfficer", "sample", "schemaVersion", "status"]
        let positions = keys.map { text.range(of: "\n  \"\($0)\"")!.lowerBound }
        #expect(positions == positions.sorted())

        var info = stat()
        #expect(stat(folder.sub("insp/cases/A-1.json"), &info) == 0 && info.st_mode & 0o777 == 0o600)

        let (inspection, problems) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(problems.isEmpty)
        #expect(inspection.cases == [c])
        #expect(inspection.record == store.record)
    }

    @Test func customFrameworkIsCopiedAndUsed() throws {
        let folder = TestFolder()
        var framework = try FrameworkLibrary.bundled()
        framework.id = "custom-2026"
        framework.title = "A later framework"
        let store = try InspectionFolder.create(at: folder.sub("insp"), provider: "P", framework: framework)
        #expect(FileManager.default.fileExists(atPath: folder.sub("insp/framework.json")))
        let (inspection, problems) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(problems.isEmpty)
        #expect(inspection.framework == framework)
        #expect(store.record.framework == "custom-2026")
        let reloaded = try FrameworkLibrary.load(file: folder.sub("insp/framework.json"))
        #expect(reloaded == framework)
    }

    @Test func caseIDsOutsideTheAllowedSetAreRefused() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        let before = folder.snapshot()
        for id in ["../x", "/etc/x", ".hidden", "a b", "", String(repeating: "x", count: 65)] {
            #expect(throws: StoreError.self) { try store.save(Fixtures.supervisionCase(id)) }
        }
        #expect(folder.snapshot() == before)
    }

    @Test func recordSaveKeepsRatings() throws {
        let folder = TestFolder()
        let store = try Fixtures.newInspection(folder)
        var record = store.record
        record.ratings["1.1"] = RecordedRating(rating: .good, reason: "Strong leadership", by: "Lead", at: "2026-11-24T10:15:00Z")
        try store.saveRecord(record)
        let (inspection, _) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(inspection.record.ratings["1.1"]?.rating == .good)
    }

    @Test func problemReadsAsFileFieldMessage() {
        let problem = StoreProblem(file: "cases/A-1.json", field: "answers.2.1.1.answer", message: "expected yes, no or na; found \"maybe\"")
        #expect(problem.description == "cases/A-1.json: answers.2.1.1.answer: expected yes, no or na; found \"maybe\"")
    }
}
