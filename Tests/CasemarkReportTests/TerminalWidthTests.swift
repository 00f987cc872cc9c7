import Testing
import CasemarkModel
import CasemarkText
@testable import CasemarkReport

/// The text report drawn for a terminal of a given width: it fits, and no figure is cut.
@Suite struct TerminalWidthTests {
    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Notes and subtitles put back together from their wrapped lines.
    func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func expectFits(_ text: String, _ width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines(text) {
            #expect(CellWidth.of(line) <= width, "\(CellWidth.of(line)) cells: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test("at 80 columns every line of the results table fits, and every count, percent, band and rating is whole")
    func annexAt80() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .text, width: 80)
        expectFits(text, 80)
        let all = lines(text)
        for standard in report.framework.standards {
            let result = try #require(report.results.standard(standard.id))
            let row = try #require(all.first { $0.hasPrefix("\(standard.id) ") })
            #expect(row.contains(result.rating!.displayName), "\(row)")
            for kq in standard.keyQuestions where standard.ratedFrom == .cases {
                let r = try #require(report.results.keyQuestion(kq.id))
                let row = try #require(all.first { $0.hasPrefix("  \(kq.id) ") })
                #expect(row.hasSuffix("  \(r.tally.yes) of \(r.tally.applicable)    \(r.percent!)%  \(r.band!.displayName)"), "\(row)")
                #expect(row.contains("…"), "the wording is what gave way: \(row)")
            }
        }
        #expect(all.first { $0.hasPrefix("2.2 Planning") }?.hasSuffix("Requires improvement * [5]") == true)
        #expect(all.contains("Overall: 15 → Requires improvement"))
        // The footnotes are wrapped, not cut: every reason is there in full.
        let joined = unwrapped(text)
        for (_, _, reason) in London.recorded { #expect(joined.contains(unwrapped(reason))) }
        // A note's continuation lines sit under its text, not under its number.
        let five = try #require(all.firstIndex { $0.hasPrefix("[5] ") })
        #expect(all[five + 1].hasPrefix("    ") && !all[five + 1].hasPrefix("     "))
    }

    @Test("one officer beside the whole sample at 80 columns: fits, bands abbreviated, figures whole")
    func officerAt80() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true), officer: "Chloé Duval")
        let whole = try #require(report.whole)
        let text = try Report.render(report, format: .text, width: 80)
        expectFits(text, 80)
        let all = lines(text)
        for kq in ["2.1.1", "2.2.3", "4.2.3"] {
            let mine = try #require(report.results.keyQuestion(kq))
            let theirs = try #require(whole.keyQuestion(kq))
            let row = try #require(all.first { $0.hasPrefix("  \(kq) ") })
            if mine.tally.applicable > 0 { #expect(row.contains("\(mine.tally.yes) of \(mine.tally.applicable)"), "\(row)") }
            #expect(row.contains("\(theirs.tally.yes) of \(theirs.tally.applicable)  \(theirs.percent!)%  \(theirs.band!.abbreviation)"), "\(row)")
        }
        #expect(all.contains { $0.hasPrefix("Bands: OS Outstanding, GD Good, RI Requires improvement, IN Inadequate") })
    }

    @Test("without a width (a file or a pipe) the report is the full table; a wide terminal gets it too")
    func fullWidth() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let file = try Report.render(report, format: .text)
        #expect(try Report.render(report, format: .text, width: nil) == file)
        #expect(file.contains("Band / computed") && file.contains("Yes of applicable"))
        #expect(lines(file).contains { CellWidth.of($0) > 118 })
        // A terminal wide enough for the whole table gets it as a file would; only notes longer
        // than the terminal are wrapped.
        let wide = try Report.render(report, format: .text, width: 200)
        let table = { (text: String) in self.lines(text).prefix { !$0.hasPrefix("Overall:") } }
        #expect(table(wide) == table(file))
        #expect(unwrapped(wide) == unwrapped(file))
    }

    @Test("names two cells wide are measured as such when the title and notes are wrapped")
    func wideCharacters() throws {
        var inspection = try London.inspection(rated: true)
        inspection.record.provider = "北京 社区矫正 李 小龙 Probation Service Community Rehabilitation Company"
        inspection.record.ratings["1.1"]?.reason = String(repeating: "李小龙", count: 40)
        let text = try Report.render(ResultsReport(inspection: inspection), format: .text, width: 80)
        expectFits(text, 80)
        #expect(unwrapped(text).replacingOccurrences(of: " ", with: "").contains(String(repeating: "李小龙", count: 40)))
    }

    /// An officer beside the whole sample at 60 columns, the narrowest width a report takes
    /// (issue 12.7): the Diff. column gives way rather than the line running over.
    @Test("an officer's comparison fits 60 columns, every figure whole")
    func officerAt60() throws {
        let inspection = try London.inspection(rated: true)
        let name = inspection.cases[0].responsibleOfficer.name
        let report = try ResultsReport(inspection: inspection, officer: name)
        let text = try Report.render(report, format: .text, width: 60)
        expectFits(text, 60)
        let all = lines(text)
        for kq in ["2.1.1", "2.2.1"] {
            let r = try #require(report.results.keyQuestion(kq))
            let row = try #require(all.first { $0.hasPrefix("  \(kq) ") })
            if r.tally.applicable > 0 { #expect(row.contains("\(r.tally.yes) of \(r.tally.applicable)"), "\(row)") }
        }
        #expect(!text.contains("Diff."))
        let wide = try Report.render(report, format: .text, width: 200)
        #expect(wide.contains("Diff."), "with room, the difference is there")
    }

    @Test("at the narrowest width the key question's id is still shown")
    func narrowest() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .text, width: 60)
        let row = try #require(lines(text).first { $0.hasPrefix("  2.3.3 ") })
        #expect(row.hasSuffix("57 of 118    48%  Inadequate"), "\(row)")
    }

    @Test("wrapping: lines of at most the width, the words in order, a word longer than a line cut across lines")
    func wrap() {
        let text = "Reason: see https://example.org/a-very-long-address-with-no-spaces-at-all and 李小龙李小龙."
        for limit in [1, 2, 7, 20, 40] {
            let wrapped = TextLayout.wrap(text, to: limit, hangingIndent: 4)
            for line in wrapped { #expect(CellWidth.of(line) <= max(limit, 2), "\(limit): \(line)") }
            #expect(wrapped.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        }
        #expect(TextLayout.wrap("short", to: 80, hangingIndent: 0) == ["short"])
    }

    /// A breakdown by many officers is far wider than 80 columns even with its wording cut to
    /// nothing (issue 12.7: a report into a pipe fits the width): it is split into parts, each with
    /// the wording readable, some officers and the whole sample's column to read them against.
    @Test("a breakdown wider than the width is split into parts that fit, each beside all the cases")
    func breakdownSplitIntoParts() throws {
        var table = ReportTable(
            title: "Test CRC: key questions by responsible officer", subtitle: ["All cases: 60."],
            columns: [.init("Standard / key question", maxTextWidth: 36)]
                + (1...6).map { .init("Officer number \($0) (10)") } + [.init("All cases (60)")],
            notes: ["Each cell: percent yes, band and counts."])
        table.repeatsLastColumn = true
        table.rows = [.section("Domain 2: Case supervision"),
                      .standard(["2.1 Assessment"] + Array(repeating: "~Requires improvement", count: 7)),
                      .keyQuestion(["  2.1.1 Does assessment focus sufficiently on engaging the service user?"]
                          + Array(repeating: "~100% OS (3 of 3)", count: 6) + ["93% OS (13 of 14)"])]
        #expect(lines(TextTable.render([table])).map { CellWidth.of($0) }.max()! > 150, "too wide without a width")
        let text = TextTable.render([table], width: 80)
        expectFits(text, 80)
        for n in 1...6 {
            #expect(text.components(separatedBy: "Officer number \(n) (10)").count == 2, "officer \(n) once")
        }
        let parts = text.components(separatedBy: "All cases (60)").count - 1
        #expect(parts >= 2 && text.contains("(part 1 of \(parts))"), "the whole sample's column in every part")
        #expect(text.components(separatedBy: "Each cell:").count == 2 && text.hasSuffix("Each cell: percent yes, band and counts.\n"))
        #expect(lines(text).contains { $0.hasPrefix("  2.1.1 Does assessment focus su") }, "the wording stays readable: \(text)")
        #expect(TextTable.parts(table, width: 400).count == 1, "a table that fits is one part")
    }
}
