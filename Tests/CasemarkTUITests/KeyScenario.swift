import CasemarkModel
import Testing

@testable import CasemarkTUI

/// One row of a key table tested exhaustively: a state where the row's table takes the keys,
/// and the whole state (and the effects) expected after the key, written as named changes to
/// the state before. Every key of the row is sent, each from the same state, and must give the
/// same result (`keys` narrows that for a row whose keys differ, as 1–9 do, and names the
/// characters typed for a row of typing). `KeyTableCoverageTests` fails when a row of a table
/// has no scenario.
struct KeyScenario: Sendable, CustomTestStringConvertible {
    /// The title of the table whose row this is (`KeyTable.title`).
    let table: String
    let command: KeyIntent
    /// What the key does here, in words.
    let what: String
    let keys: [KeyEvent]?
    let start: @Sendable () throws -> AppState
    let expect: @Sendable (inout Expected) throws -> Void
    /// Where the scenario is written: its failures are reported there.
    let sourceLocation: SourceLocation

    init(
        _ table: KeyTable, _ command: KeyIntent, _ what: String, keys: [KeyEvent]? = nil,
        on start: @escaping @Sendable () throws -> AppState, sourceLocation: SourceLocation = #_sourceLocation,
        expect: @escaping @Sendable (inout Expected) throws -> Void
    ) {
        self.sourceLocation = sourceLocation
        self.table = table.title
        self.command = command
        self.what = what
        self.keys = keys
        self.start = start
        self.expect = expect
    }

    var testDescription: String { "\(table) · \(command): \(what)" }

    /// The row of the table this scenario tests, if the table has it.
    func binding(in table: KeyTable) -> KeyBinding? {
        table.bindings.first { $0.command == command }
    }

    /// Sends each of the row's keys to the starting state and checks the whole state after it.
    func run() throws {
        let first = try start()
        let table = first.activeKeyTable
        #expect(
            table.title == self.table, "the starting state takes its keys from \(table.title), not \(self.table)",
            sourceLocation: sourceLocation)
        guard let binding = binding(in: table) else {
            Issue.record("\(table.title) has no row for \(command)", sourceLocation: sourceLocation)
            return
        }
        let keys = keys ?? binding.keys
        #expect(!keys.isEmpty, "a row of typing names the characters typed", sourceLocation: sourceLocation)
        for key in keys {
            // The key must reach this row: its own key, or (typing) a key the table does not bind.
            let reached = table.binding(for: key)?.command
            #expect(reached == (binding.keys.isEmpty ? nil : command), "\(key.label) is not a key of this row",
                    sourceLocation: sourceLocation)
            var test = ReducerTest(try start())
            let before = test.state
            var did = false
            try test.send(key, sourceLocation: sourceLocation) {
                try expect(&$0)
                did = $0.effects != [] || $0.state != before.idle
            }
            // A row whose key changes nothing but what any key clears would be a key with no
            // handler (a `default:` branch that does nothing): each row shows what it does.
            #expect(did, "\(key.label) changes nothing here: show it doing what its row says (\(binding.help))",
                    sourceLocation: sourceLocation)
        }
    }
}

extension AppState {
    /// The table the next key is looked up in: the overlay's, or the screen's.
    var activeKeyTable: KeyTable {
        overlay.map { keyTable(for: $0) } ?? keyTable(for: screen, review: review)
    }

    /// The state after a key that does nothing: a passing message goes, nothing else moves.
    var idle: AppState {
        var idle = self
        if idle.status.kind == .info || idle.status.kind == .warning { idle.clearStatus() }
        return idle
    }
}
