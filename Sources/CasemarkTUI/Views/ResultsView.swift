import CasemarkModel

/// The Annex 2 table, live: every key question's yes of applicable, percent, gauge and band; each
/// standard's computed and recorded rating; the overall score.
public enum ResultsView {

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        if case .breakdown(let dimension) = state.results.mode {
            BreakdownView.draw(&buffer, state, by: dimension)
            return
        }
        if state.session.officerScoring != nil {
            ComparisonView.draw(&buffer, state)
            return
        }
        let layout = ListLayout(width: buffer.width, height: buffer.height)
        let results = state.session.scoring.results(ratings: state.record.ratings)
        let right = state.readOnly ? "READ-ONLY" : ""
        let overall = "overall: \(results.overall.summary)"
        // The overall figure whole ("4 of 10 rated"), before the provider's name.
        Chrome.header(&buffer, row: layout.headerRow, left: TextLayout.firstFitting(
            ["Results · \(state.record.provider) · \(overall)", "Results · \(overall)", overall],
            in: buffer.width - (right.isEmpty ? 0 : CellWidth.of(right) + 2)), right: right)
        let all = ResultsPage.lines(state, results: results)
        let plan = Columns(width: buffer.width, counts: all.reduce(0) { max($0, CellWidth.of($1.counts)) })
        func columns(_ id: String, _ text: String, _ counts: String, _ percent: String) -> String {
            var line = TextLayout.fit(id, to: Columns.id) + " "
            if plan.text > 0 { line += TextLayout.fit(text, to: plan.text) + " " }
            line += TextLayout.fitRight(counts, to: plan.counts) + " " + TextLayout.fitRight(percent, to: 4) + " "
            return plan.gauge > 0 ? line + String(repeating: " ", count: plan.gauge + 1) : line
        }
        buffer.put(columns("", "Standard / key question", "Yes/app", "%") + "Band", x: 0, y: layout.columnsRow,
                   style: Style(underline: true))
        let scroll = max(0, min(state.results.scroll, all.count - layout.rows.height))
        for (offset, line) in all.dropFirst(scroll).prefix(layout.rows.height).enumerated() {
            let y = layout.rows.y + offset
            if line.id.isEmpty {
                buffer.put(line.text, x: 2 + line.indent, y: y, style: line.style)
                continue
            }
            // A key question's whole wording when it fits, else the words that tell it apart.
            let text = CellWidth.of(line.text) <= plan.text || line.shortText.isEmpty ? line.text : line.shortText
            let head = columns(String(repeating: " ", count: line.indent) + line.id, text, line.counts,
                               line.showGauge ? Gauge.percentText(line.percent) : "")
            var x = buffer.put(head, x: 0, y: y, style: line.style)
            if !line.showGauge {
                // A standard has no figures of its own: its title may run on where its key
                // questions' are, and so can be read whole, even with no column for wording.
                buffer.put(line.text, x: Columns.id + 1, y: y, limit: max(0, plan.bandX - Columns.id - 2), style: line.style)
            }
            if line.showGauge && plan.gauge > 0 {
                buffer.put(Gauge.bar(percent: line.percent, width: plan.gauge), x: x - plan.gauge - 1, y: y, style: .band(line.band))
            }
            x = min(x, buffer.width)
            buffer.put(plan.bandText(line), x: x, y: y, style: Style(bold: line.style.bold, role: line.band.map { .band($0) } ?? .normal))
        }
        buffer.cursor = Position(x: 0, y: layout.rows.y)
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: layout.hintRow)
    }

    /// How wide each column of the table is. The counts column is as wide as the widest count,
    /// so a number is never cut ("4421/6640" on a large inspection): the key questions' wording
    /// gives way first, then (narrow) the gauge, so the band's name keeps room to be read.
    struct Columns: Equatable {
        static let id = 8
        static let fullBand = 20
        /// Narrower than this, the wording column is left out: a few letters say nothing.
        static let minimumText = 10
        /// A band column narrower than this is given the gauge's room.
        static let readableBand = 12
        var text: Int
        var counts: Int
        var gauge: Int
        var band: Int

        init(width: Int, counts widest: Int) {
            counts = max(7, widest)
            // Id, counts and percent, each with a space after it.
            let fixed = Self.id + 1 + counts + 1 + 4 + 1
            gauge = 10
            band = Self.fullBand
            text = width - fixed - (gauge + 1) - band - 1
            if width >= 70 && text >= Self.minimumText { return }
            text = 0
            gauge = 5
            band = width - fixed - (gauge + 1)
            if band < Self.readableBand {
                gauge = 0
                band = width - fixed
            }
            band = max(4, band)
        }

        /// A band's name as the column takes it: whole, or (too narrow for "Requires improvement")
        /// its two letters, OS GD RI IN, as the guide says, never a name cut off ("Requires im…",
        /// issue 21.8); a note that does not fit ("no answers yet") becomes "—".
        func bandText(_ line: ResultsPage.Line) -> String {
            guard band < Self.fullBand else { return line.bandText }
            if let named = line.band, line.bandText == named.displayName { return named.abbreviation }
            return CellWidth.of(line.bandText) <= band ? line.bandText : "—"
        }

        /// Where the band's name starts.
        var bandX: Int { Self.id + 1 + (text > 0 ? text + 1 : 0) + counts + 1 + 4 + 1 + (gauge > 0 ? gauge + 1 : 0) }
    }
}
