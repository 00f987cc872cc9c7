import CasemarkModel
import Testing

@testable import CasemarkStore

/// Import keeps the data clean: a grade is PO or PSO, one officer is one officer however the
/// spaces fell in the spreadsheet.
@Suite struct ImportCleanDataTests {
    let header = "case_id,responsible_officer,officer_grade,sample,2.1.1"

    func parse(_ rows: String) -> Result<[Case], CSVImportError> {
        CSVImport.parse(Array("\(header)\n\(rows)".utf8), file: "cases.csv", framework: Bundled2018.framework)
    }

    @Test("officer_grade is PO or PSO in any capitals, stored in capitals; empty stays empty")
    func gradeStoredUpper() throws {
        let cases = try parse("A-1,Ann Lee,po,case-supervision,Y\nA-2,Bob Ray,Pso,case-supervision,Y\nA-3,Cy Do,,case-supervision,Y\nA-4,Di Fo, PSO ,case-supervision,Y\n").get()
        #expect(cases.map(\.responsibleOfficer.grade) == ["PO", "PSO", nil, "PSO"])
    }

    @Test("any other grade is a bad cell naming its row, column and value; nothing is imported")
    func badGrade() {
        guard case .failure(let error) = parse("A-1,Ann Lee,PO,case-supervision,Y\nA-2,Bob Ray,Senior,case-supervision,Y\n") else {
            Issue.record("a grade of Senior was imported")
            return
        }
        let text = error.description
        #expect(text.contains("record 2 (line 3), column officer_grade, value 'Senior'"), "\(text)")
        #expect(text.contains("PO, PSO or empty"), "\(text)")
    }

    @Test("spaces inside an officer's name are tidied, so one officer is one officer")
    func namesTidied() throws {
        let cases = try parse("A-1,  Ann  Lee ,PO,case-supervision,Y\nA-2,Ann Lee,PO,case-supervision,Y\nA-3,\"Ann\tLee\",PO,case-supervision,Y\n").get()
        #expect(cases.map(\.responsibleOfficer.name) == ["Ann Lee", "Ann Lee", "Ann Lee"])
        #expect(Officers.summaries(of: cases).count == 1)
    }
}
