import CasemarkTestSupport
import Foundation
import Testing

/// `casemark import` credits each answer to whoever the CSV's `by` and `at` columns name, and to
/// the importer, now, where they are empty or absent.
@Suite struct ImportAuthorshipCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    /// One object of a case file (`answers`, `attributes`), as it was written.
    static func object(_ file: String, _ name: String) throws -> [String: Any] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])
        return try #require(json[name] as? [String: Any])
    }

    static func answer(_ file: String, _ keyQuestion: String) throws -> [String: Any] {
        try #require(try object(file, "answers")[keyQuestion] as? [String: Any])
    }

    @Test("by and at are kept on each answer of their row; a row without them credits the importer")
    func byAndAtKept() throws {
        let scratch = TestFolder()
        try scratch.write("marked.csv", """
            case_id,responsible_officer,sample,2.1.1,2.1.2,by,at
            A-1,Ann Lee,case-supervision,Y,N,Ben Okafor,2019-03-10T15:02:11Z
            A-2,Ann Lee,case-supervision,N,,,

            """)
        let run = try Self.casemark(["import", "insp", "--csv", "marked.csv"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        let first = try #require(scratch.read("insp/cases/A-1.json"))
        for kq in ["2.1.1", "2.1.2"] {
            let answer = try Self.answer(first, kq)
            #expect(answer["by"] as? String == "Ben Okafor")
            #expect(answer["at"] as? String == "2019-03-10T15:02:11Z")
        }
        #expect(try Self.object(first, "attributes").isEmpty, "by or at kept as an attribute: \(first)")
        let second = try Self.answer(try #require(scratch.read("insp/cases/A-2.json")), "2.1.1")
        #expect(second["by"] as? String == "Test Inspector")
        #expect((second["at"] as? String ?? "") > "2026")
    }

    @Test("a bad at is named with file, record, line, column and value; nothing is written")
    func badAtRefused() throws {
        let scratch = TestFolder()
        try scratch.write("first.csv", "case_id,responsible_officer,sample,2.1.1\nA-1,Ann Lee,case-supervision,Y\n")
        #expect(try Self.casemark(["import", "insp", "--csv", "first.csv"], in: scratch.path).status == 0)
        let before = scratch.snapshot()
        try scratch.write("bad.csv", "case_id,responsible_officer,sample,2.1.1,by,at\nA-2,Ann Lee,case-supervision,Y,Ben Okafor,10/03/2019 15:02\n")
        let run = try Self.casemark(["import", "insp", "--csv", "bad.csv"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains(
            "bad.csv: record 1 (line 2), column at, value '10/03/2019 15:02': expected a UTC time in ISO 8601 as the history writes it, such as 2026-11-24T10:15:00Z"),
            "\(run.stderr)")
        #expect(run.stderr.contains("Nothing was imported from bad.csv"), "\(run.stderr)")
        var after = scratch.snapshot()
        after["bad.csv"] = nil
        #expect(after == before)
    }
}
