import CasemarkTestSupport
import Foundation
import Testing

/// Issue 9.2: an inspection folder or a CSV full of control characters (clear the screen, retitle
/// the window, write the clipboard with OSC 52, C1 CSI) makes no command print anything a terminal
/// would act on: every command's output, on standard output and standard error, holds no ESC, no
/// C1 character and no other control character but the line feed.
@Suite struct TerminalEscapeTests {
    /// Clear screen, window title, clipboard (OSC 52), C1 CSI, C1 NEL, DEL, bell, a carriage return.
    static let evil = "\u{1B}[2J\u{1B}]0;pwned\u{7}\u{1B}]52;c;aGk=\u{7}\u{9B}31m\u{85}\u{7F}\r"
    static let name = "Ann \(evil)Lee\nFake Officer  99 of 99  100%"

    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        // Wide enough that no report wraps: a line that starts "Fake Officer" can only be a faked one.
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Insp\(evil)ector", "COLUMNS": "3000"])
    }

    /// The control characters in `text` other than the line feed, as code points.
    static func controls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0) }
    }

    static func expectSafe(_ run: CommandOutput, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(controls(run.stdout).isEmpty, "\(what): standard output has \(controls(run.stdout))\n\(run.stdout)", sourceLocation: sourceLocation)
        #expect(controls(run.stderr).isEmpty, "\(what): standard error has \(controls(run.stderr))\n\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!Data(run.all.utf8).contains(0x1B), "\(what): an ESC byte", sourceLocation: sourceLocation)
        // A line feed in an officer's name never starts a line of its own.
        #expect(!run.all.split(separator: "\n").contains { $0.hasPrefix("Fake Officer") }, "\(what): a faked line\n\(run.all)", sourceLocation: sourceLocation)
    }

    /// A CSV field quoted as RFC 4180 asks.
    static func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// An inspection imported from a hostile CSV, with a rating whose reason is hostile and a case
    /// file edited by hand to hold hostile notes, history, attributes and unknown fields.
    static func hostileInspection() throws -> TestFolder {
        let scratch = TestFolder()
        let header = "case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,rosh_issues_apply,\(quoted("team\(evil)"))"
        let rows = [
            "A-1,\(quoted(name)),PO,case-supervision,Y,N,Y,\(quoted("North\(evil)"))",
            "A-2,\(quoted(name)),PSO,case-supervision,N,Y,N,\(quoted("South\(evil)"))",
            "A-3,Bob Roe,PO,case-supervision,Y,Y,Y,\(quoted("\n\(evil)"))",
        ]
        try scratch.write("evil.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let imported = try casemark(["import", "insp", "--csv", "evil.csv", "--provider", "Provider \(evil)\nFake"], in: scratch.path)
        expectSafe(imported, "import")
        try #require(imported.status == 0, "setting up: \(imported.all)")

        // By hand: a note, a history entry, a reason and unknown fields full of control characters.
        let file = scratch.sub("insp/cases/A-1.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        var answers = json["answers"] as? [String: Any] ?? [:]
        answers["2.1.3"] = ["answer": "yes", "note": "Seen \(evil)\nFake Officer", "by": "By \(evil)", "at": "2026-01-01T00:00:00Z\(evil)", "prompts": ["a\(evil)"]]
        json["answers"] = answers
        json["history"] = [
            ["event": "answer", "keyQuestion": "2.1.3", "by": "By \(evil)\nFake Officer", "at": "2026-01-01T00:00:00Z",
             "value": ["answer": "yes", "note": "n\(evil)"], "reason": "undo \(evil)"],
            ["event": "reopen", "by": "By \(evil)", "at": "2026-01-02T00:00:00Z", "reason": "why \(evil)\nFake Officer"],
        ]
        json["unknown\(evil)field"] = "value \(evil)"
        json["attributes"] = ["rosh_issues_apply": "Y", "weird\(evil)": "v\(evil)"]
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .prettyPrinted]).write(to: URL(fileURLWithPath: file))
        // import tidies the spaces of a name (a line feed among them); a case file keeps what it holds.
        let second = scratch.sub("insp/cases/A-2.json")
        var secondJSON = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: second))) as? [String: Any])
        secondJSON["responsibleOfficer"] = ["name": name, "grade": "PSO"]
        try JSONSerialization.data(withJSONObject: secondJSON, options: [.sortedKeys, .prettyPrinted]).write(to: URL(fileURLWithPath: second))
        // A case file whose content is broken in a hostile way: the problem quotes it.
        try scratch.write("insp/cases/A-9.json", "{\"id\": \"A-9\u{1B}]0;x\u{7}\", \"schemaVersion\": \"\u{9B}\"}")
        return scratch
    }

    @Test("every command on hostile data: no ESC, no C1, no control character but the line feed, no faked line")
    func everyCommand() throws {
        let scratch = try Self.hostileInspection()
        let rate = try Self.casemark(["rate", "insp", "1.1", "good", "--reason", "Because \(Self.evil)\nFake Officer"], in: scratch.path)
        Self.expectSafe(rate, "rate")
        #expect(rate.status == 0, "\(rate.all)")
        let again = try Self.casemark(["rate", "insp", "1.1", "inadequate", "--reason", "Changed \(Self.evil)"], in: scratch.path)
        Self.expectSafe(again, "rate, replacing a rating")
        #expect(again.stdout.contains("It was: Good"), "\(again.all)")

        let commands: [[String]] = [
            ["report", "insp"],
            ["report", "insp", "--format", "markdown"],
            ["report", "insp", "--by", "officer"],
            ["report", "insp", "--by", "grade"],
            ["report", "insp", "--by", "sample"],
            ["report", "insp", "--format", "markdown", "--by", "officer"],
            ["report", "insp", "--officer", "Ann \(Self.evil)Lee\nFake Officer  99 of 99  100%"],
            ["report", "insp", "--officer", "nobody \(Self.evil)"],
            ["report", "evil.csv"],
            ["report", "evil.csv", "--by", "officer"],
            ["report", "--across", "insp", "--by", "officer"],
            ["report", "--across", "insp", "--by", "team\(Self.evil)"],
            ["report", "--across", "insp", "--format", "markdown"],
            ["compare", "insp", "insp"],
            ["mark", "insp", "A-3", "2.1.1", "no", "--note", "seen \(Self.evil)\nFake Officer"],
            ["mark", "insp", "A-3", "2.1.1", "no", "--note", "seen \(Self.evil)\nFake Officer"],
            ["mark", "insp", "A-\(Self.evil)", "2.1.1", "no"],
            ["conflicts", "insp"],
            ["merge", "insp", "other\(Self.evil)"],
            ["report", "insp", "--case", "A-1"],
            ["report", "insp", "--case", "A-2", "--format", "markdown"],
            ["report", "insp", "--case", "A-\(Self.evil)"],
            ["compare", "insp", "no-such\(Self.evil)"],
            ["second-mark", "insp", "--cases", "1", "--into", "second\(Self.evil)"],
            ["validate", "insp"],
            ["history", "insp", "A-1"],
            ["history", "insp", "A-9"],
            ["history", "insp", "A-\(Self.evil)"],
            ["history", "insp", "--ratings"],
            ["history", "insp", "--ratings", "1.\(Self.evil)"],
            ["rate", "insp", "9.\(Self.evil)", "good", "--reason", "x"],
            ["rate", "insp", "1.1", "superb\(Self.evil)", "--reason", "x"],
            ["report", "no-such-folder\(Self.evil)"],
            ["report", "insp", "--format", "pdf\(Self.evil)"],
            ["validate", "no-such-folder\(Self.evil)"],
            ["new", "insp", "--provider", "P \(Self.evil)"],
            ["import", "insp", "--csv", "evil.csv"],
            ["open", "insp\(Self.evil)"],
            ["frobnicate\(Self.evil)"],
        ]
        // Where the data is shown, it is shown spelled out: proof that it reached these outputs.
        let showingData: Set<[String]> = [
            ["report", "insp"], ["report", "insp", "--by", "officer"], ["report", "insp", "--format", "markdown", "--by", "officer"],
            ["report", "insp", "--officer", "nobody \(Self.evil)"], ["validate", "insp"], ["history", "insp", "A-1"],
            ["history", "insp", "--ratings"], ["report", "evil.csv", "--by", "officer"], ["report", "insp", "--case", "A-1"],
        ]
        for arguments in commands {
            let run = try Self.casemark(arguments, in: scratch.path)
            Self.expectSafe(run, arguments.joined(separator: " ").debugDescription)
            if showingData.contains(arguments) {
                #expect(run.all.contains("\\u{1B}[2J\\u{1B}]0;pwned\\u{7}"), "\(arguments): \(run.all)")
            }
        }
    }

    @Test("bad CSVs whose cells, header and name are hostile: the import's messages are safe")
    func importMessages() throws {
        let scratch = TestFolder()
        let header = "case_id,responsible_officer,sample,2.1.1,\(Self.quoted("9.9\(Self.evil)"))"
        try scratch.write("bad\(Self.evil).csv", "\(header)\n\(Self.quoted("A\(Self.evil)")),\(Self.quoted(Self.name)),case-\(Self.evil),\(Self.quoted("Maybe\(Self.evil)\nFake Officer")),\n")
        let run = try Self.casemark(["import", "insp", "--csv", "bad\(Self.evil).csv"], in: scratch.path)
        #expect(run.status == 1)
        Self.expectSafe(run, "import of a bad CSV")
        #expect(run.stderr.contains("\\u{1B}"), "the control characters are shown, spelled out: \(run.stderr)")
        let report = try Self.casemark(["report", "bad\(Self.evil).csv"], in: scratch.path)
        #expect(report.status == 1)
        Self.expectSafe(report, "report of a bad CSV")
    }

    @Test("JSON, CSV and HTML keep the data exactly, escaped for their format")
    func faithfulFormats() throws {
        let scratch = try Self.hostileInspection()
        let json = try Self.casemark(["report", "insp", "--format", "json", "--by", "officer"], in: scratch.path)
        #expect(json.status == 0 || json.status == 1, "\(json.stderr)")
        #expect(Self.controls(json.stdout).isEmpty, "JSON escapes every control character as \\u00XX")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["provider"] as? String) == "Provider \(Self.evil)\nFake", "the provider comes back exactly")
        let csv = try Self.casemark(["report", "insp", "--format", "csv", "--by", "officer"], in: scratch.path)
        // (The officer's group takes the name as import tidied it: spaces and line breaks as one space.)
        #expect(csv.stdout.contains("Ann \u{1B}[2J\u{1B}]0;pwned\u{7}\u{1B}]52;c;aGk=\u{7}\u{9B}31m"), "CSV keeps the name's bytes as they are")
    }
}
