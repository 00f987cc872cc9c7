import Foundation
import Testing

/// Inside CasemarkTUI the views draw and nothing else calls them: the state, the key tables, the
/// reducers and the pages (what a page holds, how far it scrolls) never name a type declared in
/// `Views/`, so a screen can be redrawn differently without touching what a key does
/// (docs/architecture.md, "Inside CasemarkTUI").
@Suite struct LayeringTests {
    static let tui = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CasemarkTUI")

    static func swiftFiles(_ folder: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: tui.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
    }

    /// The code of a file without its comments (a comment may name a view to say where it is drawn).
    static func code(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }
            .joined(separator: "\n")
    }

    @Test func nothingButTheViewsNamesAView() throws {
        var viewTypes: Set<String> = []
        for file in try Self.swiftFiles("Views") {
            for match in try Self.code(file).matches(of: /(?m)^(?:public )?(?:enum|struct|final class) (\w+)/) {
                viewTypes.insert(String(match.1))
            }
        }
        #expect(viewTypes.contains("ResultsView") && viewTypes.contains("MarkingView"), "\(viewTypes)")
        for folder in ["State", "Keys", "Update", "Pages", "Input"] {
            for file in try Self.swiftFiles(folder) {
                let code = try Self.code(file)
                let words = Set(code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
                for type in viewTypes.intersection(words).sorted() {
                    Issue.record("\(folder)/\(file.lastPathComponent) names \(type), which is a view's")
                }
            }
        }
    }
}
