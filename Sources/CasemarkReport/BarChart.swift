import CasemarkModel
import CasemarkText

/// Horizontal bar charts as inline SVG, written by hand (see docs/commands.md, "Why the HTML is
/// written by hand"): a list of labelled rows, each with one or more bars, all on one scale from
/// 0 to 100 %, with the band thresholds drawn across. Every bar is a `rect` whose width is
/// proportional to its percent and which carries `data-percent` (and whatever `data` attributes
/// the caller gives, such as `data-key-question`), so that checks can find it. Band colour always
/// comes with the band's name in words, so nothing depends on colour alone, and every bar has a
/// dark outline, so that a light bar still shows printed in black and white.
///
/// Everything from data is escaped; the SVG needs no script and fetches nothing.
public enum BarChart {
    public struct Bar: Sendable, Equatable {
        /// Whole-number percent; nil when nothing applies (no bar is drawn, "no answers" is written).
        public var percent: Int?
        public var band: Band?
        /// Rests on few cases: drawn paler with a dashed outline and "(indicative)" in words.
        public var indicative: Bool
        /// Said after the band, such as "92 of 148" or "Chloé Duval".
        public var detail: String
        /// A short name drawn before the bar when rows have several bars ("Officer", "Sample").
        public var series: String?
        /// `data-` attributes on the bar's `rect`, names without the prefix: ["key-question": "2.1.1"].
        public var data: [(String, String)]
        /// Drawn thinner, for comparison (the whole sample's bar under an officer's).
        public var secondary: Bool

        public init(
            percent: Int?, band: Band?, indicative: Bool = false, detail: String = "", series: String? = nil,
            data: [(String, String)] = [], secondary: Bool = false
        ) {
            self.percent = percent
            self.band = band
            self.indicative = indicative
            self.detail = detail
            self.series = series
            self.data = data
            self.secondary = secondary
        }

        public static func == (a: Bar, b: Bar) -> Bool {
            a.percent == b.percent && a.band == b.band && a.indicative == b.indicative && a.detail == b.detail
                && a.series == b.series && a.secondary == b.secondary && a.data.map { "\($0.0)=\($0.1)" } == b.data.map { "\($0.0)=\($0.1)" }
        }
    }

    public struct Row: Sendable, Equatable {
        /// Drawn bold before the wording: "2.1.1".
        public var label: String
        /// The wording, wrapped over up to three lines beside the bars.
        public var wording: String
        public var bars: [Bar]

        public init(label: String, wording: String = "", bars: [Bar]) {
            self.label = label
            self.wording = wording
            self.bars = bars
        }
    }

    /// The sizes of a chart, in SVG user units (1/96 inch at 100 %); the SVG scales to its box.
    public struct Layout: Sendable {
        /// Fits A4's printable width (180 mm, 680 CSS pixels) unscaled, so that every chart
        /// of a page, big or small, keeps the one scale on paper too.
        public var width = 678.0
        /// Left of the bars: labels and wording.
        public var labelWidth = 220.0
        /// The bars' scale: 100 % is this wide.
        public var scale = 180.0
        public var barHeight = 15.0
        /// A row's bars are this far apart; rows this far apart again.
        public var gap = 4.0
        /// Every text of the chart, labels, values and thresholds alike: the page's body text
        /// size (`HTMLReport.bodyFontSize`), never smaller (issue 21.8: the labels were 9–12 px
        /// beside 16 px text).
        public var fontSize = HTMLReport.bodyFontSize
        /// Characters of wording to a line (average width of a sans-serif letter at `fontSize`).
        public var wordingColumns = 30
        public var maxWordingLines = 5
        /// Bands as OS, GD, RI, IN (`~` before an indicative one), where there is little room.
        public var shortBands = false

        public init() {}

        /// The small-multiples layout: ids only, no wording, the same scale; two side by side
        /// fit A4's width.
        public static var compact: Layout {
            var l = Layout()
            l.width = 330
            l.labelWidth = 48
            l.barHeight = 12
            l.gap = 3
            l.wordingColumns = 0
            l.shortBands = true
            return l
        }

