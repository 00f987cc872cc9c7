import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport

/// The HTML report's page as written (the browser test checks how it is drawn).
@Suite struct HTMLReportTests {
    static func bars(_ html: String) -> [(keyQuestion: String, percent: Int, width: Double, series: String?)] {
        html.matches(of: /<rect x="[0-9.]+" y="[0-9.]+" width="([0-9.]+)" height="[0-9.]+" class="[^"]*" data-percent="(\d+)" data-key-question="([^"]+)"(?: data-series="([^"]+)")?/).map {
            (String($0.3), Int($0.2)!, Double($0.1)!, $0.4.map(String.init))
        }
    }

    /// The charts' labels, values and thresholds are the body text's size, never smaller (issue
    /// 21.8: they were 9–12 px beside the browser's 16 px body), on every page with charts.
    @Test func chartTextIsNotSmallerThanTheBodyText() throws {
        let inspection = try London.inspection(rated: true)
        let pages = [
            try Report.render(try ResultsReport(inspection: inspection), format: .html),
            try Report.render(try ResultsReport(inspection: inspection, officer: "Chloé Duval"), format: .html),
            try Report.render(try ResultsReport(inspection: inspection, by: .grade), format: .html),
        ]
        for html in pages {
            let body = try #require(html.firstMatch(of: /body \{[^}]*font-size: (\d+)px/).map { Int($0.1)! })
            let sizes = html.matches(of: /font-size: (\d+(?:\.\d+)?)px/).map { Double($0.1)! }
            #expect(sizes.count > 1, "the charts give their size")
            #expect(sizes.allSatisfy { $0 >= Double(body) }, "\(sizes) against body \(body)")
        }
    }

