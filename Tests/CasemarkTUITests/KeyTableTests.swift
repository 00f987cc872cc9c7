import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The hint line, the help screen and the key handling come from one table per screen.
@Suite struct KeyTableTests {
    static let screens: [(String, AppState)] = {
        let cases = Fixtures.state()
        var marking = Fixtures.state()
        press(&marking, .enter)
        var results = Fixtures.state()
        press(&results, .char("r"))
        var reading = Fixtures.state()
        press(&reading, .char("v"))
        return [("cases", cases), ("marking", marking), ("results", results), ("reading", reading)]
    }()

    @Test(arguments: [0, 1, 2, 3])
    func helpListsEveryKeyOfTheTableAndNothingElse(_ index: Int) {
        var state = Self.screens[index].1
        let table = keyTable(for: state.screen)
        state.height = 60
        press(&state, .char("?"))
        let text = render(state).lines.joined(separator: "\n")
        for binding in table.bindings {
            #expect(text.contains(binding.help), "\(table.title): \(binding.help)")
        }
        let listed = render(state).lines.dropFirst().prefix { !$0.isEmpty }.count
        #expect(listed == table.bindings.count)
        press(&state, .char("?"))
        #expect(state.overlay == nil, "? closes the help too")
    }

    @Test(arguments: [0, 1, 2, 3])
    func theHintLineIsTheTablesMainKeys(_ index: Int) {
        let state = Self.screens[index].1
        let table = keyTable(for: state.screen)
        var wide = state
        wide.width = 200
        #expect(render(wide).lines.last == Chrome.hintText(table))
        for binding in table.hints {
            #expect(table.binding(for: binding.keys[0])?.command == binding.command)
        }
    }

    @Test func hintsAndHelpAgreeOnWhatTheMarkingKeysDo() {
        #expect(Chrome.hintText(KeyTables.marking)
            == "y yes  n no  a n/a  Space tick  e note  u undo  m next blank  c complete  ? help  Esc back  q quit")
        #expect(Chrome.hintText(KeyTables.cases) == "Enter open  / search  f filter  s sort  r results  o officer  ? help  q quit")
    }

    /// Every default key exists without AltGr on AZERTY and German layouts: a letter, a digit, a
    /// named key, or a symbol with a letter alternative in the same row.
    @Test func everyActionHasAKeyOnEveryLayout() {
        let needsAltGr: Set<Character> = ["[", "]", "{", "}", "\\", "|", "@", "~", "`"]
        let tables = [KeyTables.cases, KeyTables.marking, KeyTables.results, KeyTables.help, KeyTables.noteEditor,
                      KeyTables.search, KeyTables.filter, KeyTables.confirm, KeyTables.reason, KeyTables.reading,
                      KeyTables.officerPicker]
        for table in tables {
            for binding in table.bindings where !binding.keys.isEmpty {
                let usable = binding.keys.contains { key in
                    if case .char(let c) = key { return !needsAltGr.contains(c) }
                    return key != .pageUp && key != .pageDown
                }
                #expect(usable, "\(table.title): \(binding.label)")
            }
        }
    }

    @Test func noKeyIsBoundTwiceOnAScreen() {
        for table in [KeyTables.cases, KeyTables.marking, KeyTables.results, KeyTables.filter, KeyTables.reading,
                      KeyTables.officerPicker] {
            let keys = table.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(table.title)")
        }
    }

    @Test func anUnknownKeySaysSo() {
        var state = Fixtures.state()
        press(&state, .char("Z"))
        #expect(state.status.text == "Z: not a key here (? lists them)")
    }
}

/// A help longer than the screen says there is more, and scrolls until its last line shows.
@Suite struct LongHelpTests {
    @Test func theMarkingHelpAt80x24SaysThereIsMoreAndScrollsToItsEnd() {
        var state = Fixtures.state()
        press(&state, .enter, .char("?"))
        let total = HelpPage.lineCount(state)
        #expect(total > 21, "the fixture's marking help is longer than 80×24 shows")
        #expect(render(state).line(21) == "↓ j: \(total - 20) more lines")
        press(&state, [KeyEvent](repeating: .char("j"), count: 60))
        let screen = render(state)
        #expect(state.overlay == .help(scroll: total - 21))
        #expect(screen.line(21) == HelpPage.lines(state).last?.text, "the last line at the bottom, nothing blank under it")
        #expect(screen.lines.contains { $0.contains("back to the list of cases") })
        #expect(!screen.lines.contains { $0.contains("more lines") })
    }
}
