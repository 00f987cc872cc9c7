import CasemarkTestSupport
import Foundation
import Testing

/// `casemark report INSPECTION --case ID`: one case whole, for the case file or a moderation meeting.
@Suite struct CaseReportCommandTests {
    static let sampleCases = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleCases").path

    static func casemark(_ arguments: [String], in folder: String = NSTemporaryDirectory()) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    @Test("text: officer, attributes, each answer with its prompts, note, who and when")
    func text() throws {
        let run = try Self.casemark(["report", Self.sampleCases, "--case", "cs-001"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.hasPrefix("Wessex and Downs CRC: case CS-001\n"))
        let lines = out.split(separator: "\n").map(String.init)
        func fact(_ label: String) -> String? {
            lines.first { $0.hasPrefix(label + ":") }.map { String($0.dropFirst(label.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
        #expect(fact("Responsible officer") == "Chloé Duval (PO)")
        #expect(fact("Status") == "complete")
        #expect(fact("Risk of serious harm issues apply") == "Y")
        #expect(fact("rosh_level") == "medium")
        #expect(out.contains("2.1.1 Does assessment focus sufficiently on engaging the service user?\n  Answer: Yes\n  Prompts ticked:\n    [x] a "))
        #expect(out.contains("  Note:\n    OASys completed 21 Aug 2025"))
        #expect(out.contains("  By: Rhiannon Pryce, 2026-03-09 09:16 UTC"))
        #expect(out.contains("2.4 Reviewing"))
        #expect(!out.contains("4.1 Unpaid work"))
    }

    @Test("markdown and html: the same case, marked up and escaped; --output writes it 0600")
    func markup() throws {
        let md = try Self.casemark(["report", Self.sampleCases, "--case", "CS-001", "--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Wessex and Downs CRC: case CS-001\n"))
        #expect(md.stdout.contains("**Answer:** Yes"))
        #expect(md.stdout.contains("> OASys completed 21 Aug 2025"))
        let scratch = TestFolder()
        let html = try Self.casemark(["report", Self.sampleCases, "--case", "CS-001", "--format", "html", "--output", "cs-001.html"], in: scratch.path)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try #require(scratch.read("cs-001.html"))
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<blockquote class=\"note\">OASys completed 21 Aug 2025"))
        #expect(page.contains("he said he wanted &#39;to be a better dad&#39;"))
        #expect(!page.contains("<script"))
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.sub("cs-001.html"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("bad input: an unknown id lists the ids; json, --officer or --by with --case are refused; nothing written")
    func badInput() throws {
        let scratch = TestFolder()
        let unknown = try Self.casemark(["report", Self.sampleCases, "--case", "CS-999", "--output", "x.txt"], in: scratch.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No case 'CS-999' in this inspection. Its cases are: CS-001, CS-002"))
        #expect(scratch.read("x.txt") == nil)
        let json = try Self.casemark(["report", Self.sampleCases, "--case", "CS-001", "--format", "json"])
        #expect(json.status == 64)
        #expect(json.stderr.contains("--case prints text, markdown or html"))
        let officer = try Self.casemark(["report", Self.sampleCases, "--case", "CS-001", "--officer", "Chloé Duval"])
        #expect(officer.status == 64)
        #expect(officer.stderr.contains("cannot be used with --across, --officer or --by"))
        let format = try Self.casemark(["report", Self.sampleCases, "--format", "pdf"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("pdf"))
    }

    @Test("report --output refuses the inspection's own files, a folder and a missing folder; nothing is overwritten")
    func reportOutputRefused() throws {
        let scratch = TestFolder()
        try FileManager.default.copyItem(atPath: Self.sampleCases, toPath: scratch.sub("insp"))
        let before = scratch.snapshot()
        for target in ["insp/inspection.json", "insp/cases/CS-001.json"] {
            let run = try Self.casemark(["report", "insp", "--format", "html", "--output", target], in: scratch.path)
            #expect(run.status == 1, "\(target)")
            #expect(run.stderr.contains("is part of the inspection insp being read"), "\(run.stderr)")
        }
        let folder = try Self.casemark(["report", "insp", "--output", "insp"], in: scratch.path)
        #expect(folder.status == 1)
        let missing = try Self.casemark(["report", "insp", "--output", "nowhere/r.txt"], in: scratch.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere/r.txt: its folder"))
        #expect(scratch.snapshot() == before)
    }
}
