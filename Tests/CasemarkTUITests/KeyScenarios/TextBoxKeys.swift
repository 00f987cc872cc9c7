import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The keys of the one-line boxes: the search, a QA comment, a return's reason (the QA mode)
/// and a reopening's reason.
extension KeyScenarios {
    static let search: [KeyScenario] = {
        let table = KeyTables.search
        @Sendable func on(_ text: String = "") -> AppState { Start.after([.char("/")] + typing(text)) }
        let every = ["CS-001", "CS-002", "CS-003", "CS-004", "UW-001"]
        return [
            KeyScenario(table, .type, "3 narrows the list to CS-003 as it is typed", keys: [.char("3")], on: { on() }) {
                $0.overlay = .search(TextField("3"))
                $0.list.search = "3"
                $0.list.order = ["CS-003"]
                $0.list.selected = 0
            },
            KeyScenario(table, .finish, "the box closes, the search kept", on: { on("3") }) { $0.overlay = nil },
            KeyScenario(table, .cancel, "the search goes: every case again, CS-003 still selected", on: { on("3") }) {
                $0.overlay = nil
                $0.list.search = ""
                $0.list.order = every
                $0.list.selected = 2
            },
            KeyScenario(table, .deleteBackward, "the 3 goes: every case again", on: { on("3") }) {
                $0.overlay = .search(TextField(""))
                $0.list.search = ""
                $0.list.order = every
                $0.list.selected = 2
            },
            KeyScenario(table, .quit, "casemark ends", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let comment: [KeyScenario] = {
        let table = KeyTables.comment
        @Sendable func on(_ text: String = "") -> AppState { Start.after([.char("C")] + typing(text)) }
        @Sendable func draft(_ text: String) -> Overlay {
            var draft = CommentDraft(caseID: "CS-001", keyQuestion: nil)
            draft.field = TextField(text)
            return .comment(draft)
        }
        return [
            KeyScenario(table, .type, "x is typed", keys: [.char("x")], on: { on("ok") }) { $0.overlay = draft("okx") },
            KeyScenario(table, .confirm, "the comment is left on CS-001 and saved with it", on: { on("ok") }) {
                var c = $0.caseBefore("CS-001")
                _ = try c.addComment("ok", on: nil, in: Fixtures.framework, by: "tester", at: Fixtures.now)
                $0.caseIs(c)
                $0.savedBase["CS-001"] = $0.caseBefore("CS-001")
                $0.overlay = nil
                $0.status = StatusMessage("comment left on CS-001 (the case)")
                $0.effects = [.save(c)]
            },
            KeyScenario(table, .cancel, "no comment is left", on: { on("ok") }) {
                $0.overlay = nil
                $0.status = StatusMessage("no comment left")
            },
            KeyScenario(table, .deleteBackward, "the k goes", on: { on("ok") }) { $0.overlay = draft("o") },
            KeyScenario(table, .quit, "casemark ends", on: { on("ok") }) { $0.effects = [.quit] },
        ]
    }()

    static let returnReason: [KeyScenario] = {
        let table = KeyTables.returnReason
        @Sendable func on(_ text: String = "") -> AppState { Start.reviewing([.char("R")] + typing(text)) }
        return [
            KeyScenario(table, .type, "x is typed", keys: [.char("x")], on: { on("fix") }) {
                $0.overlay = .returnReason(caseID: "CS-001", field: TextField("fixx"))
            },
            KeyScenario(table, .confirm, "the return goes to the shell, with the reason", on: { on("fix 2.1.1") }) {
                $0.overlay = nil
                $0.status = StatusMessage("returning CS-001…")
                $0.effects = [.review(caseID: "CS-001", decision: .return(reason: "fix 2.1.1"), seen: [])]
            },
            KeyScenario(table, .cancel, "CS-001 is left as it is", on: { on("fix") }) {
                $0.overlay = nil
                $0.status = StatusMessage("CS-001 not returned")
            },
            KeyScenario(table, .deleteBackward, "the x goes", on: { on("fix") }) {
                $0.overlay = .returnReason(caseID: "CS-001", field: TextField("fi"))
            },
            KeyScenario(table, .quit, "casemark ends: nothing was changed here", on: { on() }) { $0.effects = [.quit] },
        ]
    }()

    static let reopenReason: [KeyScenario] = {
        let table = KeyTables.reason
        /// CS-004 (complete) on the marking screen, `o` pressed, `text` typed.
        @Sendable func on(_ text: String = "") -> AppState { Start.after([.char("G"), .char("k"), .enter, .char("o")] + typing(text)) }
        return [
            KeyScenario(table, .type, "x is typed", keys: [.char("x")], on: { on("typ") }) {
                $0.overlay = .reopenReason(TextField("typx"))
            },
            KeyScenario(table, .confirm, "CS-004 reopens with the reason, saved", on: { on("typo") }) {
                var c = $0.caseBefore("CS-004")
                try c.reopen(reason: "typo", by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(c)
                $0.savedBase["CS-004"] = $0.caseBefore("CS-004")
                $0.overlay = nil
                $0.status = StatusMessage("CS-004 reopened: typo")
                $0.effects = [.save(c)]
            },
            KeyScenario(table, .cancel, "CS-004 is left complete", on: { on("typo") }) {
                $0.overlay = nil
                $0.status = StatusMessage("left complete")
            },
            KeyScenario(table, .deleteBackward, "the o goes", on: { on("typo") }) { $0.overlay = .reopenReason(TextField("typ")) },
            KeyScenario(table, .quit, "casemark ends, CS-004 released", on: { on() }) {
                $0.caseMarkedInUse = nil
                $0.effects = [.quit, .endEditing(caseID: "CS-004")]
            },
        ]
    }()
}
