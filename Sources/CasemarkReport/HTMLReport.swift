import CasemarkModel

/// `report --format html`: one self-contained page for the lead inspector to put in front of a
/// provider (docs/commands.md, "The HTML report"). Inline CSS and SVG only: no script, nothing fetched,
/// printable on A4 with page breaks between parts. First the overall rating and the standards'
/// ratings (computed and recorded, discretion with its reason as a numbered note, as HMIP's
/// Annex 2 does); then one bar chart per standard; then, with `--by`, one small chart per group;
/// then the figures as a table.
enum HTMLReport {
    static func render(_ report: ResultsReport) -> String {
        let title = report.officer.map { "\(report.provider): \($0.name) beside the whole sample" }
            ?? "\(report.provider): inspection results"
        let thresholds = report.framework.bands.map(\.minimumPercent).filter { $0 > 0 }.sorted()
        let notes = Notes(report)
        var body: [String] = []
        body.append("<header>")
        body.append("<h1>\(e(title))</h1>")
        body.append("<p class=\"subtitle\">Framework \(e(report.framework.id)). Cases: \(e(report.caseCountSummary)).</p>")
        if let line = report.reviewLine { body.append("<p class=\"review\">\(e(line))</p>") }
        let conflicted = report.framework.standards.flatMap(\.keyQuestions)
            .reduce(0) { $0 + (report.results.keyQuestion($1.id)?.tally.conflicts ?? 0) }
        // Counted over the framework's standards, as the notes and marks below are.
        let ratingConflicts = report.officer == nil ? report.framework.standards.filter { report.ratingConflicts[$0.id] != nil }.count : 0
        if conflicted > 0 || ratingConflicts > 0 {
            // Unsettled merges: the figures are not final, and the page says so first.
            var parts: [String] = []
            if conflicted > 0 { parts.append("\(conflicted) answer\(conflicted == 1 ? "" : "s") in conflict (outside every percentage until settled)") }
            if ratingConflicts > 0 {
                parts.append("\(ratingConflicts) recorded rating\(ratingConflicts == 1 ? "" : "s") in conflict")
            }
            body.append("<p class=\"conflicts\" role=\"note\">Not final: \(e(parts.joined(separator: " and "))), from copies of the inspection changed differently. Settle them in casemark (casemark conflicts lists them) before this report is shared.</p>")
        }
        body.append("</header>")
        body += overall(report)
        body += ratingsTable(report, notes: notes)
        body += charts(report, thresholds: thresholds, notes: notes)
        body += notes.html(report, thresholds: thresholds)
        if let breakdown = report.breakdown {
            body += smallMultiples(breakdown, report: report, thresholds: thresholds)
        }
        body.append("<section class=\"figures\">")
        body.append("<h2>The figures</h2>")
        body += ResultsTables.tables(report).flatMap(HTMLTable.render).map { line in
            // The tables' own headings sit under this part's.
            line.hasPrefix("<h1>") ? "<h3>" + line.dropFirst(4).dropLast(5) + "</h3>" : line
        }
        body.append("</section>")

        return HTMLPage.render(title: title, styles: [css, BarChart.css], body: body)
    }

    // MARK: - Overall and the ratings

    /// A band as a colour swatch and its name in words (never colour alone).
    static func badge(_ band: Band?, indicative: Bool = false, none: String = "not rated") -> String {
        guard let band else { return "<span class=\"badge\"><span class=\"swatch band-none\"></span>\(e(none))</span>" }
        let words = Indicative.inWords(band.displayName, indicative: indicative)
        return "<span class=\"badge\(indicative ? " indicative" : "")\"><span class=\"swatch band-\(band.argument)\"></span>\(e(words))</span>"
    }

