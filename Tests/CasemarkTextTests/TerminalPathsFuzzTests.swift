import CasemarkModel
import CasemarkStore
import CasemarkTUI
import CasemarkTestSupport
import CasemarkText
import Foundation
import Testing

@testable import CasemarkReport

/// Issue 9.2, the fuzz over the rule: random strings holding every C0 and C1 character and DEL,
/// mixed with printable text of every kind, through every path that draws data for a terminal
/// (the screen buffer every view draws through, the text and Markdown tables, the problems that
/// validate, import and the screens list, the unknown-officer list). None lets a control character
/// through (but the layout's own line feeds), so no ESC; printable text comes out unchanged. The
/// commands' own output (history, rate, errors) is covered end to end by TerminalEscapeTests.
@Suite struct TerminalPathsFuzzTests {
    static let controls = (UInt32(0)...0x1F).map { String(Unicode.Scalar($0)!) } + (UInt32(0x7F)...0x9F).map { String(Unicode.Scalar($0)!) }
    static let printable = ["a", "Z", " ", "\\", "{", "u", "é", "e\u{301}", "李", "👩‍💻", "🇬🇧", "⭐", "\u{A0}", "…", "|", "*", "9", "'"]

    /// A string of 0 to 20 pieces, each a control character or printable text.
    static func random(_ generator: inout SplitMix64, controls allowed: Bool = true) -> String {
        (0..<Int.random(in: 0...20, using: &generator)).map { _ in
            allowed && Int.random(in: 0..<3, using: &generator) == 0
                ? controls.randomElement(using: &generator)!
                : printable.randomElement(using: &generator)!
        }.joined()
    }

    static func controlsIn(_ text: String, allowingLineFeeds: Bool) -> [UInt32] {
        text.unicodeScalars.filter { VisibleText.isControl($0) && !(allowingLineFeeds && $0 == "\n") }.map(\.value)
    }

    @Test("screens: what ScreenBuffer.put draws holds no control character; printable text is drawn as it is")
    func screens() {
        var generator = SplitMix64(seed: 92_001)
        for _ in 0..<1_500 {
            let text = Self.random(&generator)
            var buffer = ScreenBuffer(width: 300, height: 1)
            buffer.put(text, x: 0, y: 0)
            #expect(buffer.cells.allSatisfy { Self.controlsIn(String($0.character), allowingLineFeeds: false).isEmpty }, "\(text.debugDescription)")
            #expect(buffer.line(0) == TextLayout.trimmingTrailingSpaces(VisibleText.line(text)), "\(text.debugDescription)")
        }
    }

    @Test("reports: text and Markdown tables hold no control character but their own line feeds")
    func reportTables() {
        func table(_ value: String) -> ReportTable {
            ReportTable(
                title: "Title " + value, subtitle: [value],
                columns: [ReportTable.Column("Name " + value), ReportTable.Column("n", alignRight: true)],
                rows: [.section(value), .standard([value, "1"]), .keyQuestion(["  " + value, value])],
                summary: [value], notes: ["[1] " + value])
        }
        func lineCount(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count }
        let textLines = lineCount(TextTable.render(table("x")))
        let markdownLines = lineCount(MarkdownTable.render(table("x")))
        var generator = SplitMix64(seed: 92_002)
        for round in 0..<600 {
            let clean = round % 3 == 0
            let value = Self.random(&generator, controls: !clean)
            let table = table(value)
            for width in [nil, 30] as [Int?] {
                let text = TextTable.render(table, width: width)
                #expect(Self.controlsIn(text, allowingLineFeeds: true).isEmpty, "\(value.debugDescription)")
                // One line per row, whatever the cells hold: a line feed in data never adds one.
                if width == nil {
                    #expect(lineCount(text) == textLines, "\(value.debugDescription)\n\(text)")
                    if clean { #expect(text.contains("Title " + value), "\(value.debugDescription)") }
                }
            }
            let markdown = MarkdownTable.render(table)
            #expect(Self.controlsIn(markdown, allowingLineFeeds: true).isEmpty, "\(value.debugDescription)")
            #expect(lineCount(markdown) == markdownLines, "\(value.debugDescription)\n\(markdown)")
        }
    }

    @Test("problems and the unknown-officer list: one line each, no control character")
    func problems() {
        var generator = SplitMix64(seed: 92_003)
        for round in 0..<1_000 {
            let value = Self.random(&generator, controls: round % 4 != 0)
            let store = StoreProblem(file: "cases/\(value).json", field: "attributes.\(value)", message: "found \"\(value)\"")
            #expect(Self.controlsIn(store.description, allowingLineFeeds: false).isEmpty, "\(value.debugDescription)")
            let csv = CSVProblem(file: value, record: 1, line: 2, column: value, value: value, message: "expected Y")
            #expect(Self.controlsIn(csv.description, allowingLineFeeds: false).isEmpty, "\(value.debugDescription)")
            let officers = ReportError.unknownOfficer(typed: value, officers: [
                OfficerSummary(name: value, grades: ["PO"], caseCount: 1), OfficerSummary(name: "Ann", grades: ["PSO"], caseCount: 2),
            ])
            #expect(Self.controlsIn(officers.description, allowingLineFeeds: true).isEmpty, "\(value.debugDescription)")
            #expect(officers.description.split(separator: "\n").count == 4, "\(value.debugDescription): \(officers.description)")
            if !value.isEmpty, !value.unicodeScalars.contains(where: VisibleText.isControl) {
                #expect(store.description.contains(value))
                #expect(officers.description.contains("  \(value) (PO, 1 case)"))
            }
        }
    }

    @Test("JSON is not for terminals but is safe on one: every control character as \\u00XX, the same data once read")
    func json() throws {
        var generator = SplitMix64(seed: 92_004)
        for _ in 0..<1_000 {
            let value = Self.random(&generator)
            let text = ReportJSON.object(["v": .string(value)]).rendered
            #expect(Self.controlsIn(text, allowingLineFeeds: true).isEmpty, "\(value.debugDescription)")
            let read = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
            #expect(read?["v"] == value, "\(value.debugDescription)")
        }
    }
}
