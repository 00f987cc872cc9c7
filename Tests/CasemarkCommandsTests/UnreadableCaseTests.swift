import ArgumentParser
import CasemarkStore
import CasemarkTestSupport
import XCTest

@testable import CasemarkCommands

/// A case asked for by id whose file cannot be read is told as such (its problems, and that it
/// cannot be read), not as "no such case": found by the store's `StoreProblem.caseID`, the one
/// rule that names case files, rather than by matching the end of file names.
final class UnreadableCaseTests: XCTestCase {
    func testAProblemKnowsTheCaseWhoseFileItIsIn() {
        XCTAssertEqual(StoreProblem(file: "cases/CS-001.json", message: "x").caseID, "CS-001")
        XCTAssertEqual(StoreProblem(file: "cases/A-1.json", field: "answers.2.1.1.answer", message: "x").caseID, "A-1")
        XCTAssertNil(StoreProblem(file: "inspection.json", message: "x").caseID)
        XCTAssertNil(StoreProblem(file: ".", message: "x").caseID)
        XCTAssertNil(StoreProblem(file: "cases/", message: "x").caseID)
        XCTAssertNil(StoreProblem(file: "cases/notes.txt", message: "x").caseID)
        XCTAssertNil(StoreProblem(file: "CS-001.json", message: "x").caseID)
    }

    func testReportOfAnUnreadableCaseSaysItCannotBeReadWhateverCapitalsWereTyped() throws {
        let folder = TestFolder()
        let inspection = try SampleInspection.copy(in: folder)
        try SampleInspection.breakCase("CS-003", in: inspection)
        for typed in ["CS-003", "cs-003"] {
            let failure = try XCTUnwrap(CommandRun.failure(["report", inspection, "--case", typed]))
            XCTAssertEqual(failure.exitCode, .failure)
            XCTAssertTrue(failure.message.hasPrefix("casemark: cases/CS-003.json: "), failure.message)
            XCTAssertTrue(failure.message.hasSuffix("\nCase \(typed) cannot be read, so it cannot be printed (see casemark validate)."), failure.message)
        }
        // Another case's file being unreadable does not matter to this one, nor make it unknown.
        let unknown = try XCTUnwrap(CommandRun.failure(["report", inspection, "--case", "CS-999"]))
        XCTAssertTrue(unknown.message.hasPrefix("casemark: No case 'CS-999' in this inspection."), unknown.message)
    }

    func testHistoryOfAnUnreadableCaseListsItsProblems() throws {
        let folder = TestFolder()
        let inspection = try SampleInspection.copy(in: folder)
        try SampleInspection.breakCase("CS-004", in: inspection)
        let failure = try XCTUnwrap(CommandRun.failure(["history", inspection, "CS-004"]))
        XCTAssertEqual(failure.exitCode, .failure)
        XCTAssertTrue(failure.message.hasPrefix("cases/CS-004.json: "), failure.message)
        XCTAssertFalse(failure.message.contains("\n"), "one problem, one line: \(failure.message)")
    }

}
