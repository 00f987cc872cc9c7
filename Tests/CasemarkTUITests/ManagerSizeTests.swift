import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The manager's screens draw at any size without crashing or spilling, like the others.
@Suite struct ManagerSizeTests {
    static let sequences: [[KeyEvent]] = [
        [.char("o")], [.char("o")] + typing("zz"), [.enter], [.enter, .char("G")], [.char("r")], [.char("r"), .char("b")],
        [.char("r"), .char("b"), .char("b")], [.char("r"), .char("b"), .char("b"), .char("b")], [.char("r"), .char("?")],
        [.enter, .char("?")],
    ]

    @Test(arguments: SizeTests.sizes)
    func drawsWithoutCrashing(_ size: (Int, Int)) {
        for keys in Self.sequences {
            var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
            press(&state, keys)
            press(&state, .resize(width: size.0, height: size.1))
            let screen = render(state)
            #expect(screen.width == size.0 && screen.height == size.1)
            if let cursor = screen.cursor {
                #expect(screen.contains(x: cursor.x, y: cursor.y), "cursor \(cursor) off a \(size) screen")
            }
            #expect(screen.lines.allSatisfy { CellWidth.of($0) <= size.0 })
            // Scrolling to the end and back keeps working at that size.
            press(&state, .char("G"), .char("J"), .char("g"))
        }
    }
}
