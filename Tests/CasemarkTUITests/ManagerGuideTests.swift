import CasemarkModel
import Foundation
import Testing

@testable import CasemarkTUI

/// docs/manager-guide.md must keep up with the screens it describes.
@Suite struct ManagerGuideTests {
    static let guide: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("docs/manager-guide.md"), encoding: .utf8)
    }()

    @Test func showsTheHintLinesAsTheScreensDo() throws {
        let guide = try #require(Self.guide)
        for table in [KeyTables.cases, KeyTables.reading, KeyTables.results] {
            #expect(guide.contains(Chrome.hintText(table)), "\(table.title)")
        }
        #expect(guide.contains(Chrome.hintText(KeyTables.officerPicker)))
    }

    @Test func namesEveryKeyAManagerUses() throws {
        let guide = try #require(Self.guide)
        for table in [KeyTables.reading, KeyTables.officerPicker] {
            for binding in table.bindings where !binding.keys.isEmpty {
                let mentioned = binding.keys.contains { guide.contains("`\($0.label)`") } || guide.contains("`\(binding.label)`")
                #expect(mentioned, "\(table.title): \(binding.label) (\(binding.help))")
            }
        }
        for key in ["o", "b", "r", "Enter", "?"] { #expect(guide.contains("`\(key)`")) }
    }

    @Test func statesTheIndicativeThresholdTheScreensUse() throws {
        let guide = try #require(Self.guide)
        #expect(guide.contains("fewer than **\(Indicative.minimumApplicableCases)** cases answered yes or no"))
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        press(&state, .char("r"))
        let legend = render(state).line(21)
        #expect(guide.contains(legend), "the legend line as on screen: \(legend)")
    }
}
