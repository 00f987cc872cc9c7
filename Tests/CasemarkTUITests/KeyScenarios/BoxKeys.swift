import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The keys of the boxes that choose: the help, a yes/no question, the filter and the officer
/// picker.
extension KeyScenarios {
    static let help: [KeyScenario] = {
        let table = KeyTables.help
        /// The list's help in an 80×12 window, longer than it.
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.after([.char("?")] + keys, height: 12) }
        return [
            KeyScenario(table, .up, "a line up", on: { on([.down]) }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .down, "a line down", on: { on() }) { $0.overlay = .help(scroll: 1) },
            KeyScenario(table, .back, "the help closes", on: { on([.down]) }) { $0.overlay = nil },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let confirm: [KeyScenario] = {
        let table = KeyTables.confirm
        /// CS-003, with four key questions unanswered, asked to complete.
        @Sendable func on() -> AppState { Start.markingCS003([.char("c")]) }
        return [
            KeyScenario(table, .confirm, "yes: CS-003 is complete and locked, saved", on: { on() }) {
                var c = $0.caseBefore("CS-003")
                try c.complete(by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(c)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.overlay = nil
                $0.status = StatusMessage("CS-003 is complete and locked (o reopens it)")
                $0.effects = [.save(c)]
            },
            KeyScenario(table, .cancel, "no: not completed", on: { on() }) {
                $0.overlay = nil
                $0.status = StatusMessage("not marked complete")
            },
            KeyScenario(table, .quit, "casemark ends: nothing is unsaved; CS-003 released", on: { on() }) {
                $0.caseMarkedInUse = nil
                $0.effects = [.quit, .endEditing(caseID: "CS-003")]
            },
        ]
    }()

    static let filter: [KeyScenario] = {
        let table = KeyTables.filter
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.after([.char("f")] + keys) }
        @Sendable func menu(row: Int = 0, sample: String? = nil) -> Overlay {
            var menu = FilterMenu(filter: CaseFilter(sample: sample))
            menu.row = row
            return .filter(menu)
        }
        return [
            KeyScenario(table, .up, "the line above", on: { on([.down]) }) { $0.overlay = menu(row: 0) },
            KeyScenario(table, .down, "the line below", on: { on() }) { $0.overlay = menu(row: 1) },
            KeyScenario(table, .change(-1), "the sample's previous choice: round to unpaid work", on: { on() }) {
                $0.overlay = menu(sample: "unpaid-work")
            },
            KeyScenario(table, .change(1), "the sample's next choice: case supervision", on: { on() }) {
                $0.overlay = menu(sample: "case-supervision")
            },
            KeyScenario(table, .clearFilter, "every case: the choices go", on: { on([.char("l")]) }) { $0.overlay = menu() },
            KeyScenario(table, .confirm, "applied: case supervision's four cases", on: { on([.char("l")]) }) {
                $0.overlay = nil
                $0.list.filter = CaseFilter(sample: "case-supervision")
                $0.list.order = ["CS-001", "CS-002", "CS-003", "CS-004"]
                $0.status = StatusMessage("4 of 5 cases shown")
            },
            KeyScenario(table, .cancel, "the filter is left as it was", on: { on([.char("l")]) }) { $0.overlay = nil },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let officerPicker: [KeyScenario] = {
        let table = KeyTables.officerPicker
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.after([.char("o")] + keys) }
        @Sendable func picker(_ text: String = "", row: Int = 0) -> Overlay {
            var picker = OfficerPicker()
            picker.field = TextField(text)
            picker.row = row
            return .officerPicker(picker)
        }
        return [
            KeyScenario(table, .type, "i narrows the list, back to its first line", keys: [.char("i")], on: { on([.down]) }) {
                $0.overlay = picker("i")
            },
            KeyScenario(table, .up, "the line above", on: { on([.down]) }) { $0.overlay = picker(row: 0) },
            KeyScenario(table, .down, "the line below", on: { on() }) { $0.overlay = picker(row: 1) },
            KeyScenario(table, .confirm, "Chloé Duval chosen: only her two cases, her counts kept", on: { on([.down]) }) {
                $0.overlay = nil
                $0.officerIs("Chloé Duval")
                $0.list.order = ["CS-001", "UW-001"]
                $0.status = StatusMessage("Chloé Duval (PO): 2 cases; r shows their results beside the whole sample")
            },
            KeyScenario(table, .cancel, "the officer is left as it was", on: { on([.down]) }) { $0.overlay = nil },
            KeyScenario(table, .deleteBackward, "the h goes, back to the first line", on: { on(typing("ch") + [.down]) }) {
                $0.overlay = picker("c")
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()
}
