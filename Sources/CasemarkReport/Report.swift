import CasemarkModel

/// Renders a results report in any of the formats.
public enum Report {
    public static func render(_ report: ResultsReport, format: ReportFormat) throws -> String {
        switch format {
        case .json: return JSONReport.render(report)
        case .csv: return try CSVReport.render(report)
        case .text: return TextTable.render(ResultsTables.tables(report))
        case .markdown: return MarkdownTable.render(ResultsTables.tables(report))
        case .html:
            let title = report.officer.map { "\(report.provider): \($0.name)" } ?? "\(report.provider): inspection results"
            return HTMLTable.render(ResultsTables.tables(report), title: title)
        }
    }

    /// The format-neutral tables behind text, Markdown and HTML.
    public static func tables(_ report: ResultsReport) -> [ReportTable] { ResultsTables.tables(report) }
}
