import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The live strip tells the truth about the answer just given, even after the selection moved
/// on to the next standard's first key question.
@Suite struct LiveStripTests {
    /// CS-002 open on 2.1.2, the last key question of 2.1; answering moves to 2.2.1.
    func answered(width: Int = 80, height: Int = 24) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        press(&state, .down, .enter, .char("y"))
        return state
    }

    @Test func namesTheStandardOfTheKeyQuestionThatChanged() {
        let state = answered()
        #expect(state.marking?.row == 2, "on 2.2.1 now")
        let screen = render(state)
        #expect(screen.line(20).hasPrefix("2.2.1 across the sample"), "the selected key question's figure")
        #expect(screen.line(21) == "2.1 Assessment: Requires improvement → Good  ·  2.1.2 50% → 67%, now Good")
    }

    @Test func wordsGiveWayBeforeTheFiguresAndTheNewBand() {
        let state = answered(width: 64)
        let line = render(state).line(21)
        #expect(line == "2.1: Requires improvement → Good · 2.1.2 50% → 67%, now Good", "\(line)")
        let narrower = render(answered(width: 50)).line(21)
        #expect(narrower.hasSuffix("50% → 67%, now Good") || narrower.hasSuffix("50% → 67% Good"), "\(narrower)")
        #expect(narrower.hasPrefix("2.1: RI → GD"), "\(narrower)")
    }
}
