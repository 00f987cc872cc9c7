import Foundation
import Testing
import CasemarkModel
@testable import CasemarkStore

/// The bundled 2018 framework.
enum Bundled2018 {
    static let framework: Framework = try! FrameworkLibrary.bundled()
}

/// CSVImport.parse: the fixed interchange layout read into cases, or every problem with its place.
@Suite struct CSVImportTests {
    let framework = Bundled2018.framework
    let header = "case_id,responsible_officer,sample,2.1.1,2.1.2,2.2.3,4.1.1,rosh_issues_apply"

    func parse(_ text: String, existing: Set<String> = []) -> Result<[Case], CSVImportError> {
        CSVImport.parse(Array(text.utf8), file: "cases.csv", framework: framework, existingCaseIDs: existing,
                        answeredBy: "importer", answeredAt: "2019-06-01T09:00:00Z")
    }

    func cases(_ text: String) throws -> [Case] {
        switch parse(text) {
        case .success(let cases): return cases
        case .failure(let error): throw error
        }
    }

    func problems(_ text: String, existing: Set<String> = []) -> [CSVProblem] {
        switch parse(text, existing: existing) {
        case .success: return []
        case .failure(let error): return error.problems
        }
    }

    @Test("a valid file becomes cases: answers, attributes, grade, names in any script")
    func validFile() throws {
        let text = """
            case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,2.2.3,4.1.1,rosh_issues_apply,ldu
            CS-001,Chloé Duval,PO,case-supervision,Y,n,NA,,Y,North
            CS-002,"O'Neill, Jack",PSO,case-supervision,,N,,,N,
            UW-001,Ines Sørensen,,unpaid-work,,,,y,,"East, ""old"" office"
            TG-001,李 小龙,PO,Through the Gate,,,,,,

            """
        let cases = try cases(text)
        #expect(cases.map(\.id) == ["CS-001", "CS-002", "UW-001", "TG-001"])
        let first = cases[0]
        #expect(first.responsibleOfficer == ResponsibleOfficer(name: "Chloé Duval", grade: "PO"))
        #expect(first.answers["2.1.1"] == Answer(answer: .yes, by: "importer", at: "2019-06-01T09:00:00Z"))
        #expect(first.answers["2.1.2"]?.answer == Judgement.no)
        #expect(first.answers["2.2.3"]?.answer == Judgement.notApplicable)
        #expect(first.answers["4.1.1"] == nil)
        #expect(first.attributes == ["rosh_issues_apply": "Y", "ldu": "North"])
        #expect(cases[1].responsibleOfficer.name == "O'Neill, Jack")
        #expect(cases[1].answers.keys.sorted() == ["2.1.2"])
        #expect(cases[1].attributes == ["rosh_issues_apply": "N"])  // empty cells are absent, not ""
        #expect(cases[2].sample == "unpaid-work")
        #expect(cases[2].responsibleOfficer.grade == nil)
        #expect(cases[2].answers["4.1.1"]?.answer == Judgement.yes)
        #expect(cases[2].attributes["ldu"] == "East, \"old\" office")
        #expect(cases[3].sample == "through-the-gate")  // the sample's title is accepted too
        #expect(cases[3].responsibleOfficer.name == "李 小龙")
    }

