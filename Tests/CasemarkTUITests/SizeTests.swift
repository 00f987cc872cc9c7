import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Every screen and overlay draws at any size without crashing, and keeps the cursor on screen.
@Suite struct SizeTests {
    static let sizes = [(0, 0), (1, 1), (20, 5), (39, 12), (40, 11), (40, 12), (41, 13), (59, 15), (71, 19), (80, 24), (200, 60)]

    static func everyScreen(width: Int, height: Int) -> [AppState] {
        let base = Fixtures.state(width: width, height: height)
        let sequences: [[KeyEvent]] = [
            [], [.char("?")], [.char("/"), .char("c")], [.char("f")], [.char("r")], [.char("r"), .char("?")],
            [.enter], [.enter, .char("?")], [.enter, .char("c")], [.enter, .char("e")] + typing("note 李小龙 Sørensen — ✓"),
            [.char("G"), .char("k"), .enter, .char("o")] + typing("reason"), [.enter, .tab, .char(" ")],
        ]
        return sequences.map { keys in
            var state = Fixtures.state(width: 80, height: 24)
            press(&state, keys)
            state.width = base.width
            state.height = base.height
            return state
        }
    }

    @Test(arguments: sizes)
    func drawsWithoutCrashing(_ size: (Int, Int)) {
        for state in Self.everyScreen(width: size.0, height: size.1) {
            let screen = render(state)
            #expect(screen.width == size.0 && screen.height == size.1)
            if let cursor = screen.cursor {
                #expect(screen.contains(x: cursor.x, y: cursor.y), "cursor \(cursor) off a \(size) screen")
            }
            #expect(screen.lines.allSatisfy { CellWidth.of($0) <= size.0 })
        }
    }

    @Test func tooSmallSaysWhatIsNeededAndRecoversOnResize() {
        var state = Fixtures.state()
        press(&state, .enter, .resize(width: 30, height: 8))
        #expect(render(state).lines[0] == "40×12 needed, this is 30×8")
        let effects = press(&state, .char("y"))
        #expect(effects.isEmpty, "no key edits while nothing can be seen")
        press(&state, .resize(width: 20, height: 5))
        #expect(render(state).lines == ["40×12 needed, this", "is 20×5", "q quits", "", ""])
        press(&state, .resize(width: 80, height: 24))
        #expect(state.screen == .marking)
        #expect(render(state).line(0).hasPrefix("CS-001 · Chloé Duval (PO)"))
        press(&state, .resize(width: 1, height: 1))
        #expect(render(state).lines == ["4"])
        #expect(press(&state, .char("q")) == [.quit, .endEditing(caseID: "CS-001")])
    }
}
