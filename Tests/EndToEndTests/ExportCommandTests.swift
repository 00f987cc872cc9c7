import CasemarkTestSupport
import Foundation
import Testing

/// `casemark export` run as a user runs it: the built binary, its exit status, the file it writes,
/// and `casemark import` reading that file back.
@Suite struct ExportCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    static let sampleCases = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleCases").path

    static func keyQuestions(_ json: String) throws -> NSDictionary {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(root["keyQuestions"] as? NSDictionary)
    }

    @Test("export --bom --output, import into a new folder: the same key-question figures, mode 0600")
    func exportImport() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["export", Self.sampleCases, "--output", "cases.csv", "--bom"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Exported"))
        let bytes = try #require(FileManager.default.contents(atPath: scratch.sub("cases.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("case_id,responsible_officer,officer_grade,sample,status,2.1.1,"))
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.sub("cases.csv"))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let imported = try Self.casemark(["import", "again", "--csv", "cases.csv"], in: scratch.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try Self.casemark(["report", Self.sampleCases, "--format", "json"], in: scratch.path)
        let after = try Self.casemark(["report", "again", "--format", "json"], in: scratch.path)
        #expect(try Self.keyQuestions(after.stdout) == Self.keyQuestions(before.stdout))

        // Without --output the CSV goes to standard output, the same bytes without the mark.
        let printed = try Self.casemark(["export", Self.sampleCases], in: scratch.path)
        #expect(printed.status == 0)
        #expect(Data(printed.stdout.utf8) == bytes.dropFirst(3))
    }

    @Test("bad input: a missing inspection, output onto the inspection's own files, a folder, an unwritable folder")
    func badInput() throws {
        let scratch = TestFolder()
        try FileManager.default.copyItem(atPath: Self.sampleCases, toPath: scratch.sub("insp"))
        let before = scratch.snapshot()

        let missing = try Self.casemark(["export", "nowhere"], in: scratch.path)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nowhere"))

        for target in ["insp/inspection.json", "insp/cases/CS-001.json", "insp/cases/new.csv"] {
            let run = try Self.casemark(["export", "insp", "--output", target], in: scratch.path)
            #expect(run.status == 1, "\(target)")
            #expect(run.stderr.contains("\(target): is part of the inspection insp being read"), "\(run.stderr)")
        }
        let folder = try Self.casemark(["export", "insp", "--output", "insp"], in: scratch.path)
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("insp: is the input insp itself"), "\(folder.stderr)")

        let nowhere = try Self.casemark(["export", "insp", "--output", "no/such/folder/x.csv"], in: scratch.path)
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("its folder"), "\(nowhere.stderr)")

        try FileManager.default.createDirectory(atPath: scratch.sub("locked"), withIntermediateDirectories: true)
        try scratch.write("locked/old.csv", "keep me")
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.sub("locked"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.sub("locked")) }
        let locked = try Self.casemark(["export", "insp", "--output", "locked/old.csv"], in: scratch.path)
        // Root may write anywhere; everyone else is refused and the old file is kept.
        if getuid() != 0 {
            #expect(locked.status == 1)
            #expect(locked.stderr.contains("locked/old.csv: could not"), "\(locked.stderr)")
            #expect(scratch.read("locked/old.csv") == "keep me")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.sub("locked"))
        try FileManager.default.removeItem(atPath: scratch.sub("locked"))
        // A folder nobody can write in, root included (/proc takes no new files).
        for command in [["export", "insp"], ["report", "insp", "--format", "html"]] {
            let proc = try Self.casemark(command + ["--output", "/proc/casemark-test.csv"], in: scratch.path)
            #expect(proc.status == 1, "\(command)")
            #expect(proc.stderr.contains("/proc/casemark-test.csv: could not"), "\(proc.stderr)")
        }
        #expect(scratch.snapshot().filter { !$0.key.hasPrefix("locked") } == before)
    }

    @Test("CSV export of a folder of inspections: refused, naming the folder and what to give instead, nothing written")
    func folderOfInspections() throws {
        let scratch = TestFolder()
        for name in ["barnet-2026", "wessex-2026"] {
            let made = try Self.casemark(["new", "year/" + name, "--provider", "P"], in: scratch.path)
            #expect(made.status == 0, "\(made.all)")
        }
        let before = scratch.snapshot()
        for output in [[], ["--output", "year.csv"]] {
            let run = try Self.casemark(["export", "year"] + output, in: scratch.path)
            #expect(run.status == 1, "\(run.all)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("year: a folder of inspections (barnet-2026, wessex-2026)"), "\(run.stderr)")
            #expect(run.stderr.contains("the CSV export takes one inspection"), "\(run.stderr)")
            #expect(run.stderr.contains("year/barnet-2026") && run.stderr.contains("--format sqlite"), "\(run.stderr)")
            #expect(!run.stderr.contains("missing"), "\(run.stderr)")
        }
        #expect(scratch.snapshot() == before)
    }

    @Test("--help says what export writes")
    func help() throws {
        let run = try Self.casemark(["export", "--help"], in: NSTemporaryDirectory())
        #expect(run.status == 0)
        #expect(run.stdout.contains("--bom"))
        #expect(run.stdout.contains("interchange layout"))
    }
}
