import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The results' keys, opened from the list in an 80×12 window, where the table is longer than
/// the page: lines 0…3 can be at the top, and a page is 3 lines.
extension KeyScenarios {
    static let results: [KeyScenario] = {
        let table = KeyTables.results
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.after([.char("r")] + keys, height: 12) }
        return [
            KeyScenario(table, .up, "a line up", on: { on([.down, .down]) }) { $0.resultsScroll = 1 },
            KeyScenario(table, .down, "a line down", on: { on() }) { $0.resultsScroll = 1 },
            KeyScenario(table, .pageUp, "a page up from the bottom", on: { on([.end]) }) { $0.resultsScroll = 0 },
            KeyScenario(table, .pageDown, "a page down from the top", on: { on() }) { $0.resultsScroll = 3 },
            KeyScenario(table, .top, "the top", on: { on([.down, .down]) }) { $0.resultsScroll = 0 },
            KeyScenario(table, .bottom, "the bottom: the last line at the foot of the page", on: { on() }) { $0.resultsScroll = 3 },
            KeyScenario(table, .officer, "the officer picker opens", on: { on() }) {
                $0.overlay = .officerPicker(OfficerPicker())
            },
            KeyScenario(table, .breakdown, "the whole inspection by officer grade, from the top", on: { on([.down]) }) {
                $0.resultsMode = .breakdown(.grade)
                $0.resultsScroll = 0
                $0.status = StatusMessage("the whole inspection by officer grade (b: next)")
            },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .back, "back to the list the results were opened from", on: { on([.down]) }) {
                $0.screen = .cases
                $0.resultsScroll = 1  // kept, as it was when the results were left
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()
}
