import CasemarkTestSupport
import Foundation
import Testing

/// `casemark import` keeps the data clean, and `casemark history` finds a case the way import does.
@Suite struct ImportCleanCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    static let header = "case_id,responsible_officer,officer_grade,sample,2.1.1"

    @Test("a grade other than PO or PSO is refused with its row, column and value; nothing is created")
    func badGrade() throws {
        let scratch = TestFolder()
        try scratch.write("bad.csv", "\(Self.header)\nA-1,Ann Lee,Senior PO,case-supervision,Y\n")
        let run = try Self.casemark(["import", "insp", "--csv", "bad.csv"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("record 1 (line 2), column officer_grade, value 'Senior PO'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("insp")))
    }

    @Test("grades stored in capitals, names tidied; history finds a-1 as A-1")
    func cleanImportThenHistory() throws {
        let scratch = TestFolder()
        try scratch.write("good.csv", "\(Self.header)\nA-1,  Ann   Lee ,po,case-supervision,Y\nA-2,Ann Lee,PSO,case-supervision,N\n")
        let run = try Self.casemark(["import", "insp", "--csv", "good.csv"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require(scratch.read("insp/cases/A-1.json"))
        #expect(file.contains("\"grade\" : \"PO\"") || file.contains("\"grade\": \"PO\""), "\(file)")
        #expect(file.contains("\"Ann Lee\""), "\(file)")
        let report = try Self.casemark(["report", "insp", "--officer", "ann  lee", "--format", "json"], in: scratch.path)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"officer\": \"Ann Lee\""))
        let history = try Self.casemark(["history", "insp", "a-1"], in: scratch.path)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("A-1"), "\(history.stdout)")
    }
}
