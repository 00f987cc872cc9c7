import CasemarkModel
import Testing
@testable import CasemarkReport

/// An imported case's answers have no change behind them: `casemark history` said only "No
/// changes recorded.", which reads as "nothing was answered". It now also says the case started
/// with them, and who gave them when (an import's `by` and `at` columns, or the importer).
@Suite struct ImportedHistoryTests {
    @Test func anImportedCaseSaysItStartedWithItsAnswersAndWhoGaveThem() {
        var c = Case(id: "CS-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann Lee"))
        c.answers["2.1.1"] = Answer(answer: .yes, by: "Ben Ford", at: "2019-03-10T15:02:11Z")
        c.answers["2.1.2"] = Answer(answer: .no, by: "Ben Ford", at: "2019-03-10T15:02:11Z")
        c.answers["2.2.1"] = Answer(answer: .yes, by: "Cara\nDay", at: "2026-12-05T03:00:00Z")
        let lines = HistoryText.render(c).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Case CS-1 (Ann Lee, case-supervision): in progress",
            "No changes recorded.",
            "The case started with 3 answers, as imported: 2 by Ben Ford at 2019-03-10T15:02:11Z; 1 by Cara\\u{A}Day at 2026-12-05T03:00:00Z.",
        ])
    }

    @Test func aCaseWithNoAnswersSaysOnlyThatNothingWasRecorded() {
        let c = Case(id: "CS-2", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann Lee"))
        #expect(HistoryText.render(c) == "Case CS-2 (Ann Lee, case-supervision): in progress\nNo changes recorded.")
    }
}
