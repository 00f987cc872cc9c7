import Foundation
import Testing
import CasemarkModel
import CasemarkText
@testable import CasemarkReport

/// `report --case`: one case whole, the same in text, Markdown and HTML.
@Suite struct CaseSheetTests {
    static let framework = London.framework

    static let sample = Case(
        id: "CS-9", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Jack O'Neill <b>", grade: "PSO"),
        attributes: ["rosh_issues_apply": "N", "ldu": "North & *East*"], status: .inProgress,
        answers: [
            "2.1.1": Answer(answer: .no, note: "First line <i>x</i>\nSecond | line " + String(repeating: "long words here ", count: 12),
                            prompts: ["b", "a"], by: "Ann Lee", at: "2026-03-14T10:05:00Z"),
            "2.1.2": Answer(note: "a note without a judgement yet"),
        ])

    @Test("answers, prompts in framework order, notes whole, who and when; ruled-out questions say why")
    func content() {
        let sheet = CaseSheet(case: Self.sample, provider: "P", framework: Self.framework)
        let q = sheet.parts[0].questions
        #expect(sheet.parts.map(\.title) == ["2.1 Assessment", "2.2 Planning", "2.3 Implementation and delivery", "2.4 Reviewing"])
        #expect(q[0].answer == "No")
        #expect(q[0].prompts.map { String($0.prefix(1)) } == ["a", "b"])
        #expect(q[0].recorded == "Ann Lee, 2026-03-14 10:05 UTC")
        #expect(q[1].answer == "Not answered")
        #expect(q[1].note == "a note without a judgement yet")
        let planning = sheet.parts[1].questions.first { $0.id == "2.2.3" }
        #expect(planning?.answer == "Not applicable to this case (Risk of serious harm issues apply: N)")
        #expect(sheet.facts.contains { $0.0 == "Status" && $0.1 == "in progress" })
        #expect(sheet.facts.contains { $0.0 == "ldu" && $0.1 == "North & *East*" })
    }

    /// A case sheet into a pipe fits the width as the results do (issue 12.7): it was 100 columns
    /// whatever the window.
    @Test("text for a terminal or a pipe fits its width, every word of the note kept", arguments: [60, 80])
    func fitsTheWidth(_ width: Int) {
        let sheet = CaseSheet(case: Self.sample, provider: "Probation Service of a rather long name", framework: Self.framework)
        let text = sheet.text(width: width)
        for line in text.split(separator: "\n") { #expect(CellWidth.of(String(line)) <= width, "\(line)") }
        let words = { (t: String) in t.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
        #expect(words(text).contains(words(Self.sample.answers["2.1.1"]!.note)))
    }

    @Test("text keeps lines to 100 columns; Markdown and HTML escape everything from the data")
    func formats() {
        let sheet = CaseSheet(case: Self.sample, provider: "P", framework: Self.framework)
        let text = sheet.text()
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= CaseSheet.textWidth })
        #expect(text.contains("    First line <i>x</i>\n    Second | line long words here"))
        let md = sheet.markdown()
        #expect(md.contains("Jack O'Neill \\<b\\> (PSO)"))
        #expect(md.contains("> First line \\<i\\>x\\</i\\>  \n> Second \\| line"))
        #expect(md.contains("North & \\*East\\*"))
        let html = sheet.html()
        #expect(!html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("Jack O&#39;Neill &lt;b&gt; (PSO)"))
        #expect(html.contains("<blockquote class=\"note\">First line &lt;i&gt;x&lt;/i&gt;\nSecond | line"))
    }
}
