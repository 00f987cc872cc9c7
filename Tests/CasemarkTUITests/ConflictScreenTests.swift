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
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z", changeID: ChangeID.random())
        try bob.record(Answer(answer: .no, note: "No plan on file"), for: "2.1.1", by: "Bob Ray", at: "2024-05-01T09:30:00Z", changeID: ChangeID.random())
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
        #expect(state.session.scoring.tally("2.1.1").conflicts == 1)

        let values = try #require(state.session.caseWith(id: "CS-003")?.conflictDetails.first?.values)
        let bobSide = values.firstIndex { $0.by == "Bob Ray" }!
        let effects = press(&state, .char(bobSide == 0 ? "<" : ">"))
        let saved = try #require(saves(effects).last)
        #expect(saved.conflicts.isEmpty)
        #expect(saved.answers["2.1.1"]?.answer == Judgement.no)
        #expect(saved.answers["2.1.1"]?.note == "No plan on file")
        // Issue 21.4: the answer taken is still Bob's, with his time; the history says who
        // settled it, which side, and between which values.
        #expect(saved.answers["2.1.1"]?.by == "Bob Ray")
        #expect(saved.answers["2.1.1"]?.at == "2024-05-01T09:30:00Z")
        let settling = try #require(saved.history.last)
        #expect(settling.by == "tester")
        #expect(settling.reason?.hasPrefix("settled a conflict, ") == true)
        #expect(settling.reason?.contains("Yes by Ann Lee") == true && settling.reason?.contains("No by Bob Ray") == true, "\(settling.reason ?? "")")
        #expect(settling.reason?.hasSuffix(": took Bob Ray's answer") == true, "\(settling.reason ?? "")")
        #expect(render(state).lines.contains { $0.contains("Answer: No (Bob Ray, ") }, "\(render(state).lines.joined(separator: "\n"))")
        #expect(state.status.text.hasPrefix("2.1.1 settled: took Bob Ray's answer"), "\(state.status.text)")
        #expect(state.session.scoring.tally("2.1.1").conflicts == 0)
        #expect(state.session.scoring.tally("2.1.1").no == 2)
    }

    /// A fresh answer settles it too, credited to who gave it; the history says a conflict was
    /// settled with a new answer.
    @Test func aNewAnswerSettlesItAndTheHistorySaysSo() throws {
        var state = try Self.state()
        let effects = press(&state, .char("j"), .char("j"), .enter, .char("y"))
        let saved = try #require(saves(effects).last)
        #expect(saved.conflicts.isEmpty)
        #expect(saved.answers["2.1.1"]?.by == "tester")
        #expect(saved.history.last?.reason?.hasSuffix(": with a new answer") == true, "\(saved.history.last?.reason ?? "")")
    }

    /// Issue 19.5: `c` on a case with an answer in conflict completes nothing and names it;
    /// once settled, `c` completes.
    @Test func noCompletionWhileAnAnswerIsInConflict() throws {
        var state = try Self.state()
        var effects = press(&state, .char("j"), .char("j"), .enter, .char("c"))
        #expect(saves(effects).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.session.caseWith(id: "CS-003")?.status == .inProgress)
        #expect(state.status.text.contains("in conflict: 2.1.1"), "\(state.status.text)")
        press(&state, .char("y"))
        effects = press(&state, .char("c"))
        if state.overlay != nil { effects += press(&state, .char("y")) }
        #expect(saves(effects).last?.status == .complete)
    }

    @Test func aFreshAnswerSettlesItToo() throws {
        var state = try Self.state()
        let sides = try #require(state.session.caseWith(id: "CS-003")?.conflicts["answers.2.1.1"])
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
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z", changeID: ChangeID.random())
        var bob = ann
        try ann.complete(by: "Ann Lee", at: "2024-05-01T09:10:00Z", changeID: ChangeID.random())
        try bob.record(Answer(answer: .no), for: "2.1.2", by: "Bob Ray", at: "2024-05-01T09:20:00Z", changeID: ChangeID.random())
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

/// Issue 21.5: a recorded rating in conflict (a standard rated from evidence, rated differently
/// on two copies) showed on the results screen only as "not yet rated".
@Suite struct RatingConflictOnResultsTests {
    @Test func aRatingInConflictShowsAsSoWithBothValues() throws {
        var inspection = Fixtures.inspection
        var ann = inspection.record
        var bob = inspection.record
        _ = ann.record(RecordedRating(rating: .outstanding, reason: "Clear vision"), for: "1.1", by: "Ann Lee", at: "2024-05-01T09:00:00Z", changeID: ChangeID.random())
        _ = bob.record(RecordedRating(rating: .inadequate, reason: "No plan"), for: "1.1", by: "Bob Ray", at: "2024-05-01T09:30:00Z", changeID: ChangeID.random())
        inspection.record = try ann.merged(with: bob)
        #expect(!inspection.record.conflicts.isEmpty)
        var state = AppState(inspection: inspection, inspector: "tester", width: 80, height: 24)
        press(&state, .char("r"))
        let lines = render(state).lines
        let row = try #require(lines.firstIndex { $0.hasPrefix("1.1      Leadership (from evidence)") }, "\(lines.joined(separator: "\n"))")
        #expect(lines[row].hasSuffix("IN CONFLICT"), "\(lines[row])")
        #expect(!lines[row].contains("not yet rated"))
        #expect(lines[row + 1].contains("recorded ratings IN CONFLICT") && lines[row + 1].contains("Ann Lee") && lines[row + 1].contains("Bob Ray"), "\(lines[row + 1])")
    }
}
