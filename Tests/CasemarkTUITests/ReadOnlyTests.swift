import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Read-only is enforced where actions are handled: every key that edits is refused, with a reason.
@Suite struct ReadOnlyTests {
    static let editKeys: [KeyEvent] = KeyTables.marking.bindings.filter(\.edits).flatMap(\.keys)

    @Test func everyEditKeyOfTheMarkingScreenIsMarkedAsSuch() {
        let commands = Set(KeyTables.marking.bindings.filter(\.edits).map(\.command))
        #expect(commands == [.answer(.yes), .answer(.no), .answer(.notApplicable), .clearAnswer, .tickPrompt,
                             .editNote, .undo, .redo, .complete, .reopen, .reload, .takeSide(0), .takeSide(1)])
    }

    @Test(arguments: editKeys)
    func editKeysChangeNothing(_ key: KeyEvent) {
        for caseIndex in [0, 3] {  // an open case and a complete one
            var state = Fixtures.state(readOnly: true)
            let before = state.session.cases
            press(&state, .char("j"), .char("j"), .char("j"))
            // Read-only, Enter reads the case whole; v goes on to its key questions one by one.
            press(&state, caseIndex == 0 ? .home : .char("k"), .enter, .char("v"))
            press(&state, .tab)
            let effects = press(&state, key, key)
            #expect(saves(effects).isEmpty, "\(key.label)")
            #expect(state.session.cases == before)
            #expect(state.overlay == nil)
            #expect(state.status.text.hasPrefix("read-only"), "\(key.label): \(state.status.text)")
        }
    }

    @Test func aSessionPressingEveryKeyWritesNothing() {
        var state = Fixtures.state(readOnly: true)
        let before = state.session.cases
        var keys: [KeyEvent] = [.enter, .char("v")]
        for binding in KeyTables.marking.bindings where binding.command != .quit && binding.command != .back {
            keys += binding.keys
            keys += typing("text") + [.enter, .char("y"), .escape]
        }
        let effects = press(&state, keys)
        #expect(saves(effects).isEmpty)
        #expect(state.session.cases == before)
    }

    /// Read-only, the hint line offers only keys that work (issue 12.8); the help still lists the
    /// editing keys, saying they are read-only here.
    @Test func editKeysStayOffTheHintLineAndSayReadOnlyInHelp() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter, .char("v"))
        let screen = render(state)
        #expect(screen.line(0).contains("READ-ONLY"))
        #expect(screen.line(23) == "m next blank  ] next case  v read  r results  ? help  Esc back  q quit")
        #expect(!(0..<80).contains { screen[$0, 23].style.dim })
        state.height = 40
        press(&state, .char("?"))
        #expect(render(state).lines.contains("  y                 answer yes and go to the next key question (read-only)"))
    }

    @Test func theDoorItselfIsShut() {
        var state = Fixtures.state(readOnly: true)
        var changed = state.session.cases[0]
        changed.status = .complete
        #expect(state.commit(changed).isEmpty)
        #expect(state.session.cases[0].status == .inProgress)
    }
}
