import CasemarkModel

/// The results with an officer chosen: for every key question the officer's yes of applicable,
/// percent, gauge and band beside the whole sample's, and the difference in points; for every
/// standard the two computed ratings. Rows as in Annex 2, so it reads like the report.
enum ComparisonView {

    /// Where each part of a row goes. The figures are as rich as the width allows; when even the
    /// two-letter bands leave no room for "2 of 3", the counts are written "2/3" and the Diff
    /// column (which the eye can take from the two percents) gives way first, then the whole
    /// sample's counts, and the officer's last: hers rest on few cases, so her percent means
    /// little without them.
    struct Columns {
        static let id = 8
        let officer: FigureColumns
        let sample: FigureColumns
        /// 4, or 0 where there is no room for the difference.
        let diff: Int
        let text: Int

        init(width: Int, counts: Int, officerShort: Int = 0, sampleShort: Int = 0) {
            let fixed = Self.id + 1 + 3 + 1 + 4
            let figures = FigureColumns.choose(width: width, blocks: 2, fixed: fixed, counts: counts, roomyText: 25)
            var plan = (officer: figures, sample: figures, diff: 4)
            if figures.counts == 0 {
                let mine = FigureColumns(counts: officerShort, gauge: 0, band: 4, shortCounts: true)
                let theirs = FigureColumns(counts: sampleShort, gauge: 0, band: 4, shortCounts: true)
                let bare = FigureColumns(counts: 0, gauge: 0, band: 4)
                let narrower = [(mine, theirs, 4), (mine, theirs, 0), (mine, bare, 4), (mine, bare, 0)]
                if let fits = narrower.first(where: { Self.id + 1 + $0.0.block + 3 + $0.1.block + ($0.2 > 0 ? 1 + $0.2 : 0) <= width }) {
                    plan = (fits.0, fits.1, fits.2)
                }
            }
            officer = plan.officer
            sample = plan.sample
            diff = plan.diff
            let left = width - (Self.id + 1) - officer.block - 3 - sample.block - (diff > 0 ? 1 + diff : 0) - 1
            text = left >= 12 ? left : 0
        }

        var officerX: Int { Self.id + 1 + (text > 0 ? text + 1 : 0) }
        var sampleX: Int { officerX + officer.block + 3 }
        var diffX: Int { sampleX + sample.block + 1 }
        var width: Int { diffX + diff }
    }

    static func columns(_ state: AppState, _ rows: [ComparisonPage.Row]) -> Columns {
        let counts = rows.reduce(7) { max($0, CellWidth.of($1.officer?.counts ?? ""), CellWidth.of($1.sample?.counts ?? "")) }
        let officerShort = rows.reduce(3) { max($0, CellWidth.of($1.officer?.shortCounts ?? "")) }
        let sampleShort = rows.reduce(3) { max($0, CellWidth.of($1.sample?.shortCounts ?? "")) }
        return Columns(width: state.width, counts: counts, officerShort: officerShort, sampleShort: sampleShort)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let officer = state.session.officerScope else { return }
        let all = ComparisonPage.rows(state)
        let columns = columns(state, all)
        let summary = Officers.find(officer, in: state.session.cases)
        Chrome.header(&buffer, row: 0, left: "Results · \(officer) beside the whole sample",
                      right: state.readOnly ? "READ-ONLY" : "")
        // The two sides' names over their figures.
        // The longest naming that fits: a count is left out whole rather than cut.
        let grade = summary.map { $0.grades.isEmpty ? "" : $0.grades.joined(separator: "/") + ", " } ?? ""
        // All her cases (the list behind may be filtered further).
        let count = summary?.caseCount ?? state.session.visibleCaseCount
        let mine = "\(count) case\(count == 1 ? "" : "s")"
        let officerRoom = columns.officer.block + 1
        // Never the count cut off: a shortened name keeps it.
        let shortName = TextLayout.fit(officer, keeping: " (\(count))", to: officerRoom)
        buffer.put(TextLayout.firstFitting(["\(officer) (\(grade)\(mine))", "\(officer) (\(mine))", "\(officer) (\(count))", shortName], in: officerRoom),
                   x: columns.officerX, y: 1, limit: officerRoom, style: .bold)
        buffer.put("│", x: columns.sampleX - 2, y: 1, style: .dim)
        let sampleRoom = max(0, buffer.width - columns.sampleX)
        let n = state.session.cases.count
        buffer.put(TextLayout.firstFitting(["Whole sample (\(n) cases)", "Whole sample (\(n))", "Sample (\(n))", "All (\(n))", "Sample", "All"], in: sampleRoom),
                   x: columns.sampleX, y: 1, limit: sampleRoom, style: .bold)
        buffer.put(TextLayout.fit(columns.text > 0 ? "Standard / key question" : "", to: columns.officerX), x: 0, y: 2,
                   style: Style(underline: true))
        columns.officer.heads(&buffer, x: columns.officerX, y: 2)
        buffer.put("│", x: columns.sampleX - 2, y: 2, style: .dim)
        columns.sample.heads(&buffer, x: columns.sampleX, y: 2)
        if columns.diff > 0 {
            buffer.put(TextLayout.fitRight("Diff", to: columns.diff), x: columns.diffX, y: 2, style: Style(underline: true))
        }

        let height = ComparisonPage.bodyHeight(state)
        let scroll = max(0, min(state.results.scroll, all.count - height))
        for (offset, row) in all.dropFirst(scroll).prefix(height).enumerated() {
            let y = ComparisonPage.top + offset
            guard let officerFigure = row.officer, let sampleFigure = row.sample else {
                buffer.put(row.text, x: 0, y: y, style: row.style)
                continue
            }
            buffer.put(TextLayout.fit(row.id, to: Columns.id), x: 0, y: y, style: row.style)
            columns.officer.draw(officerFigure, &buffer, x: columns.officerX, y: y, bold: row.style.bold)
            if columns.text > 0 {
                buffer.put(TextLayout.fit(row.text, to: columns.text), x: Columns.id + 1, y: y, style: row.style)
            } else if officerFigure.counts.isEmpty {
                // With no room for wording, a standard's title goes where its key questions'
                // counts and gauges are, short of its band.
                let end = columns.officerX + columns.officer.block - columns.officer.band - 1
                buffer.put(row.text, x: Columns.id + 1, y: y, limit: max(0, end - Columns.id - 1), style: row.style)
            }
            buffer.put("│", x: columns.sampleX - 2, y: y, style: .dim)
            columns.sample.draw(sampleFigure, &buffer, x: columns.sampleX, y: y, bold: row.style.bold)
            if columns.diff > 0 { buffer.put(TextLayout.fitRight(row.difference, to: columns.diff), x: columns.diffX, y: y) }
        }
        buffer.cursor = Position(x: 0, y: min(ComparisonPage.top, max(0, buffer.height - 1)))
        let legendRows = ComparisonPage.legendRows(state)
        if legendRows > 0 {
            let legend = columns.officer.legend(diff: columns.diff > 0 ? "Diff: officer's % minus sample's" : "", width: buffer.width)
            for (i, line) in legend.prefix(legendRows).enumerated() {
                buffer.put(line, x: 0, y: buffer.height - 2 - legendRows + i, style: .dim)
            }
        }
        Chrome.status(&buffer, state, row: buffer.height - 2)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: buffer.height - 1)
    }
}
