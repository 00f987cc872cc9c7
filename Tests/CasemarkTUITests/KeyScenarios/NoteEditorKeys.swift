import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The note editor's keys, on CS-003's 2.1.1 with "ab", a new line and "cd" typed (the cursor at
/// the end, 5): each change to the note is saved at once, joining the same undo step.
extension KeyScenarios {
    static let noteEditor: [KeyScenario] = {
        let table = KeyTables.noteEditor
        @Sendable func on(_ keys: [KeyEvent] = []) -> AppState {
            Start.markingCS003([.char("e")] + typing("ab") + [.enter] + typing("cd") + keys)
        }
        @Sendable func editor(_ note: String, cursor: Int) -> Overlay {
            var editor = NoteEditor(caseID: "CS-003", keyQuestion: "2.1.1", note: note)
            editor.cursor = cursor
            editor.hasChanged = true
            return .noteEditor(editor)
        }
        /// The note is now `note`: recorded as the key's change "t-1", joining the typing before it, and saved.
        @Sendable func noteIs(_ note: String, cursor: Int, _ e: inout Expected) throws {
            var c = e.caseBefore("CS-003")
            try c.record(Answer(note: note), for: "2.1.1", in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1",
                         joining: true)
            e.caseIs(c)
            e.savedBase["CS-003"] = e.caseBefore("CS-003")
            e.overlay = editor(note, cursor: cursor)
            e.effects = [.save(c)]
        }
        return [
            KeyScenario(table, .type, "x goes in at the cursor", keys: [.char("x")], on: { on() }) {
                try noteIs("ab\ncdx", cursor: 6, &$0)
            },
            KeyScenario(table, .finish, "the editor closes; the note is saved already", on: { on() }) { $0.overlay = nil },
            KeyScenario(table, .newline, "a new line at the cursor", on: { on() }) { try noteIs("ab\ncd\n", cursor: 6, &$0) },
            KeyScenario(table, .left, "the cursor back one", on: { on() }) { $0.overlay = editor("ab\ncd", cursor: 4) },
            KeyScenario(table, .right, "the cursor on one", on: { on([.left]) }) { $0.overlay = editor("ab\ncd", cursor: 5) },
            KeyScenario(table, .up, "the cursor up a line, same column", on: { on() }) { $0.overlay = editor("ab\ncd", cursor: 2) },
            KeyScenario(table, .down, "the cursor down a line, same column", on: { on([.up]) }) { $0.overlay = editor("ab\ncd", cursor: 5) },
            KeyScenario(table, .lineStart, "the start of the line", on: { on() }) { $0.overlay = editor("ab\ncd", cursor: 3) },
            KeyScenario(table, .lineEnd, "the end of the line", on: { on([.home]) }) { $0.overlay = editor("ab\ncd", cursor: 5) },
            KeyScenario(table, .deleteBackward, "the d before the cursor goes", on: { on() }) { try noteIs("ab\nc", cursor: 4, &$0) },
            KeyScenario(table, .deleteForward, "the d after the cursor goes", on: { on([.left]) }) { try noteIs("ab\nc", cursor: 4, &$0) },
            KeyScenario(table, .quit, "casemark ends: the note is saved already; CS-003 released", on: { on() }) {
                $0.caseMarkedInUse = nil
                $0.effects = [.quit, .endEditing(caseID: "CS-003")]
            },
        ]
    }()
}
