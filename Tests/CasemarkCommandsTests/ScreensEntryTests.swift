import ArgumentParser
import CasemarkSession
import CasemarkTUI
import CasemarkTestSupport
import Foundation
import XCTest

@testable import CasemarkCommands

/// `casemark open` and `casemark INSPECTION` run the marking screens on the terminal the
/// executable hands in: here a fake one, so the command is run whole without ncurses.
final class ScreensEntryTests: XCTestCase {
    func testOpenDrawsTheInspectionOnTheTerminalHandedInAndGivesItBack() throws {
        let folder = TestFolder()
        let copy = try SampleInspection.copy(in: folder)
        let before = folder.snapshot()
        let terminal = FakeScreensTerminal([.key(.char("q"))])

        let command = try Casemark.parseAsRoot(["open", copy, "--read-only"])
        let screens = try XCTUnwrap(command as? any ScreensCommand, "open runs on a terminal handed in")
        try screens.run(terminal: { terminal })

        XCTAssertTrue(terminal.closed, "the terminal is given back")
        let first = try XCTUnwrap(terminal.screens.first)
        XCTAssertTrue(first.contains("CS-001"), "the case list is drawn:\n\(first)")
        XCTAssertEqual(folder.snapshot(), before, "read-only: nothing written")
    }

    func testCasemarkWithAnInspectionAndNoCommandOpensTheScreensToo() throws {
        let folder = TestFolder()
        let copy = try SampleInspection.copy(in: folder)
        let terminal = FakeScreensTerminal([.key(.char("q"))])

        let command = try Casemark.parseAsRoot([copy, "--read-only"])
        XCTAssertTrue(command is StartCommand)
        try XCTUnwrap(command as? any ScreensCommand).run(terminal: { terminal })

        XCTAssertTrue(terminal.closed)
        XCTAssertFalse(terminal.screens.isEmpty)
    }

    /// No terminal to take over: exit status 2, and a writable open has changed nothing (an
    /// abandoned temporary file is only removed once the screens can open).
    func testAnUnusableTerminalExitsTwoHavingChangedNothing() throws {
        let folder = TestFolder()
        let copy = try SampleInspection.copy(in: folder)
        // Written by a process that is gone long ago: abandoned, removed by a writable open.
        let leftover = (copy as NSString).appendingPathComponent("cases/.CS-001.json.tmp-999999-abc")
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)], ofItemAtPath: leftover)
        let before = folder.snapshot()

        let command = try Casemark.parseAsRoot(["open", copy])
        XCTAssertThrowsError(
            try XCTUnwrap(command as? any ScreensCommand).run(terminal: { throw NoTerminal() })
        ) { error in
            XCTAssertEqual(error as? CommandFailure, CommandFailure("no terminal here", exitCode: ExitCode(2)))
        }
        XCTAssertEqual(folder.snapshot(), before)
    }

    struct NoTerminal: Error, CustomStringConvertible {
        var description: String { "no terminal here" }
    }

}

/// Keys in a given order, then the end of the input; keeps each screen drawn as text.
final class FakeScreensTerminal: ScreensTerminal {
    private var script: [KeyRead]
    private(set) var screens: [String] = []
    private(set) var closed = false

    init(_ script: [KeyRead]) { self.script = script }

    var size: (width: Int, height: Int) { (80, 24) }

    func nextKey(timeout: Int?) -> KeyRead {
        // Timeout 0 is the session looking for more keys of a paste: none there is no end yet.
        guard !script.isEmpty else { return timeout == 0 ? .timedOut : .ended }
        return script.removeFirst()
    }

    func draw(_ buffer: ScreenBuffer) {
        screens.append(
            (0..<buffer.height).map { y in
                String((0..<buffer.width).compactMap { x in buffer[x, y].isContinuation ? nil : buffer[x, y].character })
            }.joined(separator: "\n"))
    }

    func close() { closed = true }
}
