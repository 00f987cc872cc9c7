import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The QA mode's tables (`--review`: read-only for answers, A approves, R returns, C comments),
/// on `ReviewScreenTests`' cases: CS-001 complete and awaiting review, CS-002 returned, CS-004
/// approved. Every key that would change an answer says it cannot, naming itself.
extension KeyScenarios {
    static var reviewing: [KeyScenario] { casesReviewing + markingReviewing + readingReviewing }

    static let casesReviewing: [KeyScenario] = {
        let table = KeyTables.casesReviewing
        @Sendable func on(row: Int = 0) -> AppState { Start.reviewing(Array(repeating: .down, count: row)) }
        return [
            KeyScenario(table, .approve, "CS-001's approval goes to the shell alone", on: { on() }) {
                $0.status = StatusMessage("approving CS-001…")
                $0.effects = [.review(caseID: "CS-001", decision: .approve, seen: [])]
            },
            KeyScenario(table, .returnCase, "the box for CS-001's reason opens", on: { on() }) {
                $0.overlay = .returnReason(caseID: "CS-001", field: TextField())
            },
            KeyScenario(table, .up, "the selection moves up a case", on: { on(row: 1) }) { $0.list.selected = 0 },
            KeyScenario(table, .down, "the selection moves down a case", on: { on(row: 1) }) { $0.list.selected = 2 },
            KeyScenario(table, .pageUp, "a page up stops at the first case", on: { on(row: 4) }) { $0.list.selected = 0 },
            KeyScenario(table, .pageDown, "a page down stops at the last case", on: { on() }) { $0.list.selected = 4 },
            KeyScenario(table, .top, "the first case", on: { on(row: 3) }) { $0.list.selected = 0 },
            KeyScenario(table, .bottom, "the last case", on: { on(row: 1) }) { $0.list.selected = 4 },
            KeyScenario(table, .open, "read-only, CS-003 opens to be read whole, not marked", on: { on(row: 2) }) {
                $0.screen = .reading
                $0.reading = ReadingState(caseID: "CS-003")
            },
            KeyScenario(table, .read, "CS-003 is read whole", on: { on(row: 2) }) {
                $0.screen = .reading
                $0.reading = ReadingState(caseID: "CS-003")
            },
            KeyScenario(table, .search, "the search box opens", on: { on() }) { $0.overlay = .search(TextField("")) },
            KeyScenario(table, .filter, "the filter box opens", on: { on() }) { $0.overlay = .filter(FilterMenu(filter: CaseFilter())) },
            KeyScenario(table, .sort, "sorted by officer, CS-002 still selected", on: { on(row: 1) }) {
                $0.list.sort = .officer
                $0.list.order = ["CS-001", "UW-001", "CS-002", "CS-004", "CS-003"]
                $0.list.selected = 2
                $0.status = StatusMessage("sorted by officer")
            },
            KeyScenario(table, .results, "the results table", on: { on() }) { $0.screen = .results(returnTo: .cases) },
            KeyScenario(table, .officer, "the officer picker opens", on: { on() }) { $0.overlay = .officerPicker(OfficerPicker()) },
            KeyScenario(table, .comment, "a comment box on CS-003 as a whole", on: { on(row: 2) }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-003", keyQuestion: nil))
            },
            KeyScenario(table, .clearSearch, "the search \"Chlo\" goes: every case again", on: {
                Start.reviewing([.char("/")] + typing("Chlo") + [.enter])
            }) {
                $0.list.search = ""
                $0.list.order = ["CS-001", "CS-002", "CS-003", "CS-004", "UW-001"]
                $0.status = StatusMessage("showing every case")
            },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let markingReviewing: [KeyScenario] = {
        let table = KeyTables.markingReviewing
        /// CS-001 (complete, awaiting review) on the marking screen, on 2.1.1, opened from reading it.
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.reviewing([.char("v"), .char("v"), .char("g")] + keys) }
        @Sendable func refused(_ command: KeyIntent, _ words: String) -> KeyScenario {
            KeyScenario(table, command, "refused: \(words)", on: { on() }) {
                $0.status = StatusMessage("read-only: nothing can be changed (\(words))")
            }
        }
        return [
            KeyScenario(table, .approve, "CS-001's approval goes to the shell alone", on: { on() }) {
                $0.status = StatusMessage("approving CS-001…")
                $0.effects = [.review(caseID: "CS-001", decision: .approve, seen: [])]
            },
            KeyScenario(table, .returnCase, "the box for CS-001's reason opens", on: { on() }) {
                $0.overlay = .returnReason(caseID: "CS-001", field: TextField())
            },
            KeyScenario(table, .up, "the key question above", on: { on([.down]) }) { $0.marking?.row = 0 },
            KeyScenario(table, .down, "the key question below", on: { on() }) { $0.marking?.row = 1 },
            KeyScenario(table, .nextPane, "over to 2.1.1's prompts", on: { on() }) { $0.marking?.focus = .prompts },
            KeyScenario(table, .previousPane, "back to the key questions", on: { on([.tab]) }) { $0.marking?.focus = .questions },
            KeyScenario(table, .jumpToStandard, "2: standard 2.2's first key question", keys: [.char("2")], on: { on() }) {
                $0.marking?.row = 2
            },
            KeyScenario(table, .top, "the first key question", on: { on([.char("G")]) }) { $0.marking?.row = 0 },
            KeyScenario(table, .bottom, "the last key question", on: { on() }) { $0.marking?.row = 3 },
            refused(.answer(.yes), "y: answer yes and go to the next key question"),
            refused(.answer(.no), "n: answer no and go to the next key question"),
            refused(.answer(.notApplicable), "a: answer not applicable and go to the next key question"),
            refused(.clearAnswer, "Backspace Delete: clear the answer (the note and ticks stay)"),
            refused(.tickPrompt, "Space: tick or untick the selected prompt"),
            refused(.editNote, "e: write the evidence note"),
            refused(.undo, "u: undo one change: an answer, a tick or a note edit"),
            refused(.redo, "Ctrl-R: redo: put back what u took back"),
            KeyScenario(table, .nextUnanswered, "2.2.1, the first key question with no answer", on: { on() }) {
                $0.marking?.row = 2
            },
            refused(.complete, "c: mark the case complete (it is then locked)"),
            refused(.reopen, "o: reopen a complete case, giving a reason"),
            refused(.takeSide(0), "<: in a conflict: take the first value shown"),
            refused(.takeSide(1), ">: in a conflict: take the second value shown"),
            KeyScenario(table, .read, "CS-001 read whole from 2.1.1's section", on: { on() }) {
                $0.screen = .reading
                $0.marking = nil
                $0.reading = ReadingState(caseID: "CS-001", scroll: 0)
            },
            KeyScenario(table, .comment, "a comment box on 2.1.1", on: { on() }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-001", keyQuestion: "2.1.1"))
            },
            KeyScenario(table, .previousCase, "CS-001 is the first case, and it says so", on: { on() }) {
                $0.status = StatusMessage("this is the first case in the list")
            },
            KeyScenario(table, .nextCase, "CS-002, returned, opens at its first blank", on: { on() }) {
                $0.marking = MarkingState(caseID: "CS-002", row: 1, listIndex: 1)
                $0.list.selected = 1
                $0.status = StatusMessage("case 2 of 5: CS-002")
            },
            KeyScenario(table, .results, "the results, coming back to the case", on: { on() }) {
                $0.screen = .results(returnTo: .marking)
            },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .back, "back to the list on CS-001", on: { on() }) {
                $0.screen = .cases
                $0.marking = nil
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let readingReviewing: [KeyScenario] = {
        let table = KeyTables.readingReviewing
        /// CS-001 read whole in an 80×12 window.
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.reviewing([.char("v")] + keys, height: 12) }
        return [
            KeyScenario(table, .approve, "CS-001's approval goes to the shell alone", on: { on() }) {
                $0.status = StatusMessage("approving CS-001…")
                $0.effects = [.review(caseID: "CS-001", decision: .approve, seen: [])]
            },
            KeyScenario(table, .returnCase, "the box for CS-001's reason opens", on: { on() }) {
                $0.overlay = .returnReason(caseID: "CS-001", field: TextField())
            },
            KeyScenario(table, .up, "a line up", on: { on([.down, .down]) }) { $0.reading?.scroll = 1 },
            KeyScenario(table, .down, "a line down", on: { on() }) { $0.reading?.scroll = 1 },
            KeyScenario(table, .pageUp, "a page up from the end", on: { on([.end]) }) { $0.reading?.scroll = 8 },
            KeyScenario(table, .pageDown, "a page down from the top", on: { on() }) { $0.reading?.scroll = 8 },
            KeyScenario(table, .top, "the top of the case", on: { on([.down, .down]) }) { $0.reading?.scroll = 0 },
            KeyScenario(table, .bottom, "the end of the case", on: { on() }) { $0.reading?.scroll = 16 },
            KeyScenario(table, .jumpToStandard, "9: there is no ninth standard, and it says so", keys: [.char("9")], on: { on() }) {
                $0.status = StatusMessage("this case has 2 standards")
            },
            KeyScenario(table, .nextCase, "CS-002 read from the top", on: { on([.down]) }) {
                $0.reading = ReadingState(caseID: "CS-002")
                $0.list.selected = 1
                $0.status = StatusMessage("case 2 of 5: CS-002")
            },
            KeyScenario(table, .previousCase, "CS-001 is the first case, and it says so", on: { on() }) {
                $0.status = StatusMessage("this is the first case in the list")
            },
            KeyScenario(table, .mark, "CS-001 stepped through, read-only, on 2.1.1", on: { on([.char("J")]) }) {
                $0.screen = .marking
                $0.marking = MarkingState(caseID: "CS-001", row: 0, listIndex: 0)
            },
            KeyScenario(table, .comment, "a comment box on 2.1.1", on: { on([.char("J")]) }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-001", keyQuestion: "2.1.1"))
            },
            KeyScenario(table, .results, "the results, coming back to the case", on: { on() }) {
                $0.screen = .results(returnTo: .reading)
            },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .back, "back to the list on CS-001", on: { on() }) {
                $0.screen = .cases
                $0.reading = nil
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()
}
