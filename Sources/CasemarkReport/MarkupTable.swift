import CasemarkText

/// Markdown and HTML drawings of a report table, with every cell escaped for its format.
enum MarkdownTable {
    static func render(_ tables: [ReportTable]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    static func render(_ table: ReportTable) -> String {
        var out = ["# \(inline(table.title))", ""]
        if !table.subtitle.isEmpty {
            out += table.subtitle.map { inline($0) + "  " }
            out.append("")
        }
        out.append("| " + table.columns.map { cell($0.name) }.joined(separator: " | ") + " |")
        out.append("|" + table.columns.map { $0.alignRight ? "---:|" : "---|" }.joined())
        for row in table.rows {
            switch row {
            case .section(let heading):
                var cells = ["**\(cell(heading))**"]
                cells += Array(repeating: "", count: max(0, table.columns.count - 1))
                out.append("| " + cells.joined(separator: " | ") + " |")
            case .standard(let values):
                out.append("| " + values.map { $0.isEmpty ? "" : "**\(cell($0))**" }.joined(separator: " | ") + " |")
            case .keyQuestion(let values):
                out.append("| " + values.map(cell).joined(separator: " | ") + " |")
            }
        }
        if !table.summary.isEmpty {
            out.append("")
            out += table.summary.map { "**\(inline($0))**" }
        }
        if !table.notes.isEmpty {
            out.append("")
            out += table.notes.map { "- " + inline($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text that Markdown would otherwise read as markup: backslash-escaped; a line break read as
    /// the space Markdown makes of it, and any other control character spelled out (`\u{1B}`),
    /// as Markdown is read in terminals too.
    static func inline(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
                out += "\\\(ch)"
            case "\n", "\r", "\r\n":
                out += " "
            default:
                out.append(ch)
            }
        }
        return VisibleText.line(out)
    }

    static func cell(_ s: String) -> String { inline(s.trimmingLeadingSpaces) }
}

enum HTMLTable {
    static func render(_ tables: [ReportTable], title: String) -> String {
        let styles = [
            "body { font-family: sans-serif; margin: 2em; }",
            "table { border-collapse: collapse; margin-bottom: 1em; }",
            "th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }",
            "td.num { text-align: right; }",
            "tr.section th { background: #ddd; }",
            "tr.standard td { font-weight: bold; background: #f3f3f3; }",
        ]
        return HTMLPage.render(title: title, styles: styles, body: tables.flatMap(render), fitsSmallScreens: false)
    }

    static func render(_ table: ReportTable) -> [String] {
        var out = ["<h1>\(escape(table.title))</h1>"]
        out += table.subtitle.map { "<p>\(escape($0))</p>" }
        out.append("<table>")
        out.append("<thead><tr>" + table.columns.map { "<th scope=\"col\">\(escape($0.name))</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        func cells(_ values: [String]) -> String {
            values.enumerated().map { i, v in
                let numeric = i < table.columns.count && table.columns[i].alignRight
                return (numeric ? "<td class=\"num\">" : "<td>") + escape(v.trimmingLeadingSpaces) + "</td>"
            }.joined()
        }
        for row in table.rows {
            switch row {
            case .section(let heading):
                out.append("<tr class=\"section\"><th colspan=\"\(table.columns.count)\" scope=\"rowgroup\">\(escape(heading))</th></tr>")
            case .standard(let values):
                out.append("<tr class=\"standard\">\(cells(values))</tr>")
            case .keyQuestion(let values):
                out.append("<tr>\(cells(values))</tr>")
            }
        }
        out.append("</tbody>")
        out.append("</table>")
        out += table.summary.map { "<p><strong>\(escape($0))</strong></p>" }
        if !table.notes.isEmpty {
            out.append("<ul>")
            out += table.notes.map { "<li>\(escape($0))</li>" }
            out.append("</ul>")
        }
        return out
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // A NUL, or any other control character or bidirectional control, never reaches
                // the page: HTML forbids them (a browser shows NUL as U+FFFD, and an override
                // reorders the text around it), so each is spelled out, as on a terminal.
                if ch.unicodeScalars.contains(where: { VisibleText.isSpelledOut($0) && !["\n", "\r", "\t"].contains($0) }) {
                    out += VisibleText.line(String(ch))
                } else {
                    out.append(ch)
                }
            }
        }
        return out
    }
}

extension String {
    /// Indentation is for text output only.
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
