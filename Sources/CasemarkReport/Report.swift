import CasemarkModel

/// Renders a results report in any of the formats.
public enum Report {
    /// `width` is the terminal's, in cells, for text drawn on a screen: the key questions' wording
    /// is cut shorter and the notes wrapped to fit it. Without one (a file, a pipe, the other
    /// formats) nothing depends on the screen.
    public static func render(_ report: ResultsReport, format: ReportFormat, width: Int? = nil) throws -> String {
        switch format {
        case .json: return JSONReport.render(report)
        case .csv: return try CSVReport.render(report)
        case .text:
            let tables = ResultsTables.tables(report)
            guard let width else { return TextTable.render(tables) }
            // A table that leaves too little room for the wording is drawn in its narrow layout.
            let narrow = ResultsTables.tables(report, narrow: true)
            let chosen = zip(tables, narrow).map { TextTable.fits($0, width: width) ? $0 : $1 }
            return TextTable.render(chosen, width: width)
        case .markdown: return MarkdownTable.render(ResultsTables.tables(report))
        case .html: return HTMLReport.render(report)
        }
    }

    /// The format-neutral tables behind text, Markdown and HTML.
    public static func tables(_ report: ResultsReport) -> [ReportTable] { ResultsTables.tables(report) }
}
