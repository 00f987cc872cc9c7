import CasemarkReport
import XCTest

@testable import CasemarkCommands

/// The one rule for how wide `report` draws (it was written out three times).
final class ReportWidthTests: XCTestCase {
    func testOnlyTheTextFormatHasAWidth() {
        for format in [ReportFormat.json, .csv, .markdown, .html] {
            XCTAssertNil(TerminalWidth.ofReport(format: format, toFile: false, requested: 100), "\(format)")
            XCTAssertNil(TerminalWidth.ofReport(format: format, toFile: true, requested: 100), "\(format)")
        }
    }

    func testAReportWrittenToAFileIsWholeUnlessAWidthIsGiven() {
        XCTAssertNil(TerminalWidth.ofReport(format: .text, toFile: true, requested: nil))
        XCTAssertNil(TerminalWidth.ofReport(format: .text, toFile: true, requested: 0))
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: true, requested: 120), 120)
    }

    func testOnStandardOutputAGivenWidthIsKeptAndZeroIsNoLimit() {
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: false, requested: 120), 120)
        XCTAssertNil(TerminalWidth.ofReport(format: .text, toFile: false, requested: 0))
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: false, requested: 20), TerminalWidth.minimum)
    }

    /// Into a pipe (as under `swift test`, or `| less`): $COLUMNS, else 80, never below the minimum.
    func testIntoAPipeTheWidthIsColumnsElse80() throws {
        try XCTSkipIf(isatty(STDOUT_FILENO) == 1, "standard output is a terminal here: its own width is taken")
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: false, requested: nil, environment: ["COLUMNS": "132"]), 132)
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: false, requested: nil, environment: [:]), 80)
        XCTAssertEqual(TerminalWidth.ofReport(format: .text, toFile: false, requested: nil, environment: ["COLUMNS": "30"]), TerminalWidth.minimum)
    }
}
