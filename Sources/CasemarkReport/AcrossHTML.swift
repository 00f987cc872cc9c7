import CasemarkModel

/// `report --across --format html`: the page one inspection's HTML report is (inline CSS and SVG,
/// no script, nothing fetched, printable), for many inspections: each inspection's ratings side
/// by side as a table, then the pooled key questions as bar charts (the same bars, scale and
/// thresholds as one inspection's, drawn by `HTMLReport` and `BarChart`), the breakdown's small
/// multiples with `--by`, and the figures as tables.
enum AcrossHTML {
    static func render(_ report: AcrossReport) -> String {
        let title = "\(report.title): inspection results"
        // The pool read as one inspection without recorded ratings: its charts are drawn as one
        // inspection's are.
        let pooled = ResultsReport(
            provider: report.title, framework: report.framework, officer: nil, caseCounts: report.caseCounts,
            results: report.results, whole: nil, breakdown: report.breakdown)
        let thresholds = report.framework.bands.map(\.minimumPercent).filter { $0 > 0 }.sorted()
        let notes = HTMLReport.Notes(pooled)
        func demoted(_ lines: [String]) -> [String] {
            lines.map { $0.hasPrefix("<h1>") ? "<h3>" + $0.dropFirst(4).dropLast(5) + "</h3>" : $0 }
        }
        var body: [String] = [
            "<header>",
            "<h1>\(HTMLTable.escape(title))</h1>",
            "<p class=\"subtitle\">Framework \(HTMLTable.escape(report.framework.id)). Cases: \(HTMLTable.escape(report.caseCountSummary)).</p>",
            "</header>",
            "<section class=\"inspections\">",
            "<h2>Each inspection's ratings</h2>",
        ]
        body += demoted(HTMLTable.render(AcrossTables.sideBySide(report))).filter { !$0.hasPrefix("<h3>") }
        body.append("</section>")
        body.append("<p class=\"small\">\(HTMLTable.escape("The charts below pool every case of every inspection: each key question's counts are added up and its percent worked out from the totals; a standard is the lowest band among its pooled key questions. Recorded ratings belong to one inspection and are not applied to the pool."))</p>")
        body += HTMLReport.charts(pooled, thresholds: thresholds, notes: notes)
        body += notes.html(pooled, thresholds: thresholds)
        if let breakdown = report.breakdown {
            body += HTMLReport.smallMultiples(breakdown, report: pooled, thresholds: thresholds)
        }
        body.append("<section class=\"figures\">")
        body.append("<h2>The figures</h2>")
        body += demoted(AcrossTables.tables(report).dropFirst().flatMap(HTMLTable.render))
        body.append("</section>")
        return HTMLPage.render(title: title, styles: [HTMLReport.css, BarChart.css], body: body)
    }
}
