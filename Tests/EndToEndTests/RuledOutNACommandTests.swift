import CasemarkTestSupport
import Foundation
import Testing

/// An NA cell on a key question the case's own attributes already rule out (2.2.3 when
/// risk-of-serious-harm issues do not apply) is kept by `import` as an explicit `na` answer, so
/// that an export comes back the same. That answer agrees with the attributes: `validate`,
/// `report` and `report --across` take the case as it is. A yes or no there is still an error.
@Suite struct RuledOutNACommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    static let csv = """
        case_id,responsible_officer,officer_grade,sample,2.1.1,2.2.3,2.3.3,rosh_issues_apply
        A-1,Chloé Duval,PO,case-supervision,Y,NA,NA,N
        A-2,Jack O'Neill,PSO,case-supervision,N,Y,,Y

        """

    @Test("import keeps the NA; validate, report and report --across accept the case; export gives the NA back")
    func ruledOutNAIsConsistent() throws {
        let scratch = TestFolder()
        try scratch.write("rows.csv", Self.csv)
        try FileManager.default.createDirectory(atPath: scratch.sub("year"), withIntermediateDirectories: true)
        let imported = try Self.casemark(["import", "year/insp", "--csv", "rows.csv"], in: scratch.path)
        try #require(imported.status == 0, "\(imported.all)")
        let file = try String(contentsOfFile: scratch.sub("year/insp/cases/A-1.json"), encoding: .utf8)
        #expect(file.contains("\"2.2.3\" : {\n      \"answer\" : \"na\""), "import keeps the explicit na:\n\(file)")

        let validated = try Self.casemark(["validate", "year/insp"], in: scratch.path)
        #expect(validated.status == 0, "\(validated.all)")
        #expect(!validated.all.contains("not applicable"), "\(validated.all)")

        let report = try Self.casemark(["report", "year/insp", "--format", "json"], in: scratch.path)
        #expect(report.status == 0, "\(report.all)")
        let across = try Self.casemark(["report", "--across", "year", "--format", "json"], in: scratch.path)
        #expect(across.status == 0, "\(across.all)")
        #expect(across.stderr.isEmpty, "\(across.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(across.stdout.utf8)) as? [String: Any])
        let k211 = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.1.1"])
        #expect(k211["yes"] as? Int == 1 && k211["no"] as? Int == 1, "both cases are counted")
        let k223 = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.2.3"])
        #expect(k223["yes"] as? Int == 1 && k223["no"] as? Int == 0, "\(k223)")

        // Round trip: the export holds the NA cells again, and imports into the same cases.
        let exported = try Self.casemark(["export", "year/insp", "--output", "again.csv"], in: scratch.path)
        #expect(exported.status == 0, "\(exported.all)")
        let again = try String(contentsOfFile: scratch.sub("again.csv"), encoding: .utf8)
        let row = try #require(again.split(separator: "\n").first { $0.hasPrefix("A-1,") })
        #expect(row.contains("NA"), "\(again)")
        let reimported = try Self.casemark(["import", "copy", "--csv", "again.csv"], in: scratch.path)
        #expect(reimported.status == 0, "\(reimported.all)")
        let copy = try Self.casemark(["report", "copy", "--format", "json"], in: scratch.path)
        #expect(try Self.keyQuestions(copy.stdout) == Self.keyQuestions(report.stdout))
        let exportedAgain = try Self.casemark(["export", "copy"], in: scratch.path)
        #expect(exportedAgain.stdout == again)
    }

    @Test("a yes recorded where the attributes rule the key question out is still an error")
    func ruledOutYesIsAnError() throws {
        let scratch = TestFolder()
        try scratch.write("rows.csv", Self.csv)
        try #require(try Self.casemark(["import", "insp", "--csv", "rows.csv"], in: scratch.path).status == 0)
        let path = scratch.sub("insp/cases/A-1.json")
        let file = try String(contentsOfFile: path, encoding: .utf8)
        let changed = file.replacingOccurrences(of: "\"2.2.3\" : {\n      \"answer\" : \"na\"", with: "\"2.2.3\" : {\n      \"answer\" : \"yes\"")
        #expect(changed != file)
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        let validated = try Self.casemark(["validate", "insp"], in: scratch.path)
        #expect(validated.status != 0)
        #expect(validated.all.contains("cases/A-1.json: answers.2.2.3: an answer is recorded, but the case's attribute rosh_issues_apply = N makes 2.2.3 not applicable"), "\(validated.all)")
    }

    static func keyQuestions(_ json: String) throws -> NSDictionary {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(root["keyQuestions"] as? NSDictionary)
    }
}
