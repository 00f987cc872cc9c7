import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Files that could not be read on opening: counted as files, and in view until dismissed.
@Suite struct OpeningNoticeTests {
    @Test func countsFilesNotProblemsAndStaysUntilEsc() {
        var state = Fixtures.state()
        // Two bad files, one of them with two problems.
        state.noteUnreadable(files: ["cases/A-1.json", "cases/A-1.json", "cases/B-2.json"])
        #expect(render(state).line(22).hasPrefix("2 case files could not be read"), "\(render(state).line(22))")
        press(&state, .down, .down, .up)
        #expect(render(state).line(22).hasPrefix("2 case files could not be read"), "still there after moving")
        press(&state, .char("x"))
        #expect(render(state).line(22).hasPrefix("x: not a key here"), "a newer message shows over it")
        press(&state, .down)
        #expect(render(state).line(22).hasPrefix("2 case files could not be read"), "and it comes back")
        press(&state, .escape)
        #expect(!render(state).line(22).contains("could not be read"))
    }

    @Test func oneFileIsOneFile() {
        var state = Fixtures.state()
        state.noteUnreadable(files: ["cases/A-1.json"])
        #expect(state.notice?.hasPrefix("1 case file could not be read and is left untouched") == true)
    }
}
