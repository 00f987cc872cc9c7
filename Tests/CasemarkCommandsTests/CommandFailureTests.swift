import ArgumentParser
import CasemarkTestSupport
import XCTest

@testable import CasemarkCommands

/// A command that refuses throws a `CommandFailure`: its message and its exit status, printed
/// by the entry point. Nothing is printed or exited inside the command, so here it is caught.
final class CommandFailureTests: XCTestCase {
    func testAnErrorFromTheStoreIsItsDescriptionAfterCasemarkWithStatus1() {
        struct Refused: Error, CustomStringConvertible { var description: String { "cases/A-1.json: refused" } }
        XCTAssertEqual(CommandFailure(Refused()), CommandFailure("casemark: cases/A-1.json: refused", exitCode: .failure))
    }

    func testMarkingACaseThereIsNotFailsWithStatus1NamingItsFile() throws {
        let folder = TestFolder()
        let inspection = try SampleInspection.copy(in: folder)
        let before = folder.snapshot()
        XCTAssertEqual(
            CommandRun.failure(["mark", inspection, "CS-999", "2.1.1", "yes", "--inspector", "Tess"]),
            CommandFailure("casemark: cases/CS-999.json: no such case in \(inspection); nothing was changed"))
        XCTAssertEqual(folder.snapshot(), before)
    }

    /// `report` used to print and exit inside the command; now it throws like every other.
    func testReportOfAFolderThatIsNoInspectionFailsWithStatus1() throws {
        let folder = TestFolder()
        let failure = try XCTUnwrap(CommandRun.failure(["report", folder.sub("nothing-here")]))
        XCTAssertEqual(failure.exitCode, .failure)
        XCTAssertTrue(failure.message.hasPrefix("casemark: "), failure.message)
    }

    func testAReportWithUnreadableCasesIsWrittenAndThenFailsNamingThem() throws {
        let folder = TestFolder()
        let inspection = try SampleInspection.copy(in: folder)
        try SampleInspection.breakCase("CS-002", in: inspection)
        let output = folder.sub("report.json")
        let failure = try XCTUnwrap(CommandRun.failure(["report", inspection, "--format", "json", "--output", output]))
        XCTAssertNotNil(folder.read("report.json"), "the report of the rest is written first")
        XCTAssertEqual(failure.exitCode, .failure)
        XCTAssertTrue(failure.message.hasPrefix("casemark: cases/CS-002.json: "), failure.message)
        XCTAssertTrue(
            failure.message.hasSuffix("1 problem(s) in 1 case file: the report leaves out the case files that cannot be read (see casemark validate \(inspection))."),
            failure.message)
    }
}
