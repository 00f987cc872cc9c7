import CasemarkModel

/// How wide each part of a figure is at a given screen width. Wider screens get gauges and the
/// bands' full names; narrower ones the two-letter names (OS GD RI IN), then no gauge, then no
/// counts. Nothing is ever cut in the middle of a number.
struct FigureColumns: Equatable {
    var counts: Int
    var gauge: Int
    /// 4 for the two-letter names with their `~` (and the head "Band"); 21 for the full names.
    var band: Int
    /// Counts written "2/3" rather than "2 of 3", where columns are few.
    var shortCounts = false

    var fullNames: Bool { band > 4 }
    var block: Int { (counts > 0 ? counts + 1 : 0) + 4 + 1 + (gauge > 0 ? gauge + 1 : 0) + band }

    static let fullBand = 1 + 20

    /// The richest columns for which `blocks` figures and `fixed` other columns leave `text`
    /// columns or more of the width; full band names only when `roomyText` columns are left too.
    static func choose(width: Int, blocks: Int, fixed: Int, counts: Int, text: Int = 0, roomyText: Int = 0) -> FigureColumns {
        let options = [
            FigureColumns(counts: counts, gauge: 10, band: fullBand),
            FigureColumns(counts: counts, gauge: 10, band: 4),
            FigureColumns(counts: counts, gauge: 5, band: 4),
            FigureColumns(counts: counts, gauge: 0, band: 4),
            FigureColumns(counts: 0, gauge: 0, band: 4),
        ]
        for option in options {
            let left = width - fixed - blocks * option.block
            if left >= (option.fullNames ? max(text, roomyText) : text) { return option }
        }
        return options.last!
    }

    func bandText(_ figure: Figure) -> String {
        // A key question without answers already shows "—" for its figures; a standard has only this.
        guard let band = figure.band else { return figure.showGauge ? "" : "—" }
        return Indicative.marked(fullNames ? band.displayName : band.abbreviation, indicative: figure.indicative)
    }

    /// Draws the figure from `x`; returns the columns used (always `block`).
    @discardableResult
    func draw(_ figure: Figure, _ buffer: inout ScreenBuffer, x: Int, y: Int, bold: Bool = false) -> Int {
        var at = x
        if counts > 0 {
            buffer.put(TextLayout.fitRight(shortCounts ? figure.shortCounts : figure.counts, to: counts), x: at, y: y,
                       style: Style(bold: bold))
            at += counts + 1
        }
        buffer.put(TextLayout.fitRight(figure.showGauge ? Gauge.percentText(figure.percent) : "", to: 4), x: at, y: y,
                   style: Style(bold: bold))
        at += 5
        if gauge > 0 {
            if figure.showGauge { buffer.put(Gauge.bar(percent: figure.percent, width: gauge), x: at, y: y, style: .band(figure.band)) }
            at += gauge + 1
        }
        buffer.put(TextLayout.fit(bandText(figure), to: band), x: at, y: y,
                   style: Style(bold: bold || !figure.indicative, dim: figure.indicative, role: figure.band.map { .band($0) } ?? .normal))
        return block
    }

    /// The column heads over a figure.
    func heads(_ buffer: inout ScreenBuffer, x: Int, y: Int) {
        var at = x
        let style = Style(underline: true)
        if counts > 0 {
            buffer.put(TextLayout.fitRight(TextLayout.firstFitting(["Yes/app", "Y/app", "Y/a"], in: counts), to: counts),
                       x: at, y: y, style: style)
            at += counts + 1
        }
        buffer.put("   %", x: at, y: y, style: style)
        at += 5
        if gauge > 0 { at += gauge + 1 }
        buffer.put(TextLayout.fit("Band", to: band), x: at, y: y, style: style)
    }

    /// What the marks mean, for the lines under the table: whole explanations to a line, as many
    /// as fit in `width`.
    func legend(diff: String, width: Int) -> [String] {
        var parts: [String] = []
        if !fullNames { parts.append(Band.abbreviationLegend(separator: " · ")) }
        parts.append("~ indicative: under \(Indicative.minimumApplicableCases) applicable cases")
        if !diff.isEmpty { parts.append(diff) }
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, CellWidth.of(last) + 3 + CellWidth.of(part) <= width {
                lines[lines.count - 1] = last + " · " + part
            } else {
                lines.append(part)
            }
        }
        return lines
    }
}
