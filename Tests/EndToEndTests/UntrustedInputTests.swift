import CasemarkTestSupport
import Foundation
import Testing

/// What cannot be trusted is refused with nothing written (issue 19.3): a copy with another
/// framework of the same id, case ids that differ only in letter case, a case file over 8 MiB and
/// a CSV cell over 1 MiB, each with a message naming the file (and the limit and size), exit 1.
@Suite struct UntrustedInputTests {
    static func casemark(_ arguments: [String], status: Int32 = 0, in folder: String? = nil) throws -> CommandOutput {
        let result = try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test"])
        #expect(result.status == status, "casemark \(arguments.joined(separator: " ")): \(result.all)")
        return result
    }

    static let bundledFramework: String = {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("Sources/CasemarkStore/Resources/hmip-2018.json").path
    }()

    /// A copy with its own framework.json: the same id, one more key question. Merged, it made a
    /// clean target invalid; now it is refused by content.
    @Test func aCopyWithAnotherFrameworkOfTheSameIDIsRefused() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try TeamworkEndToEndTests.copySample(to: a)
        try TeamworkEndToEndTests.copySample(to: b)
        var framework = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.bundledFramework))) as? [String: Any])
        var standards = try #require(framework["standards"] as? [[String: Any]])
        let index = try #require(standards.firstIndex { $0["id"] as? String == "2.1" })
        var keyQuestions = try #require(standards[index]["keyQuestions"] as? [[String: Any]])
        keyQuestions.append(["id": "2.1.4", "text": "Is the assessment shared with the service user?", "prompts": [[String: Any]]()])
        standards[index]["keyQuestions"] = keyQuestions
        framework["standards"] = standards
        try JSONSerialization.data(withJSONObject: framework, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: b + "/framework.json"))
        _ = try Self.casemark(["mark", b, "CS-003", "2.1.4", "yes"])
        #expect(try Self.casemark(["validate", b]).status == 0)  // a sound inspection in its own right

        let before = FolderSnapshot.contents(a)
        let merged = try Self.casemark(["merge", a, b], status: 1)
        #expect(merged.stderr.contains(b + "/framework.json") && merged.stderr.contains("another framework") && merged.stderr.contains("2.1.4"), "\(merged.all)")
        #expect(FolderSnapshot.contents(a) == before)
        #expect(try Self.casemark(["validate", a]).status == 0)
    }

    /// A copy whose case id differs from this inspection's only in letter case: on macOS and
    /// Windows the two are one file, so it is refused rather than copied in beside it.
    @Test func aCopyWithACaseIDDifferingOnlyInLetterCaseIsRefused() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try TeamworkEndToEndTests.copySample(to: a)
        try TeamworkEndToEndTests.copySample(to: b)
        let text = try String(contentsOfFile: b + "/cases/CS-004.json", encoding: .utf8)
        try text.replacingOccurrences(of: "\"CS-004\"", with: "\"cs-004\"").write(toFile: b + "/cases/cs-004.json", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: b + "/cases/CS-004.json")
        let before = FolderSnapshot.contents(a)
        let merged = try Self.casemark(["merge", a, b], status: 1)
        #expect(merged.stderr.contains("cases/cs-004.json") && merged.stderr.contains("CS-004") && merged.stderr.contains("letter case"), "\(merged.all)")
        #expect(FolderSnapshot.contents(a) == before)
    }

    /// `import` and `sample` refuse ids that differ only in letter case within one file.
    @Test func importAndSampleRefuseIDsDifferingOnlyInLetterCase() throws {
        let scratch = TestFolder()
        try scratch.write("cases.csv", "case_id,responsible_officer,sample\nA-1,Ann,case-supervision\na-1,Bob,case-supervision\n")
        let imported = try Self.casemark(["import", scratch.sub("insp"), "--csv", scratch.sub("cases.csv")], status: 1)
        #expect(imported.stderr.contains("a-1") && imported.stderr.contains("capitals"), "\(imported.all)")
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("insp")))
        let drawn = try Self.casemark(
            ["sample", "--population", scratch.sub("cases.csv"), "--size", "1", "--into", scratch.sub("drawn"), "--provider", "P"], status: 1)
        #expect(drawn.stderr.contains("a-1") && drawn.stderr.contains("capitals"), "\(drawn.all)")
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("drawn")))
    }

    /// A case file over 8 MiB is not read: validate names it with the limit and its size, a merge
    /// of a copy holding one writes nothing, and so does the git driver.
    @Test func aCaseFileOver8MiBIsRefused() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try TeamworkEndToEndTests.copySample(to: a)
        try TeamworkEndToEndTests.copySample(to: b)
        // A note of 9 MiB (twice: the answer and its history): sound JSON, a sound case, only too large.
        _ = try Self.casemark(["mark", b, "CS-004", "2.1.1", "yes", "--note", "Seen"])
        let text = try String(contentsOfFile: b + "/cases/CS-004.json", encoding: .utf8)
        let huge = text.replacingOccurrences(of: "\"Seen\"", with: "\"" + String(repeating: "x", count: 9 * 1024 * 1024) + "\"")
        try huge.write(toFile: b + "/cases/CS-004.json", atomically: true, encoding: .utf8)
        let validate = try Self.casemark(["validate", b], status: 1)
        #expect(validate.stdout.contains("cases/CS-004.json: is 18 MiB (") && validate.stdout.contains(" bytes), over the limit of 8 MiB"), "\(validate.all)")
        let before = FolderSnapshot.contents(a)
        let merged = try Self.casemark(["merge", a, b], status: 1)
        #expect(merged.stderr.contains("cases/CS-004.json") && merged.stderr.contains("8 MiB"), "\(merged.all)")
        #expect(FolderSnapshot.contents(a) == before)
        // The git driver too: OURS untouched.
        let ours = scratch.sub("ours.json")
        try FileManager.default.copyItem(atPath: a + "/cases/CS-004.json", toPath: ours)
        let oursBefore = try Data(contentsOf: URL(fileURLWithPath: ours))
        let driver = try Self.casemark(["merge-file", a + "/cases/CS-004.json", ours, b + "/cases/CS-004.json", "insp/cases/CS-004.json"], status: 1)
        #expect(driver.stderr.contains("8 MiB"), "\(driver.all)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours)) == oursBefore)
    }

    /// A CSV cell over 1 MiB: import and report name the file, the line, the limit and the size.
    @Test func aCSVCellOver1MiBIsRefused() throws {
        let scratch = TestFolder()
        let note = String(repeating: "y", count: 1024 * 1024 + 10)
        try scratch.write("quoted.csv", "case_id,responsible_officer,sample,notes\nA-1,Ann,case-supervision,\"\(note)\"\n")
        try scratch.write("plain.csv", "case_id,responsible_officer,sample,notes\nA-1,Ann,case-supervision,\(note)\n")
        for file in ["quoted.csv", "plain.csv"] {
            let imported = try Self.casemark(["import", scratch.sub("insp"), "--csv", scratch.sub(file)], status: 1)
            #expect(imported.stderr.contains(file) && imported.stderr.contains("line 2") && imported.stderr.contains("limit of 1 MiB") && imported.stderr.contains("bytes"), "\(imported.all)")
            #expect(!FileManager.default.fileExists(atPath: scratch.sub("insp")))
            let report = try Self.casemark(["report", scratch.sub(file)], status: 1)
            #expect(report.stderr.contains("limit of 1 MiB"), "\(report.all)")
        }
    }
}