    static func overall(_ report: ResultsReport) -> [String] {
        let whole = report.whole ?? report.results
        let o = whole.overall
        var out = ["<section class=\"overall\">"]
        let label = report.officer == nil ? "Overall rating" : "The whole inspection's overall rating"
        if o.isComplete, let band = o.band, let score = o.score {
            out.append("<p class=\"overall-rating\">\(e(label)): \(badge(band)) <span class=\"score\">score \(score) of \(o.maximumScore)</span></p>")
        } else {
            out.append("<p class=\"overall-rating\">\(e(label)): <span class=\"badge\">\(e("\(o.ratedStandards) of \(o.totalStandards) standards rated: no overall rating until all are rated"))</span></p>")
        }
        if let officer = report.officer {
            out.append("<p>\(e("Responsible officer \(officer.label). The officer's standards and key questions are computed from their cases only and shown beside the whole sample's; recorded ratings and the overall rating belong to the whole inspection."))</p>")
        }
        out.append("</section>")
        return out
    }

    static func ratingsTable(_ report: ResultsReport, notes: Notes) -> [String] {
        let framework = report.framework
        var out = ["<section class=\"ratings\">", "<h2>Ratings</h2>", "<table class=\"ratings\">"]
        if let officer = report.officer {
            out.append("<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">\(e(officer.name)): computed from their cases</th><th scope=\"col\">Whole inspection: rating</th></tr></thead>")
        } else {
            out.append("<thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Computed from the cases</th><th scope=\"col\">Rating</th></tr></thead>")
        }
        out.append("<tbody>")
        let whole = report.whole ?? report.results
        var domain: String?
        for standard in framework.standards {
            if standard.domain != domain {
                domain = standard.domain
                out.append("<tr class=\"domain\"><th colspan=\"3\" scope=\"rowgroup\">\(e(ResultsTables.domainTitle(framework, standard.domain)))</th></tr>")
            }
            guard let result = whole.standard(standard.id) else { continue }
            let outside = standard.countsTowardOverall ? "" : " <span class=\"mark outside\" title=\"outside the overall score\">\(ResultsTables.outsideMark)</span>"
            let name = "<th scope=\"row\">\(e("\(standard.id) \(standard.title)"))\(outside)</th>"
            let computed: String
            if report.officer != nil {
                let mine = report.results.standard(standard.id)
                computed = standard.ratedFrom == .evidence
                    ? "<td class=\"muted\">rated from evidence</td>"
                    : "<td>\(badge(mine?.computed, indicative: Indicative.isIndicative(standard: standard, in: report.results, subset: true), none: "no applicable cases"))</td>"
            } else {
                computed = standard.ratedFrom == .evidence
                    ? "<td class=\"muted\">rated from evidence</td>"
                    : "<td>\(badge(result.computed, none: "no applicable cases"))</td>"
            }
            var rating = badge(result.rating)
            if result.isDiscretion { rating += " <span class=\"mark\" title=\"professional discretion\">*</span>" }
            if report.officer == nil, report.ratingConflicts[standard.id] != nil {
                rating += " <span class=\"conflict\" data-conflict=\"\(e(standard.id))\">in conflict</span>"
            }
            for number in notes.numbers(of: standard.id) {
                rating += "<sup><a href=\"#note-\(number)\">\(number)</a></sup>"
            }
            out.append("<tr>\(name)\(computed)<td><span class=\"rated\">\(rating)</span></td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        for note in ResultsTables.outsideNotes(framework) {
            out.append("<p class=\"small\">\(e(note))</p>")
        }
        if notes.anyDiscretion {
            out.append("<p class=\"small\">* Professional discretion: the lead inspector recorded a rating different from the one computed from the cases; the reason is in the numbered note.</p>")
        }
        out.append("</section>")
        return out
    }

    // MARK: - One chart per standard

    static func charts(_ report: ResultsReport, thresholds: [Int], notes: Notes) -> [String] {
        let framework = report.framework
        let whole = report.whole ?? report.results
        var out = ["<section class=\"charts\">", "<h2>Key questions</h2>"]
        out.append("<p class=\"legend small\">\(bandLegend(report.framework)). Each bar is the percent of applicable cases judged sufficient; the dashed lines are the thresholds.</p>")
        if let officer = report.officer {
            out.append("<p class=\"small\">\(e("For each key question, the upper bar is \(officer.name)'s cases and the lower bar the whole sample's. A paler bar with a dashed outline, and \"(indicative)\", mark a band resting on fewer than \(Indicative.minimumApplicableCases) applicable cases."))</p>")
        }
        var domain: String?
        for standard in framework.standards where standard.ratedFrom == .cases {
            guard let result = whole.standard(standard.id) else { continue }
            if standard.domain != domain {
                domain = standard.domain
                out.append("<h3 class=\"domain\">\(e(ResultsTables.domainTitle(framework, standard.domain)))</h3>")
            }
            out.append("<section class=\"standard\" data-standard=\"\(e(standard.id))\">")
            out.append("<h4>\(e("\(standard.id) \(standard.title)"))</h4>")
            var line: String
            if report.officer != nil {
                let mine = report.results.standard(standard.id)?.computed
                line = "Computed from \(e(report.officer?.name ?? ""))'s cases: \(badge(mine, indicative: Indicative.isIndicative(standard: standard, in: report.results, subset: true), none: "no applicable cases")) · whole inspection's rating: \(badge(result.rating))"
            } else {
                line = "Computed from the cases: \(badge(result.computed, none: "no applicable cases")) · rating: \(badge(result.rating))"
            }
            if result.isDiscretion { line += " <span class=\"mark\">*</span>" }
            if report.officer == nil, report.ratingConflicts[standard.id] != nil { line += " <span class=\"conflict\">in conflict</span>" }
            for number in notes.numbers(of: standard.id) { line += "<sup><a href=\"#note-\(number)\">\(number)</a></sup>" }
            out.append("<p class=\"standard-rating\">\(line)</p>")
            let rows: [BarChart.Row] = standard.keyQuestions.compactMap { kq in
                guard let all = whole.keyQuestion(kq.id) else { return nil }
                var sample = bar(all, id: kq.id, indicative: false, series: report.officer == nil ? nil : "Sample", seriesData: "whole-sample")
                sample.secondary = report.officer != nil
                guard report.officer != nil, let mine = report.results.keyQuestion(kq.id) else {
                    return BarChart.Row(label: kq.id, wording: kq.text, bars: [sample])
                }
                let officer = bar(mine, id: kq.id, indicative: Indicative.isIndicative(mine.tally, subset: true), series: "Officer", seriesData: "officer")
                return BarChart.Row(label: kq.id, wording: kq.text, bars: [officer, sample])
            }
            out.append(BarChart.svg(rows, thresholds: thresholds, title: "\(standard.id) \(standard.title): percent of applicable cases judged sufficient, by key question"))
            out.append("</section>")
        }
        out.append("</section>")
        return out
    }

