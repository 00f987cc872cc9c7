import CasemarkTestSupport
import Foundation
import Testing

/// `casemark import` and `casemark report` run as a user runs them: the built binary, its exit
/// status, what it prints, and what is (or is not) left in the folder.
@Suite struct ImportReportCommandTests {
    /// casemark run in `folder`, as "Test Inspector".
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    static let header = "case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,2.2.3,4.1.1,rosh_issues_apply"
    static let good = "\(header)\nA-1,Chloé Duval,PO,case-supervision,Y,N,NA,,Y\nA-2,Jack O'Neill,PSO,unpaid-work,,,,Y,\n"

    /// A bad file: its content, and what the message must name.
    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var mustSay: [String]
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ mustSay: [String]) {
            self.init(name, Array(text.utf8), mustSay)
        }
        init(_ name: String, _ bytes: [UInt8], _ mustSay: [String]) {
            self.name = name
            self.bytes = bytes
            self.mustSay = mustSay
        }
    }

    static let badInputs: [BadInput] = [
        BadInput("bad cell", "\(header)\nB-1,Ann,PO,case-supervision,Y,Maybe,,,Y\n",
                 ["bad.csv: record 1 (line 2), column 2.1.2, value 'Maybe'", "expected Y, N, NA or empty"]),
        BadInput("id escaping the folder", "\(header)\n../x,Ann,PO,case-supervision,Y,Y,,,Y\n",
                 ["record 1 (line 2), column case_id, value '../x'"]),
        BadInput("absolute id", "\(header)\n/etc/x,Ann,PO,case-supervision,Y,Y,,,Y\n",
                 ["record 1 (line 2), column case_id, value '/etc/x'"]),
        BadInput("hidden id", "\(header)\n.hidden,Ann,PO,case-supervision,Y,Y,,,Y\n",
                 ["record 1 (line 2), column case_id, value '.hidden'", "must not start with '.'"]),
        BadInput("not UTF-8", Array("\(header)\nB-1,Chlo".utf8) + [0xE9] + Array(",PO,case-supervision,Y,Y,,,Y\n".utf8),
                 ["bad.csv: line 2, byte offset", "not UTF-8"]),
        BadInput("missing column", "case_id,sample,2.1.1\nB-1,case-supervision,Y\n",
                 ["header (line 1), column responsible_officer", "missing"]),
        BadInput("unknown sample", "\(header)\nB-1,Ann,PO,community,Y,Y,,,Y\n",
                 ["record 1 (line 2), column sample, value 'community'", "case-supervision, unpaid-work, through-the-gate"]),
        BadInput("duplicate in the file", "\(header)\nB-1,Ann,PO,case-supervision,Y,Y,,,Y\nB-1,Bob,PO,case-supervision,Y,Y,,,Y\n",
                 ["record 2 (line 3), column case_id, value 'B-1'", "record 1 (line 2)"]),
        BadInput("already in the folder", "\(header)\nB-1,Ann,PO,case-supervision,Y,Y,,,Y\nA-1,Bob,PO,case-supervision,Y,Y,,,Y\n",
                 ["record 2 (line 3), column case_id, value 'A-1'", "cases/A-1.json"]),
        BadInput("unknown key question column", "case_id,responsible_officer,sample,4.9.1\nB-1,Ann,unpaid-work,Y\n",
                 ["column 4.9.1", "no such key question"]),
        BadInput("unterminated quote", "\(header)\nB-1,\"Ann,PO,case-supervision,Y,Y,,,Y\nB-2,Bob,PO,case-supervision,Y,Y,,,Y\n",
                 ["bad.csv: line 2", "never closed"]),
        BadInput("too few cells", "\(header)\nB-1,Ann,PO,case-supervision,Y,Y\n",
                 ["record 1 (line 2)", "expected 9 cells as in the header; found 6"]),
        BadInput("empty file", "", ["bad.csv", "empty"]),
        BadInput("bad row among good ones", "\(header)\nB-1,Ann,PO,case-supervision,Y,Y,,,Y\nB-2,Ann,PO,case-supervision,Y,Y,,,Y\nB-3,Ann,PO,case-supervision,Y,yes please,,,Y\n",
                 ["record 3 (line 4), column 2.1.2, value 'yes please'"]),
    ]

    @Test("a bad CSV into an existing inspection: exit 1, the place named, the folder unchanged", arguments: badInputs)
    func badCSVLeavesFolderUnchanged(input: BadInput) throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        let first = try Self.casemark(["import", "insp", "--csv", "good.csv", "--provider", "Fictional CRC"], in: scratch.path)
        try #require(first.status == 0, "setting up: \(first.stderr)")
        // A temporary file left by an earlier crash: a refused import must not even tidy it away.
        try scratch.write("insp/cases/.A-1.json.tmp-1-abc", "{")
        let before = FolderSnapshot.fingerprint(scratch.sub("insp"))
        #expect(before.keys.contains("cases/A-1.json"))
        #expect(before.keys.contains("cases/.A-1.json.tmp-1-abc"))

        try scratch.write("bad.csv", input.bytes)
        let run = try Self.casemark(["import", "insp", "--csv", "bad.csv"], in: scratch.path)
        #expect(run.status == 1)
        for phrase in input.mustSay {
            #expect(run.stderr.contains(phrase), "message should say \"\(phrase)\"; it said:\n\(run.stderr)")
        }
        #expect(run.stderr.contains("Nothing was imported from bad.csv"))
        #expect(run.stdout.isEmpty)
        #expect(FolderSnapshot.fingerprint(scratch.sub("insp")) == before)
    }

    @Test("a bad CSV for a new inspection creates nothing")
    func badCSVCreatesNothing() throws {
        let scratch = TestFolder()
        try scratch.write("bad.csv", "\(Self.header)\nB-1,Ann,PO,case-supervision,Y,Maybe,,,Y\n")
        let run = try Self.casemark(["import", "fresh", "--csv", "bad.csv"], in: scratch.path)
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("fresh")))
    }

    @Test("a CSV file that is not there is named")
    func missingCSV() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["import", "insp", "--csv", "nowhere.csv"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nowhere.csv: no such file"))
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("insp")))
    }

    @Test("import creates the inspection (0700 folders, 0600 files), then report reads it in every format")
    func importThenReport() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        let run = try Self.casemark(["import", "insp", "--csv", "good.csv"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Imported 2 cases (case-supervision 1, unpaid-work 1) from good.csv into new inspection insp (provider insp)"))
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.sub("insp/cases/A-1.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: scratch.sub("insp"))[.posixPermissions] as? Int
        #expect(folderMode == 0o700)

        let text = try Self.casemark(["report", "insp"], in: scratch.path)
        #expect(text.status == 0)
        #expect(text.stdout.contains("insp: inspection results"))
        #expect(text.stdout.contains("1 of 1"))
        #expect(text.stdout.contains("Overall: 2 of 10 rated"))

        let json = try Self.casemark(["report", "insp", "--format", "json"], in: scratch.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let kq = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.1.1"])
        #expect(kq["yes"] as? Int == 1)
        #expect(kq["percent"] as? Int == 100)
        #expect(kq["band"] as? String == "Outstanding")

        for format in ["csv", "markdown", "html"] {
            let out = try Self.casemark(["report", "insp", "--format", format, "--output", "r.\(format)"], in: scratch.path)
            #expect(out.status == 0, "\(format): \(out.stderr)")
            #expect(out.stdout.isEmpty)
            let written = try String(contentsOfFile: scratch.sub("r.\(format)"), encoding: .utf8)
            #expect(written.contains("2.1.1"), "\(format)")
        }
    }

    @Test("report FILE.csv reports the file directly and creates nothing")
    func reportCSVDirectly() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        let run = try Self.casemark(["report", "good.csv", "--format", "json"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"provider\": \"good\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["good.csv"])

        let refused = try Self.casemark(["report", "good.csv", "--format", "csv", "--output", "good.csv"], in: scratch.path)
        #expect(refused.status == 1)
        #expect(try String(contentsOfFile: scratch.sub("good.csv"), encoding: .utf8) == Self.good)

        try scratch.write("bad.csv", "\(Self.header)\nB-1,Ann,PO,case-supervision,Y,Maybe,,,Y\n")
        let bad = try Self.casemark(["report", "bad.csv"], in: scratch.path)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.csv: record 1 (line 2), column 2.1.2, value 'Maybe'"))
        #expect(bad.stderr.contains("No report from bad.csv"))
        #expect(bad.stdout.isEmpty)
    }

    @Test("report FILE.csv (counted from the cells) gives the results of importing the file and reporting the inspection")
    func reportCSVAsImported() throws {
        let scratch = TestFolder()
        let rows = "\(Self.header)\nA-1,Chloé Duval,PO,case-supervision,Y,N,NA,,Y\nA-2,Ødegård Ines,PSO,case-supervision,n,y,NA,,N\n"
            + "A-3,Jack O'Neill,,case-supervision,,Y,,,\nA-4,Ann Lee,PO,unpaid-work,,,,Y,\n"
        try scratch.write("rows.csv", rows)
        #expect(try Self.casemark(["import", "rows", "--csv", "rows.csv"], in: scratch.path).status == 0)
        for format in ["json", "text", "csv", "markdown"] {
            let direct = try Self.casemark(["report", "rows.csv", "--format", format, "--width", "0"], in: scratch.path)
            let imported = try Self.casemark(["report", "rows", "--format", format, "--width", "0"], in: scratch.path)
            #expect(direct.status == 0 && imported.status == 0, "\(format): \(direct.stderr) \(imported.stderr)")
            #expect(direct.stdout == imported.stdout, "\(format)")
        }
    }

    @Test("--officer matches whatever the capitals and accent form; an unknown name lists the officers")
    func officer() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        let decomposed = "CHLOE\u{301} DUVAL"
        let run = try Self.casemark(["report", "good.csv", "--officer", decomposed, "--width", "0"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Chloé Duval beside the whole sample"))
        #expect(run.stdout.contains("(indicative)"))
        let json = try Self.casemark(["report", "good.csv", "--officer", "chloé duval", "--format", "json"], in: scratch.path)
        #expect(json.stdout.contains("\"officer\": \"Chloé Duval\""))

        let nobody = try Self.casemark(["report", "good.csv", "--officer", "Nobody Atall"], in: scratch.path)
        #expect(nobody.status == 1)
        #expect(nobody.stdout.isEmpty)
        #expect(nobody.stderr.contains("No responsible officer matches 'Nobody Atall'"))
        #expect(nobody.stderr.contains("Chloé Duval (PO, 1 case)"))
        #expect(nobody.stderr.contains("Jack O'Neill (PSO, 1 case)"))
    }

    @Test("--by grade adds the breakdown; a bad --format is refused by the parser")
    func breakdownAndBadFormat() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        let run = try Self.casemark(["report", "good.csv", "--by", "grade"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("key questions by officer grade"))
        #expect(run.stdout.contains("PSO (1)"))
        let bad = try Self.casemark(["report", "good.csv", "--format", "pdf"], in: scratch.path)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("pdf"))
    }

    @Test("--help works for import and report")
    func help() throws {
        let scratch = TestFolder()
        for command in ["import", "report"] {
            let run = try Self.casemark([command, "--help"], in: scratch.path)
            #expect(run.status == 0)
            #expect(run.stdout.contains("USAGE: casemark \(command)"))
        }
    }
}

extension ImportReportCommandTests {
    @Test("a case file that cannot be read: the report is printed without it, the file is named, exit 1, nothing rewritten")
    func reportWithUnreadableCase() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", Self.good)
        #expect(try Self.casemark(["import", "insp", "--csv", "good.csv"], in: scratch.path).status == 0)
        try scratch.write("insp/cases/A-2.json", "{ \"schemaVersion\": 1, \"id\": \"A-2\",")
        let before = FolderSnapshot.fingerprint(scratch.sub("insp"))
        let run = try Self.casemark(["report", "insp"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("insp: inspection results"))
        #expect(run.stderr.contains("cases/A-2.json"))
        #expect(run.stderr.contains("leaves out the case files that cannot be read"))
        #expect(FolderSnapshot.fingerprint(scratch.sub("insp")) == before)
    }
}
