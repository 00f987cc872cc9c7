import ArgumentParser
import XCTest

@testable import CasemarkCommands

/// The words of a command line read before the parser: a mistyped command is named with the
/// nearest one, never opened as a folder.
final class CommandWordsTests: XCTestCase {
    func testAMistypedCommandIsRefusedWithTheNearestCommandAndStatus64() {
        let refusal = CommandWords.refusal(["reprot", "london"], folderExists: { _ in false })
        XCTAssertEqual(
            refusal,
            CommandFailure(
                "casemark: 'reprot' is not a casemark command; did you mean 'report'? (casemark --help lists the commands)",
                exitCode: ExitCode(64)))
    }

    func testAWordNearNoCommandIsRefusedWithTheListAndStatus1() throws {
        let refusal = try XCTUnwrap(CommandWords.refusal(["london-2019"], folderExists: { _ in false }))
        XCTAssertEqual(refusal.exitCode, .failure)
        XCTAssertTrue(refusal.message.hasPrefix("casemark: 'london-2019' is neither a casemark command nor an inspection folder."), refusal.message)
    }

    func testAnExistingFolderACommandOrAnOptionIsLeftToTheParser() {
        XCTAssertNil(CommandWords.refusal(["london-2019"], folderExists: { $0 == "london-2019" }))
        XCTAssertNil(CommandWords.refusal(["report", "x"], folderExists: { _ in false }))
        XCTAssertNil(CommandWords.refusal(["--read-only"], folderExists: { _ in false }))
        XCTAssertNil(CommandWords.refusal([], folderExists: { _ in false }))
    }
}
