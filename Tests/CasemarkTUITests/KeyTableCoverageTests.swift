import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Every row of every key table has an exhaustive test (a `KeyScenario`): a binding added to a
/// table with none fails here, named by its table and keys. Together with the scenarios' own
/// check that each row's key changes something, no row can fall into a `default:` branch that
/// does nothing.
@Suite struct KeyTableCoverageTests {
    /// Every table a screen or an overlay takes its keys from. The switches are exhaustive, so a
    /// new screen or overlay does not compile until it is listed here.
    static var everyTable: [KeyTable] {
        func screens(_ screen: Screen) -> [Screen] {
            switch screen {
            case .cases, .marking, .reading, .results, .moderation:
                [.cases, .marking, .reading, .results(returnTo: .cases), .moderation]
            }
        }
        func overlays(_ overlay: Overlay) -> [Overlay] {
            switch overlay {
            case .help, .confirm, .reopenReason, .filter, .search, .noteEditor, .officerPicker, .comment, .returnReason:
                [.help(scroll: 0), .confirm(.quitUnsaved), .reopenReason(TextField()), .filter(FilterMenu(filter: CaseFilter())),
                 .search(TextField()), .noteEditor(NoteEditor(caseID: "", keyQuestion: "", note: "")),
                 .officerPicker(OfficerPicker()), .comment(CommentDraft(caseID: "", keyQuestion: nil)),
                 .returnReason(caseID: "", field: TextField())]
            }
        }
        var tables = screens(.cases).flatMap { [keyTable(for: $0), keyTable(for: $0, review: true)] }
            + overlays(.help(scroll: 0)).map { keyTable(for: $0) }
        var seen = Set<String>()
        tables.removeAll { !seen.insert($0.title).inserted }
        return tables
    }

    static let scenarios: [KeyScenario] = KeyScenarios.all

    @Test func everyRowOfEveryTableHasAnExhaustiveTest() {
        for table in Self.everyTable {
            for binding in table.bindings {
                let covered = Self.scenarios.contains { $0.table == table.title && $0.command == binding.command }
                #expect(covered, "no exhaustive test for \(table.title): \(binding.label) (\(binding.help))")
            }
        }
    }

    /// A scenario names a row that exists, so a row removed or renamed takes its test with it.
    @Test func everyScenarioIsARowOfItsTable() {
        let tables = Dictionary(uniqueKeysWithValues: Self.everyTable.map { ($0.title, $0) })
        for scenario in Self.scenarios {
            let row = tables[scenario.table].flatMap { scenario.binding(in: $0) }
            #expect(row != nil, "\(scenario.testDescription): no such row")
        }
    }

    /// Rows are told apart by their command: no table has two rows giving the same one.
    @Test func noTableGivesOneCommandOnTwoRows() {
        for table in Self.everyTable {
            let commands = table.bindings.map(\.command)
            #expect(Set(commands).count == commands.count, "\(table.title)")
        }
    }

    @Test(arguments: scenarios)
    func theRowDoesWhatItSays(_ scenario: KeyScenario) throws {
        try scenario.run()
    }
}

/// The scenarios' own checks can fail: a row whose key changes nothing (as a key falling into
/// a `default:` branch would), a key sent that is not the row's, a starting state on another
/// table.
@Suite struct KeyScenarioChecksTests {
    @Test func aKeyThatChangesNothingFails() throws {
        // ↑ on the first case moves nothing: as a row with no handler would look.
        let nothing = KeyScenario(KeyTables.cases, .up, "up on the first case", on: { Start.list() }) { _ in }
        try withKnownIssue { try nothing.run() } matching: { $0.description.contains("changes nothing here") }
    }

    @Test func aKeyOfAnotherRowFails() throws {
        let wrongKey = KeyScenario(KeyTables.cases, .up, "j sent for up", keys: [.char("j")], on: { Start.list(row: 1) }) {
            $0.list.selected = 2
        }
        try withKnownIssue { try wrongKey.run() } matching: { $0.description.contains("is not a key of this row") }
    }

    @Test func aStartOnAnotherTableFails() throws {
        let elsewhere = KeyScenario(KeyTables.cases, .up, "started on the marking screen", on: { Start.markingCS003([.down]) }) {
            $0.marking?.row = 0
        }
        try withKnownIssue { try elsewhere.run() } matching: { $0.description.contains("takes its keys from Marking") }
    }

    @Test func aStateNotAsStatedFails() throws {
        let wrong = KeyScenario(KeyTables.cases, .down, "down said to go two cases", on: { Start.list() }) {
            $0.list.selected = 2
        }
        try withKnownIssue { try wrong.run() } matching: { $0.description.contains("the state is not as expected") }
    }
}
