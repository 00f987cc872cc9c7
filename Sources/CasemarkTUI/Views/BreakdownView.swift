import CasemarkModel

/// `b` on the results: the whole inspection broken down by officer grade (PO and PSO, as HMIP's
/// annual report does), by officer or by sample. Under each standard and key question, one line
/// per group with its figures and its difference from the whole sample, then the whole sample's.
enum BreakdownView {

    struct Columns {
        static let diff = 4
        let label: Int
        let figures: FigureColumns

        init(width: Int, rows: [BreakdownPage.Row]) {
            let widest = rows.filter { $0.figure != nil }.reduce(12) { max($0, CellWidth.of($1.label + $1.count)) }
            label = min(24, widest, max(8, width / 3))
            let counts = rows.reduce(7) { max($0, CellWidth.of($1.figure?.counts ?? "")) }
            figures = FigureColumns.choose(width: width, blocks: 1, fixed: 4 + label + 1 + 1 + Self.diff, counts: counts)
        }

        var figureX: Int { 4 + label + 1 }
        var diffX: Int { figureX + figures.block + 1 }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, by dimension: BreakdownDimension) {
        let all = BreakdownPage.rows(state, by: dimension)
        let columns = Columns(width: buffer.width, rows: all)
        let title = "Results \(ResultsMode.breakdown(dimension).title)"
        let right = state.readOnly ? "READ-ONLY" : ""
        let room = buffer.width - (right.isEmpty ? 0 : CellWidth.of(right) + 2)
        Chrome.header(&buffer, row: 0, left: TextLayout.firstFitting(
            ["\(title) · whole inspection, \(state.session.cases.count) cases", "\(title) · \(state.session.cases.count) cases", title], in: room),
                      right: right)
        buffer.put(TextLayout.fit("    Group (cases)", to: columns.figureX), x: 0, y: 1, style: Style(underline: true))
        columns.figures.heads(&buffer, x: columns.figureX, y: 1)
        buffer.put(TextLayout.fitRight("Diff", to: Columns.diff), x: columns.diffX, y: 1, style: Style(underline: true))
        let height = BreakdownPage.bodyHeight(state)
        let scroll = max(0, min(state.results.scroll, all.count - height))
        for (offset, row) in all.dropFirst(scroll).prefix(height).enumerated() {
            let y = 2 + offset
            guard let figure = row.figure else {
                buffer.put(row.label, x: row.indent, y: y, style: row.style)
                continue
            }
            buffer.put(TextLayout.fit(row.label, keeping: row.count, to: columns.label), x: row.indent, y: y, style: row.style)
            columns.figures.draw(figure, &buffer, x: columns.figureX, y: y, bold: row.style.bold)
            buffer.put(TextLayout.fitRight(row.difference, to: Columns.diff), x: columns.diffX, y: y)
        }
        buffer.cursor = Position(x: 0, y: min(2, max(0, buffer.height - 1)))
        if BreakdownPage.legendRows(state) > 0 {
            let legend = columns.figures.legend(diff: "Diff: points from the whole sample", width: buffer.width)
            buffer.put(legend.joined(separator: " · "), x: 0, y: buffer.height - 3, style: .dim)
        }
        Chrome.status(&buffer, state, row: buffer.height - 2)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: buffer.height - 1)
    }
}