        var barsX: Double { labelWidth + 10 }
        var textX: Double { barsX + scale + 8 }
    }

    /// Where a percent falls on the scale.
    public static func width(percent: Int, layout: Layout) -> Double { Double(percent) / 100 * layout.scale }

    /// The chart as one `<svg>` element. `thresholds`: the percents where a band starts (50, 65,
    /// 80), drawn as dashed lines across every row and labelled at the top. `title` is read out
    /// by screen readers.
    public static func svg(_ rows: [Row], thresholds: [Int], title: String, layout: Layout = Layout()) -> String {
        let l = layout
        let top = l.fontSize + 8  // the thresholds' labels
        var y = top
        var body: [String] = []
        // Rows with several bars name each bar's series just left of it: keep the wording clear.
        let named = rows.contains { $0.bars.contains { $0.series != nil } }
        let columns = named ? max(10, l.wordingColumns - 9) : l.wordingColumns
        for row in rows {
            let rowTop = y
            // The wording over at most `maxWordingLines` lines, the last ending "…" when cut.
            // Wrapped with the label in front, so the first line leaves room for it.
            let wrapped = l.wordingColumns > 0 && !row.wording.isEmpty
                ? TextLayout.wrap(row.label + " " + row.wording, to: columns, hangingIndent: 0) : []
            var lines = Array(wrapped.prefix(l.maxWordingLines)).map { TextLayout.trimmingTrailingSpaces($0.trimmingLeadingSpaces) }
            if wrapped.count > lines.count, let last = lines.popLast() { lines.append(last + "…") }
            let barsHeight = Double(row.bars.count) * l.barHeight + Double(max(0, row.bars.count - 1)) * l.gap
            let textHeight = Double(max(1, lines.count)) * (l.fontSize + 2)
            let height = max(barsHeight, textHeight)
            // Label and wording, top-aligned with the first bar.
            var label = "<text x=\"2\" y=\"\(n(rowTop + l.fontSize))\" class=\"label\"><tspan class=\"id\">\(escape(row.label))</tspan>"
            if let first = lines.first, first.hasPrefix(row.label) { label += escape(String(first.dropFirst(row.label.count))) }
            label += "</text>"
            body.append(label)
            for (i, line) in lines.enumerated().dropFirst() {
                body.append("<text x=\"2\" y=\"\(n(rowTop + l.fontSize + Double(i) * (l.fontSize + 2)))\" class=\"wording\">\(escape(line))</text>")
            }
            var barY = rowTop
            for bar in row.bars {
                body += draw(bar, y: barY, layout: l)
                barY += l.barHeight + l.gap
            }
            y += height + l.gap * 3
        }
        let height = y
        // The scale's frame and thresholds, over the full height of the rows.
        var grid = ["<line x1=\"\(n(l.barsX))\" y1=\"\(n(top - 2))\" x2=\"\(n(l.barsX))\" y2=\"\(n(height - l.gap))\" class=\"axis\"/>"]
        for t in thresholds {
            let x = l.barsX + width(percent: t, layout: l)
            grid.append("<line x1=\"\(n(x))\" y1=\"\(n(top - 2))\" x2=\"\(n(x))\" y2=\"\(n(height - l.gap))\" class=\"threshold\" data-threshold=\"\(t)\"/>")
            grid.append("<text x=\"\(n(x))\" y=\"\(n(l.fontSize))\" class=\"threshold-label\">\(t)%</text>")
        }
        let right = l.barsX + l.scale
        grid.append("<line x1=\"\(n(right))\" y1=\"\(n(top - 2))\" x2=\"\(n(right))\" y2=\"\(n(height - l.gap))\" class=\"axis-end\"/>")
        grid.append("<text x=\"\(n(right))\" y=\"\(n(l.fontSize))\" class=\"threshold-label\">100%</text>")
        return ([
            "<svg class=\"chart\" viewBox=\"0 0 \(n(l.width)) \(n(height))\" width=\"\(n(l.width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(escape(title))\" style=\"font-size: \(n(l.fontSize))px\">",
            "<title>\(escape(title))</title>",
        ] + grid + body + ["</svg>"]).joined(separator: "\n")
    }

