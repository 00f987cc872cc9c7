import CasemarkText

/// How a table is drawn as plain text: aligned columns measured in terminal cells, so that names
/// such as 李 小龙 (two cells a character) do not push the columns out of line. Every cell, title
/// and note is text for a terminal: control characters are spelled out (`VisibleText.line`), so
/// a name with a line feed in it stays on its own row.
///
/// Without a width the table takes the width its cells need (for files and pipes). With one (a
/// terminal's), the column with a `maxTextWidth` (the key questions' wording) gives up cells until
/// the table fits, and prose (titles, notes) is wrapped; the figures are never cut.
enum TextTable {
    /// Wording cut shorter than this is hard to recognise; `fits` asks for at least this much.
    static let comfortableWording = 30
    /// The wording is never cut shorter than this ("  2.1.1 Do…"), even if the table overflows.
    static let minimumWording = 12

    static func render(_ tables: [ReportTable], width: Int? = nil) -> String {
        tables.flatMap { table in width.map { parts(table, width: $0) } ?? [table] }
            .map { render($0, width: width) }.joined(separator: "\n")
    }

    /// A table too wide for `width` even with its wording cut short (a breakdown by ten officers
    /// is 170 columns) is split into parts, side by side columns first, as a wide data frame is
    /// printed: each part has the first column, as many of the groups as fit with the wording
    /// still readable (at least one), and the last column (all the cases) again; the notes come
    /// after the last part. A table that fits is one part.
    static func parts(_ table: ReportTable, width: Int) -> [ReportTable] {
        // Only a breakdown: the figures of the results table belong together on one line.
        guard table.repeatsLastColumn, table.columns.count > 3,
            layout(table, width: width, floor: minimumWording).total > width
        else { return [table] }
        let last = table.columns.count - 1
        let middle = Array(1..<last)
        func part(_ chosen: [Int]) -> ReportTable {
            let keep = [0] + chosen + [last]
            var part = table
            part.columns = keep.map { table.columns[$0] }
            part.rows = table.rows.map { row in
                switch row {
                case .section: row
                case .standard(let v): .standard(keep.map { $0 < v.count ? v[$0] : "" })
                case .keyQuestion(let v): .keyQuestion(keep.map { $0 < v.count ? v[$0] : "" })
                }
            }
            return part
        }
        var groups: [[Int]] = []
        var current: [Int] = []
        for column in middle {
            if !current.isEmpty, !fits(part(current + [column]), width: width) {
                groups.append(current)
                current = []
            }
            current.append(column)
        }
        groups.append(current)
        guard groups.count > 1 else { return [table] }
        return groups.enumerated().map { n, chosen in
            var p = part(chosen)
            p.title = "\(table.title) (part \(n + 1) of \(groups.count))"
            if n > 0 { p.subtitle = [] }
            if n < groups.count - 1 {
                p.summary = []
                p.notes = []
            }
            return p
        }
    }

    /// Whether the table fits in `width` cells with its wording no shorter than `comfortableWording`.
    static func fits(_ table: ReportTable, width: Int) -> Bool {
        layout(table, width: width, floor: comfortableWording).total <= width
    }

