import CasemarkTestSupport
import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport

/// Headless Chromium (Debian's `chromium` package), as a person's browser would show the report.
enum Chromium {
    static let path: String? = {
        if let given = ProcessInfo.processInfo.environment["CASEMARK_CHROMIUM"] { return given }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let missing = "chromium is not installed, so the HTML report is not checked in a browser: apt-get install -y chromium (.ci/run installs it)"

    /// Runs it headless on `page` with a profile of its own, which is removed afterwards.
    static func run(_ arguments: [String], page: String) throws -> CommandOutput {
        let profile = TestFolder("chromium-profile")
        return try ProcessRunner.run(try #require(path), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--timeout=60000",
        ] + arguments + [URL(fileURLWithPath: page).absoluteString])
    }
}

/// The HTML report rendered by a real browser: to PDF (it has pages), to PNG (not blank; the
/// bands' colours are there), and with the bars' sizes read back from the browser's own layout.
@Suite(.serialized, .enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.missing)))
struct HTMLBrowserTests {
    /// What the browser laid out: every bar, the scale's ends and the thresholds, in CSS pixels.
    struct Geometry: Decodable {
        struct Bar: Decodable {
            var keyQuestion: String
            var series: String?
            var group: String?
            var percent: Int
            var x: Double
            var width: Double
            var indicative: Bool
            var chart: Int
        }
        struct Chart: Decodable {
            var axis: Double
            var end: Double
            var thresholds: [String: Double]
        }
        var bars: [Bar]
        var charts: [Chart]
        /// Text that runs past its chart's right edge (and so would be cut off).
        var overflowing: [String]
    }

    /// Added to a copy of the page only (the report itself has no script): measures every bar,
    /// axis and threshold with getBoundingClientRect and writes them into the page as JSON, which
    /// --dump-dom then prints.
    static let measure = """
        <script>
        const charts = [...document.querySelectorAll('svg.chart')];
        const box = e => e.getBoundingClientRect();
        const out = { charts: charts.map(svg => ({
            axis: box(svg.querySelector('line.axis')).left,
            end: box(svg.querySelector('line.axis-end')).left,
            thresholds: Object.fromEntries([...svg.querySelectorAll('line.threshold')].map(l => [l.dataset.threshold, box(l).left])),
          })),
          bars: [...document.querySelectorAll('rect[data-key-question]')].map(r => ({
            keyQuestion: r.dataset.keyQuestion, series: r.dataset.series || null, group: r.dataset.group || null,
            percent: Number(r.dataset.percent), x: box(r).left, width: box(r).width,
            indicative: r.classList.contains('indicative'), chart: charts.indexOf(r.closest('svg')) })),
          overflowing: charts.flatMap(svg => [...svg.querySelectorAll('text')]
            .filter(t => box(t).right > box(svg).right + 0.5 || box(t).left < box(svg).left - 0.5).map(t => t.textContent + ' [' + Math.round(box(t).left - box(svg).left) + '..' + Math.round(box(t).right - box(svg).left) + ' of ' + Math.round(box(svg).width) + ']')) };
        const pre = document.createElement('pre');
        pre.id = 'geometry';
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
        </script>
        """

    static func geometry(of html: String) throws -> Geometry {
        let folder = TestFolder()
        let page = folder.sub("measured.html")
        try Data(html.replacingOccurrences(of: "</body>", with: measure + "\n</body>").utf8).write(to: URL(fileURLWithPath: page))
        let run = try Chromium.run(["--window-size=1000,1400", "--dump-dom"], page: page)
        #expect(run.status == 0, "\(run.stderr)")
        let dom = run.stdout
        let start = try #require(dom.range(of: "<pre id=\"geometry\">"), "no measurements in the page: \(dom.prefix(300))")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode(Geometry.self, from: Data(json.utf8))
    }

    /// Every bar starts at its chart's axis and is as wide as its percent of the scale, on one
    /// scale for every chart; the thresholds sit where their percents fall.
    static func checkScale(_ g: Geometry) throws {
        #expect(g.overflowing.isEmpty, "text cut off at a chart's edge: \(g.overflowing)")
        let first = try #require(g.charts.first)
        let scale = first.end - first.axis
        #expect(scale > 100, "the scale is \(scale) px wide")
        for chart in g.charts {
            #expect(abs((chart.end - chart.axis) - scale) < 0.5, "every chart has the same scale")
            for (t, x) in chart.thresholds {
                #expect(abs((x - chart.axis) - scale * Double(Int(t)!) / 100) < 1, "threshold \(t)")
            }
        }
        for bar in g.bars {
            let chart = g.charts[bar.chart]
            #expect(abs(bar.x - chart.axis) < 1, "\(bar.keyQuestion) starts at the axis")
            #expect(abs(bar.width - scale * Double(bar.percent) / 100) < 0.75, "\(bar.keyQuestion) \(bar.series ?? bar.group ?? ""): \(bar.width) px for \(bar.percent)% of \(scale) px")
        }
    }