    static func bar(_ r: KeyQuestionResult, id: String, indicative: Bool, series: String?, seriesData: String) -> BarChart.Bar {
        // Answers in conflict are outside the percent until settled: said beside it, never hidden.
        var detail = r.tally.applicable == 0 ? "" : "\(r.tally.yes) of \(r.tally.applicable)"
        if r.tally.conflicts > 0 {
            detail += (detail.isEmpty ? "" : "; ") + "\(r.tally.conflicts) in conflict, not counted"
        }
        return BarChart.Bar(
            percent: r.percent, band: r.band, indicative: indicative && r.percent != nil, detail: detail, series: series,
            data: [("key-question", id), ("series", seriesData)] + (r.tally.conflicts > 0 ? [("conflicts", "\(r.tally.conflicts)")] : []))
    }

    // MARK: - Small multiples

    static func smallMultiples(_ breakdown: Breakdown, report: ResultsReport, thresholds: [Int]) -> [String] {
        let framework = report.framework
        let label = ResultsTables.groupingLabel(breakdown.by, framework: framework)
        let subset = breakdown.by.isSubset
        var out = ["<section class=\"breakdown\">", "<h2>\(e("Key questions by \(label)"))</h2>"]
        out.append("<p class=\"small\">\(e("One chart per group, on the same scale as the charts above. Bands: \(Band.abbreviationLegend(separator: ", ")). " + (subset ? "A paler bar with a dashed outline, and ~ before the band, mark a band resting on fewer than \(Indicative.minimumApplicableCases) applicable cases (indicative)." : "Each sample is the whole of the sample for its own key questions, so none is marked indicative.")))</p>")
        out.append("<div class=\"multiples\">")
        let scope = report.officer.map { "\($0.name)'s cases" } ?? "All cases"
        var groups: [(name: String, cases: Int, results: InspectionResults, subset: Bool)] = breakdown.groups.map { group in
            let name = breakdown.by == .sample ? framework.sample(group.name)?.title ?? group.name : group.name
            return (name, group.cases.count, group.results, subset)
        }
        let all = Scoring(framework: framework, cases: breakdown.groups.flatMap(\.cases)).results(ratings: [:])
        groups.append((scope, breakdown.groups.reduce(0) { $0 + $1.cases.count }, all, report.officer != nil))
        for group in groups {
            let rows: [BarChart.Row] = framework.markedKeyQuestions.compactMap { kq in
                guard let r = group.results.keyQuestion(kq.id), r.tally.applicable > 0 else { return nil }
                return BarChart.Row(label: kq.id, bars: [
                    BarChart.Bar(
                        percent: r.percent, band: r.band, indicative: Indicative.isIndicative(r.tally, subset: group.subset),
                        detail: "",
                        data: [("key-question", kq.id), ("group", group.name)]),
                ])
            }
            out.append("<figure class=\"multiple\">")
            out.append("<figcaption>\(e("\(group.name) (\(group.cases) case\(group.cases == 1 ? "" : "s"))"))</figcaption>")
            out.append(rows.isEmpty
                ? "<p class=\"muted\">No key question answered yes or no.</p>"
                : BarChart.svg(rows, thresholds: thresholds, title: "\(group.name): percent by key question", layout: .compact))
            out.append("</figure>")
        }
        out.append("</div>")
        out.append("</section>")
        return out
    }

