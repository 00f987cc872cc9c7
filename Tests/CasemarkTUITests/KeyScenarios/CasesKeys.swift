import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The case list's keys (the fixture's five cases in id order: CS-001, CS-002, CS-003, CS-004,
/// UW-001).
extension KeyScenarios {
    static let cases: [KeyScenario] = {
        let table = KeyTables.cases
        return [
            KeyScenario(table, .up, "the selection moves up a case", on: { Start.list(row: 1) }) {
                $0.list.selected = 0
            },
            KeyScenario(table, .down, "the selection moves down a case", on: { Start.list(row: 1) }) {
                $0.list.selected = 2
            },
            KeyScenario(table, .pageUp, "a page up stops at the first case", on: { Start.list(row: 4) }) {
                $0.list.selected = 0
            },
            KeyScenario(table, .pageDown, "a page down stops at the last case", on: { Start.list(row: 0) }) {
                $0.list.selected = 4
            },
            KeyScenario(table, .top, "the first case", on: { Start.list(row: 3) }) {
                $0.list.selected = 0
            },
            KeyScenario(table, .bottom, "the last case", on: { Start.list(row: 1) }) {
                $0.list.selected = 4
            },
            KeyScenario(table, .open, "CS-003 opens on the marking screen at its first blank, marked in use", on: { Start.list(row: 2) }) {
                $0.screen = .marking
                $0.marking = MarkingState(caseID: "CS-003", row: 0, listIndex: 2)
                $0.caseMarkedInUse = "CS-003"
                $0.effects = [.beginEditing(caseID: "CS-003")]
            },
            KeyScenario(table, .read, "CS-003 is read whole, from the top", on: { Start.list(row: 2) }) {
                $0.screen = .reading
                $0.reading = ReadingState(caseID: "CS-003")
            },
            KeyScenario(table, .search, "the search box opens with the search so far", on: { Start.list() }) {
                $0.overlay = .search(TextField(""))
            },
            KeyScenario(table, .filter, "the filter box opens with the filter so far", on: { Start.list() }) {
                $0.overlay = .filter(FilterMenu(filter: CaseFilter()))
            },
            KeyScenario(table, .sort, "sorted by officer, CS-002 still selected", on: { Start.list(row: 1) }) {
                // Chloé Duval's two, Ines Sørensen's, Jack O'Neill's, 李小龙's.
                $0.list.sort = .officer
                $0.list.order = ["CS-001", "UW-001", "CS-002", "CS-004", "CS-003"]
                $0.list.selected = 2
                $0.status = StatusMessage("sorted by officer")
            },
            KeyScenario(table, .results, "the results table, from the top", on: { Start.list() }) {
                $0.screen = .results(returnTo: .cases)
            },
            KeyScenario(table, .officer, "the officer picker opens", on: { Start.list() }) {
                $0.overlay = .officerPicker(OfficerPicker())
            },
            KeyScenario(table, .comment, "a comment box on the selected case as a whole", on: { Start.list(row: 2) }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-003", keyQuestion: nil))
            },
            KeyScenario(table, .clearSearch, "the search \"Chlo\" goes: every case again", on: {
                Start.after([.char("/")] + typing("Chlo") + [.enter])
            }) {
                $0.list.search = ""
                $0.list.order = ["CS-001", "CS-002", "CS-003", "CS-004", "UW-001"]
                $0.list.selected = 0
                $0.status = StatusMessage("showing every case")
            },
            KeyScenario(table, .help, "the help opens", on: { Start.list() }) {
                $0.overlay = .help(scroll: 0)
            },
            KeyScenario(table, .quit, "casemark ends: nothing is unsaved", on: { Start.list() }) {
                $0.effects = [.quit]
            },
        ]
    }()
}
