import CasemarkModel

/// `b` on the results: the whole inspection broken down by officer grade (PO and PSO, as HMIP's
/// annual report does), by officer or by sample. Under each standard and key question, one line
/// per group with its figures and its difference from the whole sample, then the whole sample's.
enum BreakdownView {
    struct Row {
        var label: String
        /// The group's number of cases, " (148)": kept whole when the label is cut.
        var count = ""
        var figure: Figure?
        var difference = ""
        var style = Style.plain
        var indent = 0
    }

    static func legendRows(_ state: AppState) -> Int { state.height >= 16 ? 1 : 0 }

    static func bodyHeight(_ state: AppState) -> Int { max(0, state.height - 2 - legendRows(state) - 2) }

    static func rows(_ state: AppState, by dimension: BreakdownDimension) -> [Row] {
        let breakdown = Breakdown(framework: state.framework, cases: state.cases, by: dimension)
        let whole = state.scoring.results(ratings: [:])
        let groups = breakdown.groups.map { (group: $0, results: $0.results) }
        let chosen = state.officerScope?.matchKey
        func label(_ group: Breakdown.Group) -> String {
            let name = dimension == .sample ? Chrome.sampleTitle(group.name, state.framework) : group.name
            let mark = dimension == .officer && group.name.matchKey == chosen ? "• " : ""
            return "\(mark)\(name)"
        }
        func count(_ group: Breakdown.Group) -> String { " (\(group.cases.count))" }
        func style(_ group: Breakdown.Group) -> Style {
            dimension == .officer && group.name.matchKey == chosen ? .bold : .plain
        }
        let wholeLabel = "Whole sample"
        let wholeCount = " (\(state.cases.count))"
        // A sample is the whole of the sample for its own key questions, so its bands are the
        // inspection's; a grade or an officer is a part, and small parts are only indicative.
        let subset = dimension != .sample
        var rows: [Row] = []
        for standard in state.framework.standards where standard.ratedFrom == .cases {
            guard let sample = standard.sample else { continue }
            let present = groups.filter { ($0.group.scoring.caseCounts[sample] ?? 0) > 0 }
            rows.append(Row(label: "\(standard.id) \(standard.title)", style: Style(bold: true, underline: true)))
            for (group, results) in present {
                rows.append(Row(
                    label: label(group), count: count(group),
                    figure: Figure(standard: standard, result: results.standard(standard.id), scoring: group.scoring, subset: subset),
                    style: style(group), indent: 4))
            }
            if present.count != 1 {
                rows.append(Row(label: wholeLabel, count: wholeCount, figure: Figure(standard: standard, result: whole.standard(standard.id), scoring: state.scoring, subset: false), style: .dim, indent: 4))
            }
            for kq in standard.keyQuestions {
                guard let all = whole.keyQuestion(kq.id) else { continue }
                // Too long for the window, the wording starts where it differs from its neighbours'.
                let whole = "\(kq.id) \(kq.text)"
                let wording = CellWidth.of(whole) + 2 <= state.width ? whole : "\(kq.id) \(state.shortWording[kq.id] ?? kq.text)"
                rows.append(Row(label: wording, style: .bold, indent: 2))
                for (group, results) in present {
                    guard let r = results.keyQuestion(kq.id) else { continue }
                    let difference = r.percent == nil || all.percent == nil || present.count == 1
                        ? "" : KeyQuestionComparison.points(KeyQuestionComparison(id: kq.id, subset: r, whole: all).difference)
                    rows.append(Row(label: label(group), count: count(group), figure: Figure(r, subset: subset), difference: difference, style: style(group), indent: 4))
                }
                if present.count != 1 {
                    rows.append(Row(label: wholeLabel, count: wholeCount, figure: Figure(all, subset: false), style: .dim, indent: 4))
                }
            }
        }
        return rows
    }

    struct Columns {
        static let diff = 4
        let label: Int
        let figures: FigureColumns

        init(width: Int, rows: [Row]) {
            let widest = rows.filter { $0.figure != nil }.reduce(12) { max($0, CellWidth.of($1.label + $1.count)) }
            label = min(24, widest, max(8, width / 3))
            let counts = rows.reduce(7) { max($0, CellWidth.of($1.figure?.counts ?? "")) }
            figures = FigureColumns.choose(width: width, blocks: 1, fixed: 4 + label + 1 + 1 + Self.diff, counts: counts)
        }

        var figureX: Int { 4 + label + 1 }
        var diffX: Int { figureX + figures.block + 1 }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, by dimension: BreakdownDimension) {
        let all = rows(state, by: dimension)
        let columns = Columns(width: buffer.width, rows: all)
        let title = "Results \(ResultsMode.breakdown(dimension).title)"
        let right = state.readOnly ? "READ-ONLY" : ""
        let room = buffer.width - (right.isEmpty ? 0 : CellWidth.of(right) + 2)
        Chrome.header(&buffer, row: 0, left: TextLayout.firstFitting(
            ["\(title) · whole inspection, \(state.cases.count) cases", "\(title) · \(state.cases.count) cases", title], in: room),
                      right: right)
        buffer.put(TextLayout.fit("    Group (cases)", to: columns.figureX), x: 0, y: 1, style: Style(underline: true))
        columns.figures.heads(&buffer, x: columns.figureX, y: 1)
        buffer.put(TextLayout.fitRight("Diff", to: Columns.diff), x: columns.diffX, y: 1, style: Style(underline: true))
        let height = bodyHeight(state)
        let scroll = max(0, min(state.resultsScroll, all.count - height))
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
        if legendRows(state) > 0 {
            let legend = columns.figures.legend(diff: "Diff: points from the whole sample", width: buffer.width)
            buffer.put(legend.joined(separator: " · "), x: 0, y: buffer.height - 3, style: .dim)
        }
        Chrome.status(&buffer, state, row: buffer.height - 2)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: buffer.height - 1)
    }
}