    static func render(_ table: ReportTable, width limit: Int? = nil) -> String {
        let (names, cells, widths, total) = layout(table, width: limit, floor: minimumWording)
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (i, column) in table.columns.enumerated() {
                parts.append(TextLayout.padded(i < values.count ? values[i] : "", to: widths[i], alignRight: column.alignRight))
            }
            return TextLayout.trimmingTrailingSpaces(parts.joined(separator: "  "))
        }
        /// Prose as it is, or wrapped to the width: notes such as "[5] …" continue under their text.
        func prose(_ text: String, indent: Int = 2) -> [String] {
            let text = VisibleText.line(text)
            guard let limit else { return [text] }
            return TextLayout.wrap(text, to: limit, hangingIndent: noteMarker(text).map { $0.count + 1 } ?? indent)
        }
        let rule = String(repeating: "-", count: total)
        let title = prose(table.title, indent: 0)
        let underline = min(title.map { CellWidth.of($0) }.max() ?? 0, total, limit ?? .max)
        var out = title + [String(repeating: "=", count: underline)]
        out += table.subtitle.flatMap { prose($0) }
        out.append("")
        out.append(line(names))
        out.append(rule)
        for (row, values) in zip(table.rows, cells) {
            switch row {
            case .section(let heading):
                if out.last != rule { out.append("") }
                out += prose(heading)
            default:
                out.append(line(values ?? []))
            }
        }
        if !table.summary.isEmpty {
            out.append(rule)
            out += table.summary.flatMap { prose($0) }
        }
        if !table.notes.isEmpty {
            out.append("")
            out += table.notes.flatMap { prose($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "[5]", "*" or "~" when a note starts with one of these and a space.
    static func noteMarker(_ text: String) -> Substring? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        let marker = text[..<space]
        if marker == "*" || marker == "~" { return marker }
        let digits = marker.dropFirst().dropLast()
        guard marker.first == "[", marker.last == "]", !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber)
        else { return nil }
        return marker
    }

    /// For each key-question row ("  2.1.1 Does assessment focus …"), its first cell with the
    /// leading words it shares with the other key questions of its standard (the rows between two
    /// standard rows) left out.
    static func distinctWording(_ table: ReportTable) -> [Int: String] {
        var result: [Int: String] = [:]
        var group: [(row: Int, lead: String, text: String)] = []
        func flush() {
            let tails = DistinctWording.tails(group.map(\.text))
            for (member, tail) in zip(group, tails) where tail != member.text { result[member.row] = member.lead + tail }
            group = []
        }
        for (r, row) in table.rows.enumerated() {
            guard case .keyQuestion(let values) = row, let first = values.first else {
                flush()
                continue
            }
            // "  2.1.1 Does …": the indent and id lead, the wording follows.
            let indent = first.prefix { $0 == " " }
            let rest = first.dropFirst(indent.count)
            guard let space = rest.firstIndex(of: " ") else { continue }
            group.append((r, String(indent) + String(rest[...space]), String(rest[rest.index(after: space)...])))
        }
        flush()
        return result
    }

    /// The header and cells as drawn (long wording cut with "…"), each column's width and the
    /// whole line's. Given a width, the wording column shrinks towards `floor` until the line fits.
    static func layout(_ table: ReportTable, width limit: Int?, floor: Int)
        -> (names: [String], cells: [[String]?], widths: [Int], total: Int)
    {
        let distinct = distinctWording(table)
        func cut(_ maxWidths: [Int?]) -> (names: [String], cells: [[String]?], widths: [Int], total: Int) {
            func clip(_ v: String, _ i: Int, short: String? = nil) -> String {
                let v = VisibleText.line(v)
                guard i < maxWidths.count, let max = maxWidths[i] else { return v }
                // Cut wording starts where it differs from its neighbours' ("2.1.1 …engaging the
                // service user?"), not with the words they all share.
                if let short, CellWidth.of(v) > max { return TextLayout.clip(VisibleText.line(short), to: max) }
                return TextLayout.clip(v, to: max)
            }
            let names = table.columns.enumerated().map { i, c in clip(c.name, i) }
            let cells: [[String]?] = table.rows.enumerated().map { r, row in
                switch row {
                case .section: nil
                case .standard(let values), .keyQuestion(let values):
                    values.enumerated().map { i, v in clip(v, i, short: i == 0 ? distinct[r] : nil) }
                }
            }
            var widths = names.map { CellWidth.of($0) }
            for row in cells {
                for (i, v) in (row ?? []).enumerated() where i < widths.count { widths[i] = max(widths[i], CellWidth.of(v)) }
            }
            return (names, cells, widths, widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        }
        var maxWidths = table.columns.map(\.maxTextWidth)
        let full = cut(maxWidths)
        guard let limit, full.total > limit,
            let wording = table.columns.firstIndex(where: { $0.maxTextWidth != nil })
        else { return full }
        let shrunk = max(min(floor, full.widths[wording]), full.widths[wording] - (full.total - limit))
        maxWidths[wording] = shrunk
        return cut(maxWidths)
    }
}
