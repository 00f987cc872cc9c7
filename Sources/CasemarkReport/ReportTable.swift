/// A report as a format-neutral table: title, rows (section headings and cells), the overall line
/// and numbered notes. Text, Markdown and HTML are all drawn from the same table, so they never
/// disagree about what is shown.
public struct ReportTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public var alignRight: Bool
        /// Text output cuts longer cells with "…" (Markdown and HTML keep them whole).
        public var maxTextWidth: Int?

        public init(_ name: String, alignRight: Bool = false, maxTextWidth: Int? = nil) {
            self.name = name
            self.alignRight = alignRight
            self.maxTextWidth = maxTextWidth
        }
    }

    public enum Row: Sendable, Equatable {
        /// A heading across the table ("Domain 2: Case supervision").
        case section(String)
        /// A standard's row: shown stronger than its key questions.
        case standard([String])
        case keyQuestion([String])
    }

    public var title: String
    public var subtitle: [String]
    public var columns: [Column]
    public var rows: [Row]
    /// Lines after the table, such as the overall rating.
    public var summary: [String]
    /// Footnotes and legends, in order.
    public var notes: [String]
    /// A breakdown, whose last column (all the cases) each group is read against: where the text
    /// table is too wide for the width it is split into parts, that column repeated in each.
    public var repeatsLastColumn = false

    public init(
        title: String, subtitle: [String] = [], columns: [Column], rows: [Row] = [],
        summary: [String] = [], notes: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.rows = rows
        self.summary = summary
        self.notes = notes
    }
}
