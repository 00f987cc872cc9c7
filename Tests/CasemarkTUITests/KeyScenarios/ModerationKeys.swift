import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The moderation screen's keys: two disagreements with the second marking at /q/second, CS-001
/// 2.1.1 (first yes, second no) and CS-004 2.1.2, none settled; an 80×12 window, where the two
/// answers' columns scroll.
extension KeyScenarios {
    static let moderation: [KeyScenario] = {
        let table = KeyTables.moderation
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState { Start.moderating(keys, height: 12) }
        /// CS-001's 2.1.1 settled as `judgement`: saved, and on to the next disagreement.
        @Sendable func settles(_ judgement: Judgement) -> @Sendable (inout Expected) throws -> Void {
            { e in
                let d = e.before.moderation!.disagreements[0]
                var settled = e.caseBefore("CS-001")
                try settled.settleByModeration(
                    judgement, for: "2.1.1", against: "/q/second", second: d.second, in: Fixtures.framework, by: "tester",
                    at: Fixtures.now, changeID: "t-1")
                e.caseIs(settled)
                e.savedBase["CS-001"] = e.caseBefore("CS-001")
                e.moderation?.selected = 1
                e.status = StatusMessage("CS-001 2.1.1 settled: \(judgement.displayName)")
                e.effects = [.save(settled)]
            }
        }
        return [
            KeyScenario(table, .answer(.yes), "CS-001 2.1.1 settled as yes", on: { on() }, expect: settles(.yes)),
            KeyScenario(table, .answer(.no), "CS-001 2.1.1 settled as no", on: { on() }, expect: settles(.no)),
            KeyScenario(table, .answer(.notApplicable), "CS-001 2.1.1 settled as not applicable", on: { on() }, expect: settles(.notApplicable)),
            KeyScenario(table, .nextCase, "the next disagreement, from the top", on: { on([.down]) }) {
                $0.moderation?.selected = 1
                $0.moderation?.scroll = 0
            },
            KeyScenario(table, .previousCase, "the previous disagreement", on: { on([.char("N")]) }) {
                $0.moderation?.selected = 0
            },
            KeyScenario(table, .nextUnsettled, "the next one not settled", on: { on() }) {
                $0.moderation?.selected = 1
            },
            KeyScenario(table, .down, "the two answers scroll down", on: { on() }) { $0.moderation?.scroll = 1 },
            KeyScenario(table, .up, "the two answers scroll up", on: { on([.down]) }) { $0.moderation?.scroll = 0 },
            KeyScenario(table, .help, "the help opens", on: { on() }) { $0.overlay = .help(scroll: 0) },
            KeyScenario(table, .quit, "casemark ends: every settled answer is already saved", on: { on() }) { $0.effects = [.quit] },
        ]
    }()
}
