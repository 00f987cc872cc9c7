import Foundation
import XCTest

/// The executable stays an entry point and the one ncurses adapter: every command is in
/// CasemarkCommands, where tests can run it, and ncurses never reaches the commands (the
/// screens' terminal is handed in). docs/architecture.md, "Who may import whom".
final class ThinExecutableTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func swiftFiles(under folder: String) -> [String] {
        let root = sources.appendingPathComponent(folder).path
        let walker = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".swift") { files.append(relative) }
        }
        return files.sorted()
    }

    func testTheExecutableHoldsOnlyItsEntryPointAndTheTerminalAdapter() {
        let files = Self.swiftFiles(under: "casemark")
        XCTAssertTrue(files.contains("CasemarkMain.swift"), "\(files)")
        for file in files where file != "CasemarkMain.swift" && !file.hasPrefix("Terminal/") {
            XCTFail("Sources/casemark/\(file): a command or its helpers belong in Sources/CasemarkCommands")
        }
    }

    func testNoCommandImportsNcurses() throws {
        let files = Self.swiftFiles(under: "CasemarkCommands")
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent("CasemarkCommands/\(file)"), encoding: .utf8)
            if text.contains("import CNcurses") {
                XCTFail("Sources/CasemarkCommands/\(file) imports CNcurses: only Sources/casemark/Terminal may")
            }
        }
    }
}
