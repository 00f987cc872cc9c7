import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Read-only holds on every screen, not only where an edit key would edit (issue 6): each edit
/// key, on each screen, is refused in the reducer with "read-only" in the status line, and a
/// session pressing every key of every table changes no case and asks for no save.
@Suite struct ReadOnlyEverywhereTests {
    /// Every screen a manager can reach, as keys from the list of cases.
    static let screens: [(name: String, keys: [KeyEvent])] = [
        ("cases", []),
        ("reading", [.enter]),
        ("marking", [.enter, .char("v")]),
        ("marking, prompts", [.enter, .char("v"), .tab]),
        ("marking, complete case", [.char("G"), .char("k"), .enter, .char("v")]),
        ("results", [.char("r")]),
        ("results, officer", [.char("o"), .down, .enter, .char("r")]),
        ("results, by grade", [.char("r"), .char("b")]),
        ("results, by officer", [.char("r"), .char("b"), .char("b")]),
        ("results, by sample", [.char("r"), .char("b"), .char("b"), .char("b")]),
    ]

    static let editBindings = KeyTables.marking.bindings.filter(\.edits)

    static var screenAndEditKey: [(Int, KeyEvent)] {
        screens.indices.flatMap { screen in editBindings.flatMap(\.keys).map { (screen, $0) } }
    }

    @Test func everyMutatingCommandHasItsEditKeys() {
        #expect(Set(Self.editBindings.map(\.command)) == [
            .answer(.yes), .answer(.no), .answer(.notApplicable), .clearAnswer, .tickPrompt, .editNote, .undo, .redo,
            .complete, .reopen, .reload, .takeSide(0), .takeSide(1),
        ])
    }

    @Test(arguments: screenAndEditKey)
    func anEditKeyIsRefusedWithReadOnlyInTheStatusLine(_ screen: Int, _ key: KeyEvent) {
        for officer in [nil, "Chloé Duval"] {
            var state = Fixtures.state(readOnly: true, officer: officer)
            press(&state, Self.screens[screen].keys)
            // On the lists, o chooses an officer: there it is not an edit key (see OfficerPickerTests).
            if let own = keyTable(for: state.screen).binding(for: key), !own.edits { continue }
            let before = state.session.cases
            let where_ = state.screen
            let effects = press(&state, key)
            let name = "\(Self.screens[screen].name), \(key.label)"
            #expect(effects.isEmpty, "\(name)")
            #expect(state.session.cases == before, "\(name)")
            #expect(state.overlay == nil, "\(name): no editor, reason or confirmation opens")
            #expect(state.screen == where_, "\(name)")
            #expect(state.status.text.hasPrefix("read-only: nothing can be changed"), "\(name): \(state.status.text)")
            #expect(render(state).line(state.height - 2).hasPrefix("read-only"), "\(name): shown in the status line")
        }
    }

    /// Every key any table binds, every printable ASCII character, and the named keys.
    static let everyKey: [KeyEvent] = {
        let tables = [KeyTables.cases, KeyTables.marking, KeyTables.reading, KeyTables.results, KeyTables.help,
                      KeyTables.noteEditor, KeyTables.search, KeyTables.filter, KeyTables.confirm, KeyTables.reason,
                      KeyTables.officerPicker]
        var keys = tables.flatMap { $0.bindings.flatMap(\.keys) }
        keys += (32...126).map { KeyEvent.char(Character(Unicode.Scalar($0)!)) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                 .backspace, .delete]
        var seen = Set<KeyEvent>()
        return keys.filter { $0 != .ctrlC && seen.insert($0).inserted }
    }()

    @Test(arguments: screens.indices)
    func everyKeyOnEveryScreenWritesNothing(_ screen: Int) {
        var saved: [Case] = []
        var state = Fixtures.state(readOnly: true)
        let before = state.session.cases
        for key in Self.everyKey {
            // Each key from the screen itself, then whatever it opened is typed into and confirmed.
            var fresh = Fixtures.state(readOnly: true)
            press(&fresh, Self.screens[screen].keys)
            saved += saves(press(&fresh, [key] + typing("note") + [.enter, .char("y"), .char(" "), .escape]))
            #expect(fresh.session.cases == before, "\(Self.screens[screen].name), \(key.label)")
            state = fresh
        }
        #expect(saved.isEmpty)
        #expect(state.session.unsaved.isEmpty)
    }

    @Test func oneLongSessionThroughEveryScreenWritesNothing() {
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        let before = state.session.cases
        var keys: [KeyEvent] = []
        for screen in Self.screens {
            keys += screen.keys
            keys += Self.everyKey.filter { $0 != .char("q") && $0 != .escape }
            keys += [.escape, .escape, .escape, .escape]
        }
        let effects = press(&state, keys)
        #expect(saves(effects).isEmpty)
        #expect(state.session.cases == before)
        #expect(state.session.scoring.tallies == Fixtures.state().session.scoring.tallies)
    }
}