    // MARK: - Notes

    /// The numbered notes (recorded ratings with their reasons), in standard order, and the legend.
    struct Notes {
        var numbered: [(standard: String, text: String)] = []
        var anyDiscretion = false

        init(_ report: ResultsReport) {
            let whole = report.whole ?? report.results
            for standard in report.framework.standards {
                guard let result = whole.standard(standard.id) else { continue }
                if let recorded = result.recorded {
                    if result.isDiscretion { anyDiscretion = true }
                    // The text report's note, without its "[n] " (the list numbers it).
                    let text = ResultsTables.recordedNote(standard, result, recorded, number: numbered.count + 1)
                    numbered.append((standard.id, String(text.drop { $0 != " " }.dropFirst())))
                }
                // Recorded ratings that two copies changed differently: the whole inspection's.
                if report.officer == nil, let conflict = report.ratingConflicts[standard.id] {
                    numbered.append((standard.id, ResultsTables.conflictNote(standard, conflict)))
                }
            }
        }

        /// The numbers of a standard's notes: its recorded rating's, and a conflict's.
        func numbers(of standard: String) -> [Int] { numbered.indices.filter { numbered[$0].standard == standard }.map { $0 + 1 } }

        func html(_ report: ResultsReport, thresholds: [Int]) -> [String] {
            var out = ["<section class=\"notes\">", "<h2>Notes</h2>"]
            if !numbered.isEmpty {
                out.append("<ol class=\"footnotes\">")
                for (i, note) in numbered.enumerated() {
                    out.append("<li id=\"note-\(i + 1)\">\(HTMLTable.escape(note.text))</li>")
                }
                out.append("</ol>")
            }
            out.append("<ul class=\"legend\">")
            out.append("<li>Bands: \(bandLegend(report.framework)). The dashed lines on the charts are the thresholds (\(thresholds.map { "\($0)%" }.joined(separator: ", "))); every bar is on the same scale, 0 to 100%.</li>")
            out.append("<li>Each bar: the percent of applicable cases judged sufficient (yes of yes and no); not applicable and unanswered cases are outside the percentage.</li>")
            if report.officer != nil || report.breakdown != nil {
                out.append("<li>\(HTMLTable.escape("Indicative: fewer than \(Indicative.minimumApplicableCases) applicable cases, so one case moves the percent by more than 10 points; a standard computed from a part of the sample is indicative when any of its key questions is. The whole sample's figures are never indicative."))</li>")
            }
            out += ResultsTables.subSampleNotes(report.framework).map { "<li>\(HTMLTable.escape($0))</li>" }
            out.append("</ul>")
            out.append("</section>")
            return out
        }
    }