    @Test("a byte order mark and CRLF line ends are read as plain UTF-8")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}\(header)\r\nA-1,Ann,case-supervision,Y,Y,,,\r\nA-2,Bob,case-supervision,N,N,,,\r\n"
        let cases = try cases(text)
        #expect(cases.map(\.id) == ["A-1", "A-2"])
        #expect(cases[1].answers["2.1.1"]?.answer == Judgement.no)
    }

    @Test("a bad cell is named by record, line, column and value")
    func badCell() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Maybe,,,\n")
        #expect(found.count == 1)
        let p = found[0]
        #expect(p.record == 1)
        #expect(p.line == 2)
        #expect(p.column == "2.1.2")
        #expect(p.value == "Maybe")
        #expect(p.description == "cases.csv: record 1 (line 2), column 2.1.2, value 'Maybe': expected Y, N, NA or empty (not answered)")
    }

    @Test("record and line differ after a quoted cell with a line break; messages give both")
    func recordVersusLine() {
        let text = "\(header),note\nA-1,Ann,case-supervision,Y,Y,,,,\"two\nlines\"\nA-2,Bob,case-supervision,Y,X,,,,\n"
        let found = problems(text)
        #expect(found.map(\.record) == [2])
        #expect(found.map(\.line) == [4])
    }

    @Test("every problem in the file is reported at once")
    func allProblemsAtOnce() {
        let text = """
            \(header)
            A-1,Ann,case-supervision,Y,Maybe,,,
            ../x,Bob,case-supervision,Y,Y,,,
            A-3,,community,Y,Y,,,
            A-4,Dee,case-supervision,Y,Y,,,perhaps

            """
        let found = problems(text)
        #expect(found.map(\.column) == ["2.1.2", "case_id", "responsible_officer", "sample", "rosh_issues_apply"])
        #expect(found.map(\.record) == [1, 2, 3, 3, 4])
        #expect(found.first { $0.column == "sample" }?.message.contains("case-supervision, unpaid-work, through-the-gate") == true)
    }

    @Test("ids that would escape the folder or hide a file are refused", arguments: ["../x", "/etc/x", ".hidden", "a b", "", String(repeating: "x", count: 65)])
    func badIDs(id: String) {
        let found = problems("\(header)\n\"\(id)\",Ann,case-supervision,Y,Y,,,\n")
        #expect(found.count == 1)
        #expect(found.first?.column == "case_id")
        #expect(found.first?.value == id)
    }

    @Test("a duplicate case id in the file names both records")
    func duplicateInFile() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,,\nB-1,Bob,case-supervision,Y,Y,,,\na-1,Cy,case-supervision,Y,Y,,,\n")
        #expect(found.count == 1)
        #expect(found.first?.record == 3)
        #expect(found.first?.message.contains("record 1 (line 2)") == true)
    }

    @Test("a case id already in the inspection is refused, never overwritten")
    func duplicateInFolder() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,,\n", existing: ["A-1"])
        #expect(found.count == 1)
        #expect(found.first?.message.contains("cases/A-1.json") == true)
    }

    @Test("a missing required column is named")
    func missingColumn() {
        let found = problems("case_id,sample,2.1.1\nA-1,case-supervision,Y\n")
        #expect(found.count == 1)
        #expect(found.first?.column == "responsible_officer")
        #expect(found.first?.line == 1)
        #expect(found.first?.description.hasPrefix("cases.csv: header (line 1), column responsible_officer") == true)
    }

    @Test("a column shaped like a key question that the framework lacks is an error, not an attribute")
    func unknownKeyQuestionColumn() {
        let found = problems("case_id,responsible_officer,sample,4.9.1\nA-1,Ann,unpaid-work,Y\n")
        #expect(found.map(\.column) == ["4.9.1"])
        // A domain-one key question is known but is not marked per case.
        let domainOne = problems("case_id,responsible_officer,sample,1.1.1\nA-1,Ann,unpaid-work,Y\n")
        #expect(domainOne.map(\.column) == ["1.1.1"])
        #expect(domainOne.first?.message.contains("rate") == true)
    }

    @Test("a duplicated or unnamed column is an error")
    func badHeaderCells() {
        let found = problems("case_id,responsible_officer,sample,2.1.1,2.1.1,\nA-1,Ann,case-supervision,Y,Y,\n")
        #expect(found.map(\.column) == ["2.1.1", "6"])
    }

    @Test("a record with too few or too many cells is refused with its record and line")
    func widthChecked() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,\nA-2,Ann,case-supervision,Y,Y,,,,\n")
        #expect(found.map(\.record) == [1, 2])
        #expect(found[0].message.contains("expected 8 cells as in the header; found 7"))
    }

    @Test("an unterminated quote is named by the line where it opens")
    func unterminatedQuote() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,,\nA-2,\"Bob,case-supervision,Y,Y,,,\nA-3,Cy,case-supervision,Y,Y,,,\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("never closed") == true)
    }

    @Test("text after a closing quote is refused rather than guessed at")
    func textAfterQuote() {
        let found = problems("\(header)\nA-1,\"Ann\"x,case-supervision,Y,Y,,,\n")
        #expect(found.first?.line == 2)
    }

    @Test("a file that is not UTF-8 is refused, naming the byte offset and line")
    func notUTF8() {
        var bytes = Array("\(header)\nA-1,Chlo".utf8)
        let offset = bytes.count
        bytes += [0xE9]  // Latin-1 é
        bytes += Array(" Duval,case-supervision,Y,Y,,,\n".utf8)
        let result = CSVImport.parse(bytes, file: "latin1.csv", framework: framework)
        guard case .failure(let error) = result else {
            Issue.record("a Latin-1 file was accepted")
            return
        }
        #expect(error.problems.count == 1)
        #expect(error.problems[0].byteOffset == offset)
        #expect(error.problems[0].line == 2)
        #expect(error.description.contains("latin1.csv: line 2, byte offset \(offset)"))
        #expect(error.description.contains("Nothing was imported"))
    }

    @Test("overlong forms, surrogates and truncated sequences are not UTF-8")
    func utf8EdgeCases() {
        #expect(CSVBytes.firstInvalidUTF8(Array("é李😀".utf8)) == nil)
        #expect(CSVBytes.firstInvalidUTF8([0x41, 0xC0, 0xAF])?.offset == 1)       // overlong '/'
        #expect(CSVBytes.firstInvalidUTF8([0xED, 0xA0, 0x80])?.offset == 0)       // surrogate
        #expect(CSVBytes.firstInvalidUTF8([0x0A, 0x41, 0xE2, 0x82])?.line == 2)   // cut short at the end
        #expect(CSVBytes.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) != nil)       // past U+10FFFF
    }

    @Test("an empty file, or one with only a header, says what was expected")
    func emptyFile() throws {
        #expect(problems("").first?.message.contains("empty") == true)
        #expect(problems("\u{FEFF}\n\n").first?.message.contains("empty") == true)
        #expect(try cases("\(header)\n").isEmpty)
    }

    @Test("blank lines between records are skipped, and lines still counted")
    func blankLines() throws {
        #expect(try cases("\(header)\n\nA-1,Ann,case-supervision,Y,Y,,,\n\n").count == 1)
        #expect(problems("\(header)\n\nA-1,Ann,case-supervision,Y,Q,,,\n").first?.line == 3)
    }

    @Test("an answer for another sample's key question is refused; NA there is harmless")
    func answerOutsideSample() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,Y,\nA-2,Ann,case-supervision,Y,Y,,NA,\n")
        #expect(found.map(\.record) == [1])
        #expect(found.first?.column == "4.1.1")
    }

    @Test("a yes or no where rosh_issues_apply is N is refused: it would be silently left out")
    func answerAgainstAttribute() {
        let found = problems("\(header)\nA-1,Ann,case-supervision,Y,Y,Y,,N\nA-2,Ann,case-supervision,Y,Y,NA,,N\nA-3,Ann,case-supervision,Y,Y,N,,\n")
        #expect(found.map(\.record) == [1])
        #expect(found.first?.column == "2.2.3")
    }

    @Test("a known attribute's value is checked; unknown attribute columns are kept as they are")
    func attributeValues() throws {
        #expect(problems("\(header)\nA-1,Ann,case-supervision,Y,Y,,,maybe\n").map(\.column) == ["rosh_issues_apply"])
        let kept = try cases("\(header),Risk level\nA-1,Ann,case-supervision,Y,Y,,,n,  Medium \n")
        #expect(kept.first?.attributes == ["rosh_issues_apply": "N", "Risk level": "Medium"])
    }

    @Test("a long list of problems is cut in the message but kept whole in the error")
    func manyProblems() {
        let rows = (1...30).map { "A-\($0),Ann,case-supervision,Y,bad,,," }.joined(separator: "\n")
        guard case .failure(let error) = parse("\(header)\n\(rows)\n") else {
            Issue.record("accepted")
            return
        }
        #expect(error.problems.count == 30)
        #expect(error.description.contains("… and 10 more problems"))
    }

    @Test("by and at columns credit the row's answers to who made them and when; empty cells, the importer now")
    func byAndAtColumns() throws {
        let text = """
            case_id,responsible_officer,sample,2.1.1,2.1.2,by,At
            A-1,Ann,case-supervision,Y,N,  Ben   Okafor ,2019-03-10T15:02:11Z
            A-2,Ann,case-supervision,Y,,Chloé Duval,
            A-3,Ann,case-supervision,N,,,2019-03-11T08:30:00Z
            A-4,Ann,case-supervision,Y,,,

            """
        let cases = try cases(text)
        #expect(cases[0].answers["2.1.1"] == Answer(answer: .yes, by: "Ben Okafor", at: "2019-03-10T15:02:11Z"))
        #expect(cases[0].answers["2.1.2"] == Answer(answer: .no, by: "Ben Okafor", at: "2019-03-10T15:02:11Z"))
        #expect(cases[1].answers["2.1.1"] == Answer(answer: .yes, by: "Chloé Duval", at: "2019-06-01T09:00:00Z"))
        #expect(cases[2].answers["2.1.1"] == Answer(answer: .no, by: "importer", at: "2019-03-11T08:30:00Z"))
        #expect(cases[3].answers["2.1.1"] == Answer(answer: .yes, by: "importer", at: "2019-06-01T09:00:00Z"))
        // Neither is kept as an attribute.
        #expect(cases.allSatisfy { $0.attributes.isEmpty })
    }

    @Test("an at that is not a UTC time as the history writes it is refused, naming record, line, column and value",
          arguments: ["10/03/2019", "2019-03-10", "2019-03-10 15:02:11", "2019-02-30T10:00:00Z", "2019-03-10T15:02:11+01:00", "2019-03-10T15:02:11.5Z", "yesterday"])
    func badAtCell(cell: String) {
        let found = problems("case_id,responsible_officer,sample,2.1.1,by,at\nA-1,Ann,case-supervision,Y,Ben,\(cell)\n")
        #expect(found.count == 1)
        #expect(found.first?.description
            == "cases.csv: record 1 (line 2), column at, value '\(cell)': expected a UTC time in ISO 8601 as the history writes it, such as 2026-11-24T10:15:00Z, or empty (the time of the import)")
    }
}
