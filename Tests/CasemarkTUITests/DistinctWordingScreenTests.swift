import CasemarkModel
import CasemarkTestSupport
import Testing

@testable import CasemarkTUI

/// Words you can tell apart: cut wording starts where it differs; the note editor never hides a
/// word's last letter at the edge.
@Suite struct DistinctWordingScreenTests {
    static let framework = FrameworkFixture.make(
        samples: [Sample(id: "case-supervision", title: "Case supervision")],
        domains: [Domain(id: "2", title: "Case supervision")],
        scoreBands: [ScoreBand(minimumScore: 0, maximumScore: 3, band: .inadequate)],
        standards: [
            Standard(id: "2.1", domain: "2", title: "Assessment", ratedFrom: .cases, sample: "case-supervision", keyQuestions: [
                KeyQuestion(id: "2.1.1", text: "Does assessment focus sufficiently on engaging the service user?", prompts: [
                    Prompt(id: "a", text: "Does assessment analyse the service user’s motivation and readiness to engage with supervision?"),
                    Prompt(id: "b", text: "Does assessment analyse the service user’s diversity and personal circumstances?"),
                    Prompt(id: "c", text: "Is the service user meaningfully involved?"),
                ]),
            ]),
        ])

    func state(width: Int = 80, height: Int = 24) -> AppState {
        let c = Case(id: "CS-001", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann Lee", grade: "PO"))
        var state = AppState(
            inspection: Inspection(record: InspectionRecord(provider: "P", framework: "test-2018"), framework: Self.framework, cases: [c]),
            inspector: "tester", width: width, height: height)
        press(&state, .enter)
        return state
    }

    @Test func promptsCutToOneLineStartWhereTheyDiffer() {
        let lines = render(state()).lines
        let a = lines.first { $0.contains("[ ] a ") } ?? ""
        let b = lines.first { $0.contains("[ ] b ") } ?? ""
        #expect(a.hasSuffix("[ ] a …motivation and readiness to enga…"), "\(a)")
        #expect(b.hasSuffix("[ ] b …diversity and personal circumsta…"), "\(b)")
        #expect(lines.contains { $0.hasSuffix("[ ] c Is the service user meaningfully …") })
    }

    @Test func theFocusedPromptIsShownWhole() {
        var s = state()
        press(&s, .tab)
        let text = render(s).lines.map { $0.split(separator: "│").last.map(String.init) ?? "" }.joined(separator: " ")
        #expect(text.contains("readiness to engage with"), "\(text)")
        #expect(text.contains("supervision?"), "\(text)")
    }

    @Test func theNoteEditorNeverHidesAWordsLastLetter() {
        var s = state()
        let width = NoteEditorArea.textWidth(s)
        let note = String(repeating: "x", count: width - 13) + " naïve façade"
        press(&s, [.char("e")] + typing(note) + [.char(" ")])
        let lines = render(s).lines
        #expect(lines.contains { $0.hasSuffix("naïve façade") }, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("façad…") })
    }
}
