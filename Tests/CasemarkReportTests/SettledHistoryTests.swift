import CasemarkModel
import Testing
@testable import CasemarkReport

/// A conflict settled, as `casemark history` tells it (issue 21.4): not "before: (nothing)" but
/// the values in conflict, and which side was taken, by whom.
@Suite struct SettledHistoryTests {
    @Test func aSettledConflictSaysBetweenWhatAndWhichSideWasTaken() throws {
        let base = Case(id: "CS-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval"))
        var aoife = base
        var ben = base
        try aoife.record(Answer(answer: .yes), for: "2.1.1", by: "Aoife Byrne", at: "2026-03-09T09:00:00Z", changeID: ChangeID.random())
        try ben.record(Answer(answer: .no, note: "No plan on file"), for: "2.1.1", by: "Ben Okafor", at: "2026-03-09T09:30:00Z", changeID: ChangeID.random())
        var merged = try aoife.merged(with: ben)
        let benSide = try #require(merged.conflictDetails.first?.values.first { $0.by == "Ben Okafor" })
        #expect(try merged.settle("2.1.1", taking: benSide.change, by: "Aoife Byrne", at: "2026-03-10T08:00:00Z", changeID: ChangeID.random()))
        #expect(merged.answers["2.1.1"]?.by == "Ben Okafor")
        let text = HistoryText.render(merged)
        let lines = text.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("2026-03-10T08:00:00Z  Aoife Byrne  2.1.1 (settled a conflict, ") }, "\(text)")
        #expect(lines[at].hasSuffix(": took Ben Okafor's answer)"), "\(lines[at])")
        #expect(lines[at + 1].hasPrefix("    before: in conflict: "), "\(lines[at + 1])")
        #expect(lines[at + 1].contains("Yes (Aoife Byrne)") && lines[at + 1].contains("No; note: \"No plan on file\" (Ben Okafor)"), "\(lines[at + 1])")
        #expect(lines[at + 2] == "    after:  No; note: \"No plan on file\"")
    }
}