    @Test("one self-contained page: no script, nothing fetched, a bar per key question on one scale, thresholds 50/65/80")
    func selfContained() throws {
        let html = try Report.render(ResultsReport(inspection: London.inspection(rated: true)), format: .html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http:") && !html.contains("https:") && !html.contains("src=") && !html.contains("@import") && !html.contains("url("))
        let bars = Self.bars(html)
        #expect(bars.count == London.publishedPercent.count)
        for bar in bars {
            #expect(London.publishedPercent[bar.keyQuestion] == bar.percent)
            #expect(abs(bar.width - Double(bar.percent) * BarChart.Layout().scale / 100) < 0.01)
        }
        #expect(html.contains("data-threshold=\"50\"") && html.contains("data-threshold=\"65\"") && html.contains("data-threshold=\"80\""))
        // Band in words beside every bar, never colour alone.
        #expect(html.contains(">62% Requires improvement · 92 of 148</text>"))
        // Discretion: both ratings, the mark, and the reason as a numbered note.
        #expect(html.contains("Requires improvement</span> <span class=\"mark\" title=\"professional discretion\">*</span><sup><a href=\"#note-5\">5</a></sup>"))
        #expect(html.contains("<li id=\"note-5\">2.2 Planning: professional discretion by Lead Inspector on 2019-06-14: computed Inadequate from the cases, recorded Requires improvement. Reason: In arriving at the rating for planning"))
        #expect(html.contains("score 15 of 30"))
        #expect(html.contains("@page { size: A4;"))
    }

    /// Conflicts left by a merge show in the HTML report as in the text one (issue 11.4): the page
    /// says first that its figures are not final; a recorded rating in conflict is marked, with
    /// both sides in a numbered note; a key question's answers in conflict are said beside its bar.
    @Test("conflicts from merged copies: a warning first, the rating marked with both sides, the answers beside the bar")
    func conflictsShow() throws {
        var inspection = try London.inspection(rated: true)
        var ann = inspection.record, bob = inspection.record
        ann.record(RecordedRating(rating: .good, reason: "strong leadership", by: "Ann"), for: "1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        bob.record(RecordedRating(rating: .inadequate, reason: "no strategy", by: "Bob"), for: "1.1", by: "Bob", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        inspection.record = try ann.merged(with: bob)
        let index = try #require(inspection.cases.firstIndex { $0.answers["2.1.1"]?.answer == .yes })
        var yes = inspection.cases[index], no = yes
        try yes.record(Answer(answer: .no, note: "on reflection"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try no.record(Answer(answer: .notApplicable), for: "2.1.1", by: "Bob", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        inspection.cases[index] = try yes.merged(with: no)
        #expect(inspection.cases[index].isInConflict("2.1.1"))

        let html = try Report.render(ResultsReport(inspection: inspection), format: .html)
        #expect(html.contains("<p class=\"conflicts\" role=\"note\">Not final: 1 answer in conflict (outside every percentage until settled) and 1 recorded rating in conflict"))
        #expect(html.contains("<span class=\"conflict\" data-conflict=\"1.1\">in conflict</span>"))
        #expect(html.contains("1.1 Leadership: recorded ratings IN CONFLICT"))
        #expect(html.contains("Good by Ann on 2026-11-24: strong leadership") && html.contains("Inadequate by Bob on 2026-11-24: no strategy"))
        #expect(html.contains("data-key-question=\"2.1.1\" data-series=\"whole-sample\" data-conflicts=\"1\""))
        #expect(html.contains("1 in conflict, not counted"))
        // Nothing in conflict, nothing said.
        let clean = try Report.render(ResultsReport(inspection: London.inspection(rated: true)), format: .html)
        #expect(!clean.contains("in conflict") && !clean.contains("Not final"))
    }

    @Test("everything from the data is escaped, in the page and inside the charts")
    func escaped() throws {
        var inspection = try London.inspection(rated: true)
        inspection.record.provider = "<script>alert('x')</script> & \"Co\""
        inspection.record.ratings["2.2"]?.reason = "</text><svg onload=alert(1)>"
        let name = inspection.cases[0].responsibleOfficer.name
        for i in inspection.cases.indices where inspection.cases[i].responsibleOfficer.name == name {
            inspection.cases[i].responsibleOfficer.name = "<b onmouseover=\"x\">O'Neill</b>"
        }
        for report in [try ResultsReport(inspection: inspection, by: .officer), try ResultsReport(inspection: inspection, officer: "<b onmouseover=\"x\">O'Neill</b>")] {
            let html = try Report.render(report, format: .html)
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<svg onload"))
            #expect(!html.contains("<b onmouseover"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        }
    }

    @Test("--officer: her bar above the sample's for each key question, indicative ones marked in words")
    func officer() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true), officer: "Chloé Duval")
        let html = try Report.render(report, format: .html)
        let bars = Self.bars(html)
        #expect(bars.filter { $0.series == "whole-sample" }.count == London.publishedPercent.count)
        for kq in London.framework.markedKeyQuestions {
            let two = bars.filter { $0.keyQuestion == kq.id }
            guard let mine = report.results.keyQuestion(kq.id), mine.percent != nil else { continue }
            #expect(two.map(\.series) == ["officer", "whole-sample"], "\(kq.id)")
            if Indicative.isIndicative(mine.tally, subset: true) {
                #expect(html.contains("class=\"bar band-\(mine.band!.argument) indicative\" data-percent=\"\(mine.percent!)\" data-key-question=\"\(kq.id)\" data-series=\"officer\""))
            }
        }
        #expect(html.contains("(indicative)"))
    }

    @Test("--by: a small chart per group and one for all cases, on the same scale")
    func smallMultiples() throws {
        let html = try Report.render(ResultsReport(inspection: London.inspection(rated: true), by: .grade), format: .html)
        let groups = html.matches(of: /data-group="([^"]+)"/).map { String($0.1) }
        #expect(Set(groups).isSuperset(of: ["PO", "PSO", "All cases"]))
        #expect(html.contains("<figcaption>PO ("))
        let widths = html.matches(of: /width="([0-9.]+)" height="[0-9.]+" class="[^"]*" data-percent="(\d+)"/)
        for w in widths { #expect(abs(Double(w.1)! - Double(Int(w.2)!) * BarChart.Layout().scale / 100) < 0.01) }
    }
}