    static func draw(_ bar: Bar, y: Double, layout l: Layout) -> [String] {
        var out: [String] = []
        let middle = y + l.barHeight / 2 + l.fontSize * 0.35
        if let series = bar.series {
            out.append("<text x=\"\(n(l.barsX - 4))\" y=\"\(n(middle))\" class=\"series\">\(escape(series))</text>")
        }
        guard let percent = bar.percent else {
            out.append("<text x=\"\(n(l.barsX + 4))\" y=\"\(n(middle))\" class=\"value none\">no applicable cases\(bar.detail.isEmpty ? "" : " · " + escape(bar.detail))</text>")
            return out
        }
        let data = ([("percent", String(percent))] + bar.data).map { " data-\(escape($0.0))=\"\(escape($0.1))\"" }.joined()
        let classes = ["bar", bar.band.map { "band-\($0.argument)" } ?? "band-none"] + (bar.indicative ? ["indicative"] : [])
            + (bar.secondary ? ["secondary"] : [])
        // A secondary bar is thinner and centred on its line: the eye goes to the main one first.
        let height = bar.secondary ? (l.barHeight * 0.6).rounded() : l.barHeight
        let top = y + (l.barHeight - height) / 2
        out.append("<rect x=\"\(n(l.barsX))\" y=\"\(n(top))\" width=\"\(n(width(percent: percent, layout: l)))\" height=\"\(n(height))\" class=\"\(classes.joined(separator: " "))\"\(data)/>")
        var words = "\(percent)%"
        if let band = bar.band {
            words += l.shortBands
                ? " " + Indicative.marked(band.abbreviation, indicative: bar.indicative)
                : " " + Indicative.inWords(band.displayName, indicative: bar.indicative)
        }
        if !bar.detail.isEmpty { words += " · " + bar.detail }
        out.append("<text x=\"\(n(l.textX))\" y=\"\(n(middle))\" class=\"value\">\(escape(words))</text>")
        return out
    }

    /// The CSS the charts need, for the page's `<style>`: band colours chosen to differ in
    /// lightness as well as hue, so that they stay apart printed in grey (CIE L*: Outstanding
    /// 27, Inadequate 49, Good 67, Requires improvement 81), and the band is always in words too.
    public static let css = """
        svg.chart { max-width: 100%; height: auto; font-family: "Helvetica Neue", Arial, sans-serif; }
        svg.chart .label, svg.chart .wording { fill: #222; }
        svg.chart .id { font-weight: bold; }
        svg.chart .series { fill: #444; text-anchor: end; }
        svg.chart .value { fill: #111; }
        svg.chart .value.none { fill: #666; font-style: italic; }
        svg.chart .axis, svg.chart .axis-end { stroke: #888; stroke-width: 1; }
        svg.chart .threshold { stroke: #555; stroke-width: 1; stroke-dasharray: 3 3; }
        svg.chart .threshold-label { fill: #555; text-anchor: middle; }
        svg.chart .bar { stroke: #222; stroke-width: 0.8; }
        svg.chart .bar.indicative { fill-opacity: 0.45; stroke-dasharray: 2 2; }
        .band-outstanding { fill: #0e4a27; background-color: #0e4a27; }
        .band-good { fill: #6cb56f; background-color: #6cb56f; }
        .band-requires-improvement { fill: #f2c14e; background-color: #f2c14e; }
        .band-inadequate { fill: #d0453a; background-color: #d0453a; }
        .band-none { fill: #ccc; background-color: #ccc; }
        """

    /// A number as SVG wants it: no trailing ".0", at most two decimals.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    static func escape(_ s: String) -> String { HTMLTable.escape(s) }
}
