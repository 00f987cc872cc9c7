import CasemarkModel

/// The Annex 2 table, live: every key question's yes of applicable, percent, gauge and band; each
/// standard's computed and recorded rating; the overall score.
public enum ResultsView {
    struct Line {
        var id: String = ""
        var text: String
        var counts: String = ""
        var percent: Int?
        var showGauge = false
        var band: Band?
        var bandText: String = ""
        var style: Style = .plain
        var indent = 0
    }

    static func lines(_ state: AppState) -> [Line] {
        let results = state.scoring.results(ratings: state.record.ratings)
        var lines: [Line] = []
        for standard in state.framework.standards {
            guard let result = results.standard(standard.id) else { continue }
            if standard.ratedFrom == .evidence {
                let rating = result.recorded?.rating
                lines.append(Line(id: standard.id, text: "\(standard.title) (recorded)", band: rating,
                                  bandText: rating?.displayName ?? "not yet rated", style: .bold))
                continue
            }
            lines.append(Line(id: standard.id, text: standard.title, band: result.computed,
                              bandText: result.computed?.displayName ?? "no answers yet", style: .bold))
            for kq in standard.keyQuestions {
                let r = state.scoring.keyQuestionResult(kq.id)
                lines.append(Line(
                    id: kq.id, text: kq.text, counts: r.tally.applicable == 0 ? "" : "\(r.tally.yes)/\(r.tally.applicable)",
                    percent: r.percent, showGauge: true, band: r.band, bandText: r.band?.displayName ?? "", indent: 2))
            }
            if let recorded = result.recorded {
                let kind = recorded.rating == result.computed ? "recorded" : "recorded by discretion"
                lines.append(Line(text: "\(kind): \(recorded.rating.displayName): \(recorded.reason)", style: .dim, indent: 2))
            }
        }
        lines.append(Line(text: "", style: .plain))
        lines.append(Line(text: "Overall: \(results.overall.summary)", band: results.overall.band, style: .bold))
        return lines
    }

    /// The lines of what the results screen shows now: the table, an officer's figures beside
    /// the sample's, or a breakdown.
    public static func lineCount(_ state: AppState) -> Int {
        switch state.resultsMode {
        case .breakdown(let dimension): BreakdownView.rows(state, by: dimension).count
        case .table: state.officerScoring == nil ? lines(state).count : ComparisonView.rows(state).count
        }
    }

    /// How many of those lines are in view at once.
    public static func bodyHeight(_ state: AppState) -> Int {
        switch state.resultsMode {
        case .breakdown: BreakdownView.bodyHeight(state)
        case .table:
            state.officerScoring == nil
                ? ListLayout(width: state.width, height: state.height).rows.height : ComparisonView.bodyHeight(state)
        }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        if case .breakdown(let dimension) = state.resultsMode {
            BreakdownView.draw(&buffer, state, by: dimension)
            return
        }
        if state.officerScoring != nil {
            ComparisonView.draw(&buffer, state)
            return
        }
        let layout = ListLayout(width: buffer.width, height: buffer.height)
        let results = state.scoring.results(ratings: state.record.ratings)
        Chrome.header(&buffer, row: layout.headerRow,
                      left: "Results · \(state.record.provider) · overall: \(results.overall.summary)",
                      right: state.readOnly ? "READ-ONLY" : "")
        let wide = buffer.width >= 70
        let gaugeWidth = wide ? 10 : 5
        let countsWidth = 7
        let bandWidth = wide ? 20 : max(4, buffer.width - 8 - 1 - countsWidth - 1 - 4 - 1 - gaugeWidth - 1)
        let textWidth = wide ? buffer.width - (8 + 1) - 1 - (countsWidth + 1 + 4 + 1 + gaugeWidth + 1) - bandWidth : 0
        func columns(_ id: String, _ text: String, _ counts: String, _ percent: String, _ gauge: String) -> String {
            var line = TextLayout.fit(id, to: 8) + " "
            if textWidth > 0 { line += TextLayout.fit(text, to: textWidth) + " " }
            return line + TextLayout.fitRight(counts, to: countsWidth) + " " + TextLayout.fitRight(percent, to: 4) + " "
                + TextLayout.fit(gauge, to: gaugeWidth) + " "
        }
        buffer.put(columns("", "Standard / key question", "Yes/app", "%", "") + "Band", x: 0, y: layout.columnsRow,
                   style: Style(underline: true))
        let all = lines(state)
        let scroll = max(0, min(state.resultsScroll, all.count - layout.rows.height))
        for (offset, line) in all.dropFirst(scroll).prefix(layout.rows.height).enumerated() {
            let y = layout.rows.y + offset
            if line.id.isEmpty {
                buffer.put(line.text, x: 2 + line.indent, y: y, style: line.style)
                continue
            }
            let head = columns(String(repeating: " ", count: line.indent) + line.id, line.text, line.counts,
                               line.showGauge ? Gauge.percentText(line.percent) : "", "")
            var x = buffer.put(head, x: 0, y: y, style: line.style)
            if line.showGauge {
                let gaugeX = x - gaugeWidth - 1
                buffer.put(Gauge.bar(percent: line.percent, width: gaugeWidth), x: gaugeX, y: y, style: .band(line.band))
            }
            x = min(x, buffer.width)
            buffer.put(line.bandText, x: x, y: y, style: Style(bold: line.style.bold, role: line.band.map { .band($0) } ?? .normal))
        }
        buffer.cursor = Position(x: 0, y: layout.rows.y)
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, KeyTables.results, readOnly: state.readOnly, row: layout.hintRow)
    }
}
