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

/// How a table is drawn as plain text: aligned columns measured in terminal cells, so that names
/// such as 李 小龙 (two cells a character) do not push the columns out of line.
enum TextTable {
    static func render(_ tables: [ReportTable]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    static func render(_ table: ReportTable) -> String {
        func cells(_ row: ReportTable.Row) -> [String]? {
            switch row {
            case .section: nil
            case .standard(let c), .keyQuestion(let c): c
            }
        }
        let clipped: [[String]?] = table.rows.map { row in
            cells(row).map { values in
                values.enumerated().map { i, v in
                    guard i < table.columns.count, let max = table.columns[i].maxTextWidth else { return v }
                    return clip(v, to: max)
                }
            }
        }
        var widths = table.columns.map { width($0.name) }
        for row in clipped {
            for (i, v) in (row ?? []).enumerated() where i < widths.count { widths[i] = max(widths[i], width(v)) }
        }
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (i, column) in table.columns.enumerated() {
                let v = i < values.count ? values[i] : ""
                let pad = String(repeating: " ", count: max(0, widths[i] - width(v)))
                parts.append(column.alignRight ? pad + v : v + pad)
            }
            return trimTrailing(parts.joined(separator: "  "))
        }
        let total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        var out: [String] = [table.title, String(repeating: "=", count: min(width(table.title), total))]
        out += table.subtitle
        out.append("")
        out.append(line(table.columns.map(\.name)))
        out.append(String(repeating: "-", count: total))
        for (row, cells) in zip(table.rows, clipped) {
            switch row {
            case .section(let heading):
                if out.last != String(repeating: "-", count: total) { out.append("") }
                out.append(heading)
            default:
                out.append(line(cells ?? []))
            }
        }
        if !table.summary.isEmpty {
            out.append(String(repeating: "-", count: total))
            out += table.summary
        }
        if !table.notes.isEmpty {
            out.append("")
            out += table.notes
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Terminal cells a string takes: East Asian wide characters take two, combining marks none.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || v == 0x200B || v == 0x200D
        {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    /// Cut to at most `limit` cells, ending in "…" when cut.
    static func clip(_ s: String, to limit: Int) -> String {
        guard width(s) > limit else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = width(String(ch))
            if used + w > limit - 1 { break }
            out.append(ch)
            used += w
        }
        return trimTrailing(out) + "…"
    }
}
