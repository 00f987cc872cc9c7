import Foundation
import Testing

@testable import CasemarkTUI

/// docs/inspector-guide.md must name every key the screens handle, so that a key added to a
/// table and not to the guide fails here.
@Suite struct InspectorGuideTests {
    static let guide: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("docs/inspector-guide.md"), encoding: .utf8)
    }()

    @Test func namesEveryKeyOfEveryScreen() throws {
        let guide = try #require(Self.guide)
        let tables = [KeyTables.cases, KeyTables.marking, KeyTables.results, KeyTables.help, KeyTables.noteEditor,
                      KeyTables.search, KeyTables.filter, KeyTables.confirm, KeyTables.reason]
        for table in tables {
            for binding in table.bindings where !binding.keys.isEmpty {
                let labels = binding.label == binding.keys.map(\.label).joined(separator: " ")
                    ? binding.keys.map(\.label) : [binding.label]
                for label in labels {
                    #expect(guide.contains("`\(label)`"), "\(table.title): `\(label)` (\(binding.help)) is not in the guide")
                }
            }
        }
    }

    @Test func showsTheHintLinesAsTheScreensDo() throws {
        let guide = try #require(Self.guide)
        #expect(guide.contains(Chrome.hintText(KeyTables.cases)))
        var marking = Fixtures.state()
        press(&marking, .enter)
        #expect(guide.contains(try #require(render(marking).lines.last)), "the marking screen's hint line at 80 columns")
    }
}