    static func jsonKeyQuestions(_ report: ResultsReport) throws -> [String: [String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Report.render(report, format: .json).utf8)) as? [String: Any])
        return try #require(root["keyQuestions"] as? [String: [String: Any]])
    }

    @Test("London: one bar per key question with the JSON report's percent, widths on one scale, thresholds at 50/65/80")
    func londonGeometry() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let g = try Self.geometry(of: try Report.render(report, format: .html))
        let main = g.bars.filter { $0.group == nil }
        #expect(main.count == London.publishedPercent.count)
        for bar in main { #expect(London.publishedPercent[bar.keyQuestion] == bar.percent, "\(bar.keyQuestion)") }
        let kqs = try Self.jsonKeyQuestions(report)
        for bar in main { #expect(kqs[bar.keyQuestion]?["percent"] as? Int == bar.percent) }
        #expect(g.charts.allSatisfy { Set($0.thresholds.keys) == ["50", "65", "80"] })
        try Self.checkScale(g)
    }

    @Test("--officer: her bar beside the sample's, each with its own percent, indicative ones marked; --by: small multiples on the same scale")
    func officerAndBreakdown() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true), officer: "Chloé Duval", by: .grade)
        let g = try Self.geometry(of: try Report.render(report, format: .html))
        let kqs = try Self.jsonKeyQuestions(report)
        let hers = g.bars.filter { $0.series == "officer" }
        let sample = g.bars.filter { $0.series == "whole-sample" }
        #expect(hers.count == kqs.values.filter { $0["percent"] is Int }.count)
        #expect(sample.count == London.publishedPercent.count)
        for bar in hers {
            #expect(kqs[bar.keyQuestion]?["percent"] as? Int == bar.percent, "\(bar.keyQuestion)")
            #expect(kqs[bar.keyQuestion]?["indicative"] as? Bool == bar.indicative, "\(bar.keyQuestion)")
        }
        #expect(sample.allSatisfy { !$0.indicative })
        let groups = Set(g.bars.compactMap(\.group))
        #expect(groups.count >= 2, "\(groups)")
        try Self.checkScale(g)
    }

    @Test("printed to PDF it has pages; as a screenshot it is not blank and shows the bands' colours")
    func pdfAndScreenshot() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let folder = TestFolder()
        let page = folder.sub("london.html")
        try Data(try Report.render(report, format: .html).utf8).write(to: URL(fileURLWithPath: page))

        let pdf = folder.sub("london.pdf")
        let printed = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)"], page: page)
        #expect(printed.status == 0, "\(printed.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: pdf))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        let counts = text.matches(of: /\/Count (\d+)/).compactMap { Int($0.1) }
        let pages = try #require(counts.max(), "the PDF names no page count")
        #expect(pages >= 3, "\(pages) pages: the ratings and charts, the breakdown or figures on a page of their own")

        let png = folder.sub("london.png")
        let shot = try Chromium.run(["--window-size=900,1600", "--screenshot=\(png)"], page: page)
        #expect(shot.status == 0, "\(shot.stderr)")
        let image = try PNGImage(try #require(FileManager.default.contents(atPath: png)))
        #expect(image.width == 900)
        let white = image.count(near: (255, 255, 255), tolerance: 4)
        let all = image.width * image.height
        #expect(all - white > all / 20, "only \(all - white) of \(all) pixels are not white")
        // The band colours of BarChart.css: London has Inadequate, Requires improvement and Good bars.
        for (name, colour) in [("Inadequate", (0xD0, 0x45, 0x3A)), ("Requires improvement", (0xF2, 0xC1, 0x4E)), ("Good", (0x6C, 0xB5, 0x6F))] as [(String, (UInt8, UInt8, UInt8))] {
            #expect(image.count(near: colour) > 200, "\(name) bars in the screenshot")
        }
        if let keep = ProcessInfo.processInfo.environment["CASEMARK_SCREENSHOTS"] {
            try? FileManager.default.removeItem(atPath: (keep as NSString).appendingPathComponent("report-london.png"))
            try FileManager.default.copyItem(atPath: png, toPath: (keep as NSString).appendingPathComponent("report-london.png"))
            try? FileManager.default.removeItem(atPath: (keep as NSString).appendingPathComponent("report-london.pdf"))
            try FileManager.default.copyItem(atPath: pdf, toPath: (keep as NSString).appendingPathComponent("report-london.pdf"))
        }
    }
}