    static func e(_ s: String) -> String { HTMLTable.escape(s) }

    /// "■ Outstanding 80%+ · ■ Good 65–79% · …", from the framework's thresholds.
    static func bandLegend(_ framework: Framework) -> String {
        let bands = framework.bands.sorted { $0.minimumPercent > $1.minimumPercent }
        return bands.enumerated().map { i, b in
            let range: String
            if i == 0 {
                range = "\(b.minimumPercent)%+"
            } else if b.minimumPercent == 0 {
                range = "under \(bands[i - 1].minimumPercent)%"
            } else {
                range = "\(b.minimumPercent)–\(bands[i - 1].minimumPercent - 1)%"
            }
            return "\(badge(b.band)) \(e(range))"
        }.joined(separator: " · ")
    }

    /// The body text's size in CSS pixels (10.5 pt printed), which the charts' text matches.
    public static let bodyFontSize = 14.0

    /// Page and print styles: A4 with 15 mm margins; a standard's chart is never split across
    /// pages; the breakdown and the figures start on new pages; colours print as shown.
    static let css = """
        @page { size: A4; margin: 15mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: \(Int(bodyFontSize))px; color: #111; margin: 2em auto; max-width: 680px; line-height: 1.35; }
        h1 { font-size: 1.6em; margin: 0 0 0.2em; }
        h2 { font-size: 1.25em; border-bottom: 2px solid #333; padding-bottom: 0.15em; margin-top: 1.4em; break-after: avoid; }
        h3 { font-size: 1.1em; margin: 1em 0 0.3em; break-after: avoid; }
        h4 { font-size: 1em; margin: 0.8em 0 0.2em; break-after: avoid; }
        .subtitle, .small, .muted { color: #444; }
        .small { font-size: 0.9em; }
        .overall { border: 2px solid #333; padding: 0.4em 0.8em; margin: 1em 0; }
        .overall-rating { font-size: 1.2em; font-weight: bold; margin: 0.3em 0; }
        .score { font-weight: normal; color: #333; }
        .badge, .rated { white-space: nowrap; }
        .badge.indicative { font-style: italic; }
        .swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #222; margin-right: 0.3em; vertical-align: -0.05em; }
        .mark { font-weight: bold; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; width: 100%; }
        th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        td.num { text-align: right; }
        tr.domain th, tr.section th { background: #e8e8e8; }
        tr.standard td { font-weight: bold; background: #f3f3f3; }
        section.standard { break-inside: avoid; page-break-inside: avoid; }
        .multiples { display: flex; flex-wrap: wrap; gap: 0.5em 20px; }
        figure.multiple { margin: 0; width: 330px; break-inside: avoid; page-break-inside: avoid; }
        figure.multiple figcaption { font-weight: bold; margin-bottom: 0.2em; }
        section.breakdown, section.figures { break-before: page; page-break-before: always; }
        ol.footnotes li { margin-bottom: 0.4em; }
        p.conflicts { border: 2px solid #b00020; padding: 0.5em 0.8em; font-weight: bold; }
        span.conflict { font-weight: bold; text-decoration: underline; }
        ul.legend li { margin-bottom: 0.3em; }
        a { color: inherit; }
        @media print { body { margin: 0; max-width: none; } }
        """
}
