import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The keys of a case read whole: CS-001 (two standards, a note) in an 80×12 window, where its
/// page is longer than the window: lines 0…16 can be at the top, and a page is 8 lines.
extension KeyScenarios {
    static let reading: [KeyScenario] = {
        let table = KeyTables.reading
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.after([.char("v")] + keys, height: 12) }
        return [
            KeyScenario(table, .up, "a line up", on: { on([.down, .down]) }) { $0.reading?.scroll = 1 },
            KeyScenario(table, .down, "a line down", on: { on() }) { $0.reading?.scroll = 1 },
            KeyScenario(table, .pageUp, "a page up from the end", on: { on([.end]) }) { $0.reading?.scroll = 8 },
            KeyScenario(table, .pageDown, "a page down from the top", on: { on() }) { $0.reading?.scroll = 8 },
            KeyScenario(table, .top, "the top of the case", on: { on([.down, .down]) }) { $0.reading?.scroll = 0 },
            KeyScenario(table, .bottom, "the end of the case", on: { on() }) { $0.reading?.scroll = 16 },
            KeyScenario(table, .jumpToStandard, "2: toward standard 2.2's section, as far as the page goes", keys: [.char("2")], on: { on() }) {
                $0.reading?.scroll = 16
            },
            KeyScenario(table, .jumpToStandard, "9: there is no ninth standard, and it says so", keys: [.char("9")], on: { on() }) {
                $0.status = StatusMessage("this case has 2 standards")
            },
            KeyScenario(table, .nextCase, "CS-002 read from the top", on: { on([.down]) }) {
                $0.reading = ReadingState(caseID: "CS-002")
                $0.list.selected = 1
                $0.status = StatusMessage("case 2 of 5: CS-002")
            },
            KeyScenario(table, .previousCase, "back to CS-001, from the top", on: { Start.after([.down, .char("v"), .down], height: 12) }) {
                $0.reading = ReadingState(caseID: "CS-001")
                $0.list.selected = 0
                $0.status = StatusMessage("case 1 of 5: CS-001")
            },
            KeyScenario(table, .mark, "CS-001 marked on 2.1.1, the key question at the top of the page (not its first blank, 2.2.1)", on: { on([.char("J")]) }) {
                $0.screen = .marking
                // The case read stays behind the marking screen, as it always has.
                $0.marking = MarkingState(caseID: "CS-001", row: 0, listIndex: 0)
                $0.caseMarkedInUse = "CS-001"
                $0.effects = [.beginEditing(caseID: "CS-001")]
            },
            KeyScenario(table, .comment, "a comment box on 2.1.1, the key question at the top of the page", on: { on([.char("J")]) }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-001", keyQuestion: "2.1.1"))
            },
            KeyScenario(table, .results, "the results, coming back to the case", on: { on([.down]) }) {
                $0.screen = .results(returnTo: .reading)
            },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .back, "back to the list on CS-001", on: { on([.down]) }) {
                $0.screen = .cases
                $0.reading = nil
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()
}
