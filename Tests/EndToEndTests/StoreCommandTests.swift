import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// The store's commands as a user runs them: exit codes, messages naming file and field, and
/// no file changed when something is refused.
@Suite struct StoreCommandTests {
    func newInspection(_ scratch: TestFolder) throws -> String {
        let path = scratch.sub("insp")
        let result = try CasemarkBinary.run(["new", path, "--provider", "London CRC", "--inspector", "Lead"])
        #expect(result.status == 0, "\(result.all)")
        return path
    }

    @Test func newValidateRateHistoryWorkTogether() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        #expect(try CasemarkBinary.run(["validate", path]).status == 0)

        let rated = try CasemarkBinary.run(["rate", path, "2.2", "Requires-Improvement", "--reason", "Wider evidence of planning"], environment: ["CASEMARK_INSPECTOR": "Ines Sørensen"])
        #expect(rated.status == 0, "\(rated.all)")
        #expect(rated.stdout.contains("2.2 Planning: Requires improvement recorded"))
        let record = try #require(try InspectionFolder.load(at: path).0.record.ratings["2.2"])
        #expect(record.rating == .requiresImprovement)
        #expect(record.by == "Ines Sørensen")
        #expect(record.at?.hasSuffix("Z") == true)

        let cleared = try CasemarkBinary.run(["rate", path, "2.2", "--clear"])
        #expect(cleared.status == 0)
        #expect(try InspectionFolder.load(at: path).0.record.ratings.isEmpty)

        let saved = try CasemarkBinary.runBench(["exercise-store", path, "--cases", "A-1", "--key-questions", "2.1.1", "--count", "2", "--inspector", "Ann"])
        #expect(saved.status == 0, "\(saved.all)")
        let history = try CasemarkBinary.run(["history", path, "A-1"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("before: Yes; note: \"Ann save 1\""))
        #expect(history.stdout.contains("after:  No; note: \"Ann save 2\""))
    }

    @Test func historyShowsANoteAsTypedWithItsLineBreaksMarked() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        let note = #"Seen with Jack O'Neill \"twice\"; très motivé\nSecond line"#
        let json = """
            {"schemaVersion": 1, "id": "A-1", "sample": "case-supervision",
             "responsibleOfficer": {"name": "Jack O'Neill", "grade": "PO"}, "attributes": {}, "status": "in-progress",
             "answers": {"2.1.1": {"answer": "yes", "note": "\(note)", "by": "Zoë", "at": "2026-01-05T10:00:00Z"}},
             "history": [{"event": "answer", "keyQuestion": "2.1.1", "by": "Zoë", "at": "2026-01-05T10:00:00Z",
                          "value": {"answer": "yes", "note": "\(note)"}}]}
            """
        #expect(FileManager.default.createFile(atPath: "\(path)/cases/A-1.json", contents: Data(json.utf8)))
        let history = try CasemarkBinary.run(["history", path, "A-1"])
        #expect(history.status == 0, "\(history.all)")
        #expect(history.stdout.contains(#"after:  Yes; note: "Seen with Jack O'Neill \"twice\"; très motivé\nSecond line""#), "\(history.stdout)")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var setUp: @Sendable (String) throws -> Void
        var arguments: @Sendable (String) -> [String]
        var expected: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "validate: answer not yes/no/na", setUp: { path in
            try Data(#"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "X"}, "answers": {"2.1.1": {"answer": "maybe"}}}"#.utf8)
                .write(to: URL(fileURLWithPath: path + "/cases/A-1.json"))
        }, arguments: { ["validate", $0] }, expected: #"cases/A-1.json: answers.2.1.1.answer: expected yes, no or na; found "maybe""#),
        Refusal(name: "validate: newer schema", setUp: { path in
            try Data(#"{"schemaVersion": 4}"#.utf8).write(to: URL(fileURLWithPath: path + "/cases/A-1.json"))
        }, arguments: { ["validate", $0] }, expected: "cases/A-1.json: schemaVersion: written by a newer casemark: version 4, this build reads up to 3"),
        Refusal(name: "validate: truncated file", setUp: { path in
            try Data(#"{"schemaVersion": 1, "id": "A-1", "sam"#.utf8).write(to: URL(fileURLWithPath: path + "/cases/A-1.json"))
        }, arguments: { ["validate", $0] }, expected: "cases/A-1.json: not valid JSON at line 1, column 39: a string is not closed"),
        Refusal(name: "history: unreadable case", setUp: { path in
            try Data("".utf8).write(to: URL(fileURLWithPath: path + "/cases/A-1.json"))
        }, arguments: { ["history", $0, "A-1"] }, expected: "cases/A-1.json: not valid JSON at line 1, column 1: the file is empty"),
        Refusal(name: "history: id escaping the folder", setUp: { _ in }, arguments: { ["history", $0, "../x"] }, expected: "is not a case id"),
        Refusal(name: "rate: unknown standard", setUp: { _ in }, arguments: { ["rate", $0, "9.9", "good", "--reason", "r"] }, expected: "unknown standard \"9.9\""),
        Refusal(name: "rate: unknown rating", setUp: { _ in }, arguments: { ["rate", $0, "2.1", "excellent", "--reason", "r"] }, expected: "unknown rating \"excellent\""),
        Refusal(name: "rate: no reason", setUp: { _ in }, arguments: { ["rate", $0, "2.1", "good"] }, expected: "--reason is required"),
        Refusal(name: "rate: newer inspection.json", setUp: { path in
            try Data(#"{"schemaVersion": 3, "provider": "P", "framework": "hmip-probation-2018"}"#.utf8).write(to: URL(fileURLWithPath: path + "/inspection.json"))
        }, arguments: { ["rate", $0, "1.1", "good", "--reason", "r"] }, expected: "inspection.json: schemaVersion: written by a newer casemark: version 3"),
        Refusal(name: "new: existing inspection", setUp: { _ in }, arguments: { ["new", $0, "--provider", "Again"] }, expected: "already holds an inspection"),
        Refusal(name: "new: bad framework file", setUp: { path in
            try Data(#"{"schemaVersion": 1, "id": "x", "title": "t", "samples": "none"}"#.utf8).write(to: URL(fileURLWithPath: path + "/../bad-framework.json"))
        }, arguments: { ["new", $0 + "-2", "--provider", "P", "--framework", $0 + "/../bad-framework.json"] }, expected: #"bad-framework.json: samples: expected a list; found "none""#),
        Refusal(name: "new: unknown framework", setUp: { _ in }, arguments: { ["new", $0 + "-3", "--provider", "P", "--framework", "hmip-2031"] }, expected: #"unknown framework "hmip-2031""#),
    ]

    @Test(arguments: refusals)
    func refusedWithFileFieldAndNothingChanged(_ refusal: Refusal) throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        try refusal.setUp(path)
        let before = scratch.snapshot()
        let result = try CasemarkBinary.run(refusal.arguments(path))
        #expect(result.status != 0)
        #expect(result.all.contains(refusal.expected), "\(result.all)")
        #expect(scratch.snapshot() == before)
    }

    @Test func warningsAloneDoNotFailValidate() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        chmod(path, 0o755)
        let result = try CasemarkBinary.run(["validate", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: the inspection folder can be read by other users"))
        #expect(result.stdout.contains("no errors, 1 warning"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["new", "rate", "validate", "history"] {
            let result = try CasemarkBinary.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: casemark \(command)"))
        }
        #expect(try CasemarkBinary.run(["validate", "--help"]).stdout.contains("Warnings"))
    }
}
