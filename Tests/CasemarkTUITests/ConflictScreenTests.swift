import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A case merged from two copies with one key question answered differently on each: the list
/// says CONFLICT and filters to it, the marking screen shows both answers with who, when and
/// note, and `<`, `>` or a fresh answer settle it as a change like any other.
@Suite struct ConflictScreenTests {
    /// CS-003 answered yes by Ann on one copy and no (with a note) by Bob on another, merged.
    static func state() throws -> AppState {
        let base = Fixtures.cases[2]
        var ann = base
        var bob = base
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z")
        try bob.record(Answer(answer: .no, note: "No plan on file"), for: "2.1.1", by: "Bob Ray", at: "2024-05-01T09:30:00Z")
        let merged = try ann.merged(with: bob)
        var inspection = Fixtures.inspection
        inspection.cases[2] = merged
        return AppState(inspection: inspection, inspector: "tester", location: "/tmp/insp", width: 80, height: 24)
    }

    @Test func theListMarksTheCaseAndFiltersToIt() throws {
        var state = try Self.state()
        let screenText = render(state).lines.joined(separator: "\n")
        #expect(screenText.contains("CS-003") && screenText.contains("CONFLICT"), "\(screenText)")
        // f, down twice to Status, cycle to "in conflict", Enter.
        #expect(state.filterChoices(row: 2).last == CaseFilter.inConflictChoice)
        state.list.filter.inConflict = true
        state.refreshList()
        #expect(state.list.order == ["CS-003"])
    }

    @Test func theMarkingScreenShowsBothValuesAndATakenSideSettlesIt() throws {
        var state = try Self.state()
        press(&state, .char("j"), .char("j"), .enter)
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("both?"), "\(screen)")
        #expect(screen.contains("IN CONFLICT"), "\(screen)")
        #expect(screen.contains("Ann Lee") && screen.contains("Bob Ray"), "\(screen)")
        #expect(screen.contains("No plan on file"), "\(screen)")
        #expect(state.scoring.tally("2.1.1").conflicts == 1)

        let values = try #require(state.caseWith(id: "CS-003")?.conflictDetails.first?.values)
        let bobSide = values.firstIndex { $0.by == "Bob Ray" }!
        let effects = press(&state, .char(bobSide == 0 ? "<" : ">"))
        let saved = try #require(saves(effects).last)
        #expect(saved.conflicts.isEmpty)
        #expect(saved.answers["2.1.1"]?.answer == Judgement.no)
        #expect(saved.answers["2.1.1"]?.note == "No plan on file")
        #expect(saved.answers["2.1.1"]?.by == "tester")
        #expect(state.scoring.tally("2.1.1").conflicts == 0)
        #expect(state.scoring.tally("2.1.1").no == 2)
    }

    /// Issue 19.5: `c` on a case with an answer in conflict completes nothing and names it;
    /// once settled, `c` completes.
    @Test func noCompletionWhileAnAnswerIsInConflict() throws {
        var state = try Self.state()
        var effects = press(&state, .char("j"), .char("j"), .enter, .char("c"))
        #expect(saves(effects).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.caseWith(id: "CS-003")?.status == .inProgress)
        #expect(state.status.text.contains("in conflict: 2.1.1"), "\(state.status.text)")
        press(&state, .char("y"))
        effects = press(&state, .char("c"))
        if state.overlay != nil { effects += press(&state, .char("y")) }
        #expect(saves(effects).last?.status == .complete)
    }

    @Test func aFreshAnswerSettlesItToo() throws {
        var state = try Self.state()
        let sides = try #require(state.caseWith(id: "CS-003")?.conflicts["answers.2.1.1"])
        let effects = press(&state, .char("j"), .char("j"), .enter, .char("a"))
        let saved = try #require(saves(effects).last)
        #expect(saved.conflicts.isEmpty)
        #expect(saved.answers["2.1.1"]?.answer == Judgement.notApplicable)
        // The settling answer replaced both sides: every copy takes it without a conflict.
        let settle = try #require(saved.history.last)
        #expect(Set(settle.replaces) == Set(sides))
    }

    @Test func aStatusConflictSaysSoAndCompletingAgainSettlesIt() throws {
        var ann = Fixtures.cases[2]
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z")
        var bob = ann
        try ann.complete(by: "Ann Lee", at: "2024-05-01T09:10:00Z")
        try bob.record(Answer(answer: .no), for: "2.1.2", by: "Bob Ray", at: "2024-05-01T09:20:00Z")
        var inspection = Fixtures.inspection
        inspection.cases[2] = try ann.merged(with: bob)
        var state = AppState(inspection: inspection, inspector: "tester", location: "/tmp/insp", width: 80, height: 24)
        press(&state, .char("j"), .char("j"), .enter)
        #expect(render(state).line(0).contains("STATUS IN CONFLICT"), "\(render(state).line(0))")
        let effects = press(&state, .char("c"), .char("y"))  // y: complete with 2.2.x unanswered
        let saved = try #require(saves(effects).last)
        #expect(saved.conflicts.isEmpty)
        #expect(saved.status == .complete)
    }
}
