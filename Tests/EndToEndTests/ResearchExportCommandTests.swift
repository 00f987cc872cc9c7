import CasemarkTestSupport
import Foundation
import Testing

/// `casemark export INSPECTION... --format sqlite`: the database read back for real, with
/// Python's sqlite3 module, and compared with `casemark report --format json` of each inspection.
@Suite struct ResearchExportCommandTests {
    static func casemark(_ arguments: [String], in folder: String, as inspector: String = "Ann Lee") throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": inspector])
    }

    /// `sh -c` with $CASEMARK set, for the file-size limit that stands in for a full disk.
    static func shell(_ command: String, in folder: String) throws -> CommandOutput {
        try ProcessRunner.run("/bin/sh", ["-c", command], in: folder, environment: ["CASEMARK": try CasemarkBinary.required()])
    }

    static func python(_ script: String, _ arguments: [String], in folder: String) throws -> CommandOutput {
        try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script] + arguments, in: folder)
    }

    /// Compares the view `key_question_results` (and `standard_results`) for inspection
    /// `argv[2]` of database `argv[1]` with the JSON report in `argv[3]`; prints "same" or every
    /// difference and exits 1.
    static let compareWithReport = """
        import json, sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        name, report = sys.argv[2], json.load(open(sys.argv[3]))
        rows = {r[0]: r[1:] for r in db.execute(
            "SELECT key_question, yes, no, not_applicable, unanswered, percent, band, conflicts "
            "FROM key_question_results WHERE inspection = ?", (name,))}
        wrong = []
        for kq, v in report["keyQuestions"].items():
            want = (v["yes"], v["no"], v["notApplicable"], v["unanswered"], v["percent"], v["band"], v["conflicts"])
            got = rows.pop(kq, None)
            if got != want:
                wrong.append(f"{kq}: database {got} report {want}")
        wrong += [f"{kq}: in the database only" for kq in rows]
        standards = {r[0]: r[1:] for r in db.execute(
            "SELECT standard, computed, rating FROM standard_results WHERE inspection = ?", (name,))}
        for s, v in report["standards"].items():
            if standards.get(s) != (v["computed"], v["rating"]):
                wrong.append(f"standard {s}: database {standards.get(s)} report {(v['computed'], v['rating'])}")
        print("\\n".join(wrong) if wrong else "same")
        sys.exit(1 if wrong else 0)
        """

    static func query(_ sql: String, db: String, in folder: String) throws -> [String] {
        let run = try python(
            "import sqlite3, sys\nfor r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print('|'.join('' if v is None else str(v) for v in r))",
            [db, sql], in: folder)
        #expect(run.status == 0, "\(sql): \(run.stderr)")
        return run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Each inspection's view equal to its report, the database whole and versioned.
    static func expectSameAsReports(_ db: String, _ inspections: [(name: String, folder: String)], in folder: String) throws {
        for (name, path) in inspections {
            let report = try casemark(["report", path, "--format", "json", "--output", "\(name.replacingOccurrences(of: "/", with: "-")).json"], in: folder)
            #expect(report.status == 0, "\(report.stderr)")
            let compared = try python(compareWithReport, [db, name, "\(name.replacingOccurrences(of: "/", with: "-")).json"], in: folder)
            #expect(compared.status == 0 && compared.stdout == "same\n", "\(name): \(compared.stdout)\(compared.stderr)")
        }
        #expect(try query("PRAGMA integrity_check", db: db, in: folder) == ["ok"])
        #expect(try query("PRAGMA foreign_key_check", db: db, in: folder) == [])
        #expect(try query("PRAGMA user_version", db: db, in: folder) == ["1"])
        let mode = try FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(db))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }

    /// Two copies of the sample inspection marked apart and merged (an answer and a rating in
    /// conflict), with a QA comment and a discretion rating; a second plain copy; an empty
    /// inspection; the last two in a folder of inspections.
    static func inspections(in scratch: TestFolder) throws {
        try FileManager.default.copyItem(atPath: ExportCommandTests.sampleCases, toPath: scratch.sub("wessex"))
        try FileManager.default.copyItem(atPath: ExportCommandTests.sampleCases, toPath: scratch.sub("copy"))
        try FileManager.default.createDirectory(atPath: scratch.sub("more"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ExportCommandTests.sampleCases, toPath: scratch.sub("more/kent"))
        for (arguments, who) in [
            (["mark", "wessex", "CS-001", "2.1.1", "no", "--note", "Ann's note", "--reopen", "recheck"], "Ann Lee"),
            (["mark", "copy", "CS-001", "2.1.1", "na", "--reopen", "look again"], "Bob Ray"),
            (["rate", "wessex", "2.2", "good", "--reason", "Ann's reason"], "Ann Lee"),
            (["rate", "copy", "2.2", "inadequate", "--reason", "Bob's reason"], "Bob Ray"),
            (["rate", "wessex", "2.3", "good", "--reason", "Discretion reason"], "Ann Lee"),
            (["merge", "wessex", "copy"], "Ann Lee"),
            (["comment", "wessex", "CS-002", "2.1.2", "--text", "QA comment text"], "Quinn Auditor"),
            (["new", "more/empty", "--provider", "Empty CRC"], "Ann Lee"),
        ] {
            let run = try casemark(arguments, in: scratch.path, as: who)
            #expect(run.status == 0, "\(arguments): \(run.all)")
        }
    }

    @Test("the view equals report --format json for every inspection, conflicts and an empty one included")
    func viewEqualsReport() throws {
        let scratch = TestFolder()
        try Self.inspections(in: scratch)
        let run = try Self.casemark(["export", "wessex", "more", "--format", "sqlite", "--output", "research.db"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        #expect(run.stderr.contains("Exported 3 inspections (60 cases) to research.db."), "\(run.stderr)")
        try Self.expectSameAsReports("research.db", [("wessex", "wessex"), ("kent", "more/kent"), ("empty", "more/empty")], in: scratch.path)

        let db = "research.db"
        let about = try Self.query("SELECT schema_version, made_by, inspections, cases, anonymised, exported_at FROM export_info", db: db, in: scratch.path)
        #expect(about.count == 1 && about[0].hasPrefix("1|casemark ") && about[0].contains("|3|60|0|20"), "\(about)")
        #expect(try Self.query("SELECT inspection, provider, cases FROM inspections ORDER BY inspection", db: db, in: scratch.path)
            == ["empty|Empty CRC|0", "kent|Wessex and Downs CRC|30", "wessex|Wessex and Downs CRC|30"])
        // Both values of each conflict, with who; the conflicted answer is in no other count.
        #expect(try Self.query(
            "SELECT case_id, field, value, by FROM conflicts WHERE inspection = 'wessex' ORDER BY field, value", db: db, in: scratch.path)
            == ["CS-001|answers.2.1.1|na|Bob Ray", "CS-001|answers.2.1.1|no|Ann Lee", "|ratings.2.2|Good|Ann Lee", "|ratings.2.2|Inadequate|Bob Ray"])
        #expect(try Self.query("SELECT count(*) FROM answers WHERE inspection = 'wessex' AND case_id = 'CS-001' AND key_question = '2.1.1'", db: db, in: scratch.path) == ["0"])
        #expect(try Self.query("SELECT kind, rating, reason, by FROM ratings WHERE inspection = 'wessex' AND standard = '2.3'", db: db, in: scratch.path)
            == ["discretion|Good|Discretion reason|Ann Lee"])
        #expect(try Self.query("SELECT kind FROM ratings WHERE inspection = 'wessex' AND standard = '1.1'", db: db, in: scratch.path) == ["evidence"])
        #expect(try Self.query("SELECT kind, key_question, text, by FROM comments WHERE inspection = 'wessex'", db: db, in: scratch.path)
            == ["comment|2.1.2|QA comment text|Quinn Auditor"])
        // Every change: both reopenings, both answers, the three ratings (history of inspection.json has no case).
        #expect(try Self.query(
            "SELECT event, value, reason, by FROM history WHERE inspection = 'wessex' AND case_id = 'CS-001' AND event != 'complete' AND by != 'Rhiannon Pryce' ORDER BY event, by",
            db: db, in: scratch.path)
            == ["answer|no||Ann Lee", "answer|na||Bob Ray", "reopen|in-progress|recheck|Ann Lee", "reopen|in-progress|look again|Bob Ray"])
        #expect(try Self.query("SELECT standard, value, reason FROM history WHERE inspection = 'wessex' AND case_id IS NULL AND standard LIKE '2.%' ORDER BY standard, value", db: db, in: scratch.path)
            == ["2.2|Good|Ann's reason", "2.2|Inadequate|Bob's reason", "2.3|Good|Discretion reason"])
        #expect(try Self.query("SELECT count(*) FROM prompts WHERE inspection = 'kent'", db: db, in: scratch.path) != ["0"])
        #expect(try Self.query("SELECT count(*) FROM outside_sub_sample WHERE inspection = 'kent' AND key_question = '2.2.3'", db: db, in: scratch.path) == ["9"])
    }

    @Test("bad input: not an inspection, one given twice, folders sharing a name, a missing folder, an existing file, a full disk")
    func badInput() throws {
        let scratch = TestFolder()
        try FileManager.default.copyItem(atPath: ExportCommandTests.sampleCases, toPath: scratch.sub("wessex"))
        try FileManager.default.createDirectory(atPath: scratch.sub("plain"), withIntermediateDirectories: true)
        func export(_ arguments: [String]) throws -> CommandOutput {
            try Self.casemark(["export"] + arguments + ["--format", "sqlite"], in: scratch.path)
        }
        func nothingWritten(_ run: CommandOutput, _ says: String, file: String = "out.db") throws {
            #expect(run.status == 1, "\(run.all)")
            #expect(run.stderr.contains(says), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.sub(file)), "\(file) was written")
            let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".tmp-") }
            #expect(left.isEmpty, "temporary files left: \(left)")
        }
        try nothingWritten(try export(["nowhere", "--output", "out.db"]), "nowhere: no such folder")
        try nothingWritten(try export(["wessex", "plain", "--output", "out.db"]), "plain: not an inspection")
        try nothingWritten(try export(["wessex", "./wessex", "--output", "out.db"]), "given twice")
        try nothingWritten(try export(["wessex", "--output", "no/such/out.db"]), "no/such does not exist", file: "no")
        try nothingWritten(try export(["wessex", "--output", "wessex/cases/out.db"]), "is part of the inspection wessex", file: "wessex/cases/out.db")
        // A case file that cannot be read: the database would lack the case.
        try FileManager.default.copyItem(atPath: scratch.sub("wessex"), toPath: scratch.sub("broken"))
        try scratch.write("broken/cases/CS-001.json", "{ not json")
        try nothingWritten(try export(["wessex", "broken", "--output", "out.db"]), "cases/CS-001.json")
        // A folder of inspections with a sub-folder that is none (its cases but no
        // inspection.json): the database would lack those cases without a word.
        try FileManager.default.createDirectory(atPath: scratch.sub("year"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: scratch.sub("wessex"), toPath: scratch.sub("year/wessex"))
        try FileManager.default.copyItem(atPath: scratch.sub("wessex"), toPath: scratch.sub("year/kent"))
        try FileManager.default.removeItem(atPath: scratch.sub("year/kent/inspection.json"))
        try nothingWritten(try export(["year", "--output", "out.db"]), "year/kent: not an inspection")

        // Two folders named alike: told apart by their paths, said so.
        for year in ["2025", "2026"] {
            try FileManager.default.createDirectory(atPath: scratch.sub(year), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: scratch.sub("wessex"), toPath: scratch.sub("\(year)/wessex"))
        }
        let alike = try export(["2025/wessex", "2026/wessex", "--output", "alike.db"])
        #expect(alike.status == 0, "\(alike.all)")
        #expect(alike.stderr.contains("named in the database by as much of their paths as tells them apart: 2025/wessex, 2026/wessex."), "\(alike.stderr)")
        #expect(try Self.query("SELECT inspection FROM inspections ORDER BY inspection", db: "alike.db", in: scratch.path)
            == ["2025/wessex", "2026/wessex"])

        // An existing file is kept without --force, replaced with it.
        try scratch.write("out.db", "keep me")
        let kept = try export(["wessex", "--output", "out.db"])
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("out.db: already exists; give --force"), "\(kept.stderr)")
        #expect(scratch.read("out.db") == "keep me")

        // A full disk (the file-size limit: every write past it fails, as on a full disk): the
        // old file stays, nothing else is left.
        let full = try Self.shell("trap '' XFSZ; ulimit -f 8; \"$CASEMARK\" export wessex --format sqlite --output out.db --force", in: scratch.path)
        #expect(full.status == 1, "\(full.all)")
        #expect(full.stderr.contains("out.db: could not be written"), "\(full.stderr)")
        #expect(full.stderr.contains("nothing was written"), "\(full.stderr)")
        #expect(scratch.read("out.db") == "keep me")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "temporary files left: \(left)")

        let replaced = try export(["wessex", "--output", "out.db", "--force"])
        #expect(replaced.status == 0, "\(replaced.all)")
        try Self.expectSameAsReports("out.db", [("wessex", "wessex")], in: scratch.path)

        // Options that belong to the other format.
        for arguments in [["export", "wessex", "--anonymise"], ["export", "wessex", "wessex", "--output", "x.csv"],
                          ["export", "wessex", "--format", "sqlite"], ["export", "wessex", "--format", "sqlite", "--output", "x.db", "--bom"]] {
            let run = try Self.casemark(arguments, in: scratch.path)
            #expect(run.status != 0, "\(arguments)")
            #expect(!run.stderr.isEmpty)
        }
    }

    @Test("--anonymise: codes for every person and case, no free text, the same figures")
    func anonymised() throws {
        let scratch = TestFolder()
        try Self.inspections(in: scratch)
        let plain = try Self.casemark(["export", "wessex", "more/kent", "--format", "sqlite", "--output", "plain.db"], in: scratch.path)
        #expect(plain.status == 0, "\(plain.all)")
        let run = try Self.casemark(["export", "wessex", "more/kent", "--format", "sqlite", "--output", "codes.db", "--anonymise"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        #expect(run.stderr.contains("Exported 2 inspections (60 cases), anonymised, to codes.db."), "\(run.stderr)")
        try Self.expectSameAsReports("codes.db", [("wessex", "wessex"), ("kent", "more/kent")], in: scratch.path)

        // Every person, whatever their role and in whichever inspection: one person, one code.
        let people = """
            SELECT responsible_officer FROM cases UNION SELECT by FROM answers UNION SELECT by FROM history
            UNION SELECT by FROM comments UNION SELECT by FROM ratings UNION SELECT by FROM conflicts
            UNION SELECT created_by FROM inspections
            """
        let names = try Self.query(people, db: "plain.db", in: scratch.path).filter { !$0.isEmpty }
        let codes = try Self.query(people, db: "codes.db", in: scratch.path).filter { !$0.isEmpty }
        #expect(names.count == codes.count && names.count > 5, "\(names) \(codes)")
        #expect(codes.allSatisfy { $0.wholeMatch(of: /P[0-9]{3,}/) != nil }, "\(codes)")
        // The same officers hold cases in both inspections: their codes are shared.
        let officers = "SELECT count(DISTINCT responsible_officer) FROM cases"
        #expect(try Self.query(officers, db: "codes.db", in: scratch.path) == Self.query(officers, db: "plain.db", in: scratch.path))
        let perOfficer = "SELECT inspection, count(*) FROM cases GROUP BY inspection, responsible_officer ORDER BY 1, 2"
        #expect(try Self.query(perOfficer, db: "codes.db", in: scratch.path) == Self.query(perOfficer, db: "plain.db", in: scratch.path))
        #expect(try Self.query("SELECT count(*) FROM (SELECT responsible_officer FROM cases GROUP BY responsible_officer HAVING count(DISTINCT inspection) = 2)", db: "codes.db", in: scratch.path)
            == Self.query("SELECT count(*) FROM (SELECT responsible_officer FROM cases GROUP BY responsible_officer HAVING count(DISTINCT inspection) = 2)", db: "plain.db", in: scratch.path))
        // Case ids are codes, 60 different ones; the answers still hang together by them.
        #expect(try Self.query("SELECT count(DISTINCT case_id) FROM cases", db: "codes.db", in: scratch.path) == ["60"])
        #expect(try Self.query("SELECT count(*) FROM answers a JOIN cases c USING (inspection, case_id)", db: "codes.db", in: scratch.path)
            == Self.query("SELECT count(*) FROM answers", db: "plain.db", in: scratch.path))
        // No free text at all.
        for (table, column) in [("answers", "note"), ("history", "note"), ("history", "previous_note"), ("history", "reason"),
                                ("comments", "text"), ("ratings", "reason"), ("conflicts", "note"), ("conflicts", "detail")] {
            #expect(try Self.query("SELECT count(*) FROM \(table) WHERE \(column) IS NOT NULL", db: "codes.db", in: scratch.path) == ["0"], "\(table).\(column)")
        }
        #expect(try Self.query("SELECT DISTINCT anonymised FROM inspections", db: "codes.db", in: scratch.path) == ["1"])

        // Nowhere in the file's bytes: no name, no case id, no change id, no note, reason or comment.
        let bytes = try #require(FileManager.default.contents(atPath: scratch.sub("codes.db")))
        var secrets = names + ["Ann's note", "Ann's reason", "Bob's reason", "QA comment text", "recheck", "look again"]
        secrets += try Self.query("SELECT case_id FROM cases", db: "plain.db", in: scratch.path)
        secrets += try Self.query("SELECT change_id FROM history", db: "plain.db", in: scratch.path)
        secrets += try Self.query("SELECT DISTINCT note FROM answers WHERE length(note) > 20 LIMIT 50", db: "plain.db", in: scratch.path)
        for secret in Set(secrets) {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "codes.db holds \(secret)")
        }
    }

    @Test("another framework (youth justice): two samples, lead-rated standards in any domain, one outside the overall score")
    func youthJustice() throws {
        let scratch = TestFolder()
        let court = ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"]
        let outOfCourt = ["3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2", "3.3.3"]
        var rows = [(["case_id", "responsible_officer", "sample"] + court + outOfCourt).joined(separator: ",")]
        let cells = ["Y", "N", "NA", "", "Y", "Y", "N"]
        for i in 0..<40 {
            let isCourt = i % 3 != 0
            let answers = (0..<court.count).map { isCourt ? cells[(i * 5 + $0 * 3) % cells.count] : "" }
                + (0..<outOfCourt.count).map { isCourt ? "" : cells[(i * 3 + $0) % cells.count] }
            rows.append((["Y-\(100 + i)", "Officer \(i % 4)", isCourt ? "court-disposals" : "out-of-court-disposals"] + answers).joined(separator: ","))
        }
        try scratch.write("youth.csv", rows.joined(separator: "\n") + "\n")
        for arguments in [
            ["new", "youth", "--provider", "Riverside YOT", "--framework", "hmip-youth-justice-2021"],
            ["import", "youth", "--csv", "youth.csv"],
            ["rate", "youth", "3.4", "good", "--reason", "Policy in place"],
            ["rate", "youth", "4.1", "outstanding", "--reason", "Resettlement strong"],
            ["rate", "youth", "2.1", "inadequate", "--reason", "Discretion"],
        ] {
            let run = try Self.casemark(arguments, in: scratch.path)
            #expect(run.status == 0, "\(arguments): \(run.all)")
        }
        let run = try Self.casemark(["export", "youth", "--format", "sqlite", "--output", "youth.db"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        try Self.expectSameAsReports("youth.db", [("youth", "youth")], in: scratch.path)
        #expect(try Self.query("SELECT standard, kind FROM ratings ORDER BY standard", db: "youth.db", in: scratch.path)
            == ["2.1|discretion", "3.4|evidence", "4.1|evidence"])
        #expect(try Self.query("SELECT standard FROM standards WHERE counts_toward_overall = 0", db: "youth.db", in: scratch.path) == ["4.1"])
        #expect(try Self.query("SELECT overall_maximum_score, total_standards FROM inspections", db: "youth.db", in: scratch.path) == ["36|12"])
        #expect(try Self.query("SELECT sample, count(*) FROM cases GROUP BY sample ORDER BY sample", db: "youth.db", in: scratch.path)
            == ["court-disposals|26", "out-of-court-disposals|14"])
    }

    /// A real full disk: a small tmpfs, where the test may mount one (root); skipped otherwise.
    @Test("a full disk: the message says so, nothing is left on the disk, the old file is kept")
    func fullDisk() throws {
        let scratch = TestFolder()
        try FileManager.default.copyItem(atPath: ExportCommandTests.sampleCases, toPath: scratch.sub("wessex"))
        let disk = scratch.sub("small-disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try Self.shell("mount -t tmpfs -o size=128k,mode=0700 casemark-test '\(disk)' 2>&1", in: scratch.path)
        guard mounted.status == 0 else {
            print("skipped: cannot mount a tmpfs here (\(mounted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        defer { _ = try? Self.shell("umount '\(disk)'", in: scratch.path) }
        try scratch.write("small-disk/research.db", "the old database")
        _ = try Self.shell("dd if=/dev/zero of='\(disk)/filler' bs=4096 2>/dev/null; sync", in: scratch.path)
        let full = try Self.casemark(["export", "wessex", "--format", "sqlite", "--output", "small-disk/research.db", "--force"], in: scratch.path)
        #expect(full.status == 1, "\(full.all)")
        #expect(full.stderr.contains("small-disk/research.db: could not be written: the disk is full"), "\(full.stderr)")
        #expect(scratch.read("small-disk/research.db") == "the old database")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == ["filler", "research.db"])
    }

    @Test("a percent ending in .5 is rounded up, as the rating rules say: 49.5 is 50 (Requires improvement), 64.5 is 65 (Good)")
    func halvesRoundUp() throws {
        let scratch = TestFolder()
        var rows = ["case_id,responsible_officer,sample,2.1.1,2.1.2,2.1.3"]
        for i in 0..<200 {
            rows.append("H-\(1000 + i),Officer,case-supervision,\(i < 99 ? "Y" : "N"),\(i == 0 ? "Y" : i < 8 ? "N" : ""),\(i < 129 ? "Y" : "N")")
        }
        try scratch.write("halves.csv", rows.joined(separator: "\n") + "\n")
        #expect(try Self.casemark(["import", "halves", "--csv", "halves.csv", "--provider", "Halves CRC"], in: scratch.path).status == 0)
        let run = try Self.casemark(["export", "halves", "--format", "sqlite", "--output", "halves.db"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        try Self.expectSameAsReports("halves.db", [("halves", "halves")], in: scratch.path)
        #expect(try Self.query(
            "SELECT key_question, yes, no, percent, band FROM key_question_results WHERE key_question IN ('2.1.1', '2.1.2', '2.1.3') ORDER BY 1",
            db: "halves.db", in: scratch.path)
            == ["2.1.1|99|101|50|Requires improvement", "2.1.2|1|7|13|Inadequate", "2.1.3|129|71|65|Good"])
    }
}
