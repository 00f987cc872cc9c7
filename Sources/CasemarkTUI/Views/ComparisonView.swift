import CasemarkModel

/// The results with an officer chosen: for every key question the officer's yes of applicable,
/// percent, gauge and band beside the whole sample's, and the difference in points; for every
/// standard the two computed ratings. Rows as in Annex 2, so it reads like the report.
enum ComparisonView {
    struct Row {
        var id = ""
        var text: String
        var officer: Figure?
        var sample: Figure?
        var difference = ""
        var style = Style.plain
    }

    /// Rows above and below the table: the header, the group names, the column heads; the
    /// legend, the status and the hints.
    static let top = 3
    static func legendRows(_ state: AppState) -> Int { state.height >= 16 ? 2 : 0 }

    static func bodyHeight(_ state: AppState) -> Int { max(0, state.height - top - legendRows(state) - 2) }

    static func rows(_ state: AppState) -> [Row] {
        guard let officerScoring = state.officerScoring else { return [] }
        let mine = officerScoring.results(ratings: [:])
        let whole = state.scoring.results(ratings: state.record.ratings)
        var rows: [Row] = []
        for standard in state.framework.standards where standard.ratedFrom == .cases {
            let theirs = whole.standard(standard.id)
            rows.append(Row(
                id: standard.id, text: standard.title,
                officer: Figure(standard: standard, result: mine.standard(standard.id), scoring: officerScoring, subset: true),
                sample: Figure(standard: standard, result: theirs, scoring: state.scoring, subset: false), style: .bold))
            for kq in standard.keyQuestions {
                guard let a = mine.keyQuestion(kq.id), let b = whole.keyQuestion(kq.id) else { continue }
                rows.append(Row(
                    id: "  " + kq.id, text: MarkingView.distinctiveText(kq, in: standard),
                    officer: Figure(a, subset: true), sample: Figure(b, subset: false),
                    difference: a.percent == nil || b.percent == nil
                        ? "" : KeyQuestionComparison.points(KeyQuestionComparison(id: kq.id, subset: a, whole: b).difference)))
            }
            if let recorded = theirs?.recorded {
                let kind = recorded.rating == theirs?.computed ? "recorded" : "recorded by discretion"
                rows.append(Row(text: "  whole inspection \(kind): \(recorded.rating.displayName): \(recorded.reason)", style: .dim))
            }
        }
        rows.append(Row(text: ""))
        rows.append(Row(text: "Overall (whole inspection): \(whole.overall.summary)", style: .bold))
        rows.append(Row(text: "Standard bands are computed from each side's own cases.", style: .dim))
        return rows
    }

    struct Columns {
        static let id = 8
        static let diff = 4
        let figures: FigureColumns
        let text: Int

        init(width: Int, counts: Int) {
            let fixed = Self.id + 1 + 3 + 1 + Self.diff
            figures = FigureColumns.choose(width: width, blocks: 2, fixed: fixed, counts: counts, roomyText: 25)
            let left = width - fixed - 2 * figures.block - 1
            text = left >= 12 ? left : 0
        }

        var officerX: Int { Self.id + 1 + (text > 0 ? text + 1 : 0) }
        var sampleX: Int { officerX + figures.block + 3 }
        var diffX: Int { sampleX + figures.block + 1 }
        var width: Int { diffX + Self.diff }
    }

    static func columns(_ state: AppState, _ rows: [Row]) -> Columns {
        let counts = rows.reduce(7) { max($0, CellWidth.of($1.officer?.counts ?? ""), CellWidth.of($1.sample?.counts ?? "")) }
        return Columns(width: state.width, counts: counts)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let officer = state.officerScope else { return }
        let all = rows(state)
        let columns = columns(state, all)
        let summary = Officers.find(officer, in: state.cases)
        Chrome.header(&buffer, row: 0, left: "Results · \(officer) beside the whole sample",
                      right: state.readOnly ? "READ-ONLY" : "")
        // The two sides' names over their figures.
        // The longest naming that fits: a count is left out whole rather than cut.
        let grade = summary.map { $0.grades.isEmpty ? "" : $0.grades.joined(separator: "/") + ", " } ?? ""
        // Her own cases: chosen on the results, the list behind is not narrowed to them.
        let count = summary?.caseCount ?? state.visibleCaseCount
        let mine = "\(count) case\(count == 1 ? "" : "s")"
        let officerRoom = columns.figures.block + 1
        buffer.put(TextLayout.firstFitting(["\(officer) (\(grade)\(mine))", "\(officer) (\(mine))", officer], in: officerRoom),
                   x: columns.officerX, y: 1, limit: officerRoom, style: .bold)
        buffer.put("│", x: columns.sampleX - 2, y: 1, style: .dim)
        let sampleRoom = max(0, buffer.width - columns.sampleX)
        buffer.put(TextLayout.firstFitting(["Whole sample (\(state.cases.count) cases)", "Whole sample", "Sample"], in: sampleRoom),
                   x: columns.sampleX, y: 1, limit: sampleRoom, style: .bold)
        buffer.put(TextLayout.fit(columns.text > 0 ? "Standard / key question" : "", to: columns.officerX), x: 0, y: 2,
                   style: Style(underline: true))
        columns.figures.heads(&buffer, x: columns.officerX, y: 2)
        buffer.put("│", x: columns.sampleX - 2, y: 2, style: .dim)
        columns.figures.heads(&buffer, x: columns.sampleX, y: 2)
        buffer.put(TextLayout.fitRight("Diff", to: Columns.diff), x: columns.diffX, y: 2, style: Style(underline: true))

        let height = bodyHeight(state)
        let scroll = max(0, min(state.resultsScroll, all.count - height))
        for (offset, row) in all.dropFirst(scroll).prefix(height).enumerated() {
            let y = top + offset
            guard let officerFigure = row.officer, let sampleFigure = row.sample else {
                buffer.put(row.text, x: 0, y: y, style: row.style)
                continue
            }
            buffer.put(TextLayout.fit(row.id, to: Columns.id), x: 0, y: y, style: row.style)
            columns.figures.draw(officerFigure, &buffer, x: columns.officerX, y: y, bold: row.style.bold)
            if columns.text > 0 {
                buffer.put(TextLayout.fit(row.text, to: columns.text), x: Columns.id + 1, y: y, style: row.style)
            } else if officerFigure.counts.isEmpty {
                // With no room for wording, a standard's title goes where its key questions'
                // counts and gauges are, short of its band.
                let end = columns.officerX + columns.figures.block - columns.figures.band - 1
                buffer.put(row.text, x: Columns.id + 1, y: y, limit: max(0, end - Columns.id - 1), style: row.style)
            }
            buffer.put("│", x: columns.sampleX - 2, y: y, style: .dim)
            columns.figures.draw(sampleFigure, &buffer, x: columns.sampleX, y: y, bold: row.style.bold)
            buffer.put(TextLayout.fitRight(row.difference, to: Columns.diff), x: columns.diffX, y: y)
        }
        buffer.cursor = Position(x: 0, y: min(top, max(0, buffer.height - 1)))
        let legendRows = legendRows(state)
        if legendRows > 0 {
            let legend = columns.figures.legend(diff: "Diff: officer's % minus sample's", width: buffer.width)
            for (i, line) in legend.prefix(legendRows).enumerated() {
                buffer.put(line, x: 0, y: buffer.height - 2 - legendRows + i, style: .dim)
            }
        }
        Chrome.status(&buffer, state, row: buffer.height - 2)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: buffer.height - 1)
    }
}
