import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport

/// Printed figures are as honest as the screen (issue 12, point 5): an officer's standard resting
/// on few cases is marked indicative in every format, as the screen's `~OS` is; a sample's and the
/// whole inspection's figures never are.
@Suite struct IndicativeInPrintTests {
    static let officer = "Chloé Duval"

    /// Her standards whose computed rating the screen marks `~`, and those it does not.
    static func expected() throws -> (indicative: [Standard], firm: [Standard], report: ResultsReport) {
        let report = try ResultsReport(inspection: London.inspection(rated: true), officer: officer)
        let marked = London.framework.standards.filter { $0.ratedFrom == .cases && report.results.standard($0.id)?.computed != nil }
        let indicative = marked.filter { Indicative.isIndicative(standard: $0, in: report.results, subset: true) }
        let firm = marked.filter { !Indicative.isIndicative(standard: $0, in: report.results, subset: true) }
        return (indicative, firm, report)
    }

    @Test("the fixture has both: an officer standard resting on few cases, and one that does not")
    func fixtureHasBoth() throws {
        let (indicative, firm, _) = try Self.expected()
        #expect(!indicative.isEmpty)
        #expect(!firm.isEmpty)
    }

    @Test("text, Markdown and HTML write '(indicative)' on her standard's row, and only there")
    func tables() throws {
        let (indicative, firm, report) = try Self.expected()
        for format in [ReportFormat.text, .markdown, .html] {
            let out = try Report.render(report, format: format)
            let lines = out.split(separator: "\n").map(String.init)
            for standard in indicative {
                let row = try #require(lines.first { $0.contains("\(standard.id) \(standard.title)") && !$0.contains("2.1.") }, "\(format)")
                #expect(row.contains("(indicative)"), "\(format): \(row)")
            }
            for standard in firm {
                let row = try #require(lines.first { $0.contains("\(standard.id) \(standard.title)") }, "\(format)")
                #expect(!row.contains("(indicative)"), "\(format): \(row)")
            }
        }
        // The narrow text layout writes ~ before the two-letter band, as the screen does.
        let narrow = try Report.render(report, format: .text, width: 80)
        let row = try #require(narrow.split(separator: "\n").first { $0.hasPrefix("\(indicative[0].id) ") })
        #expect(row.contains("~"), "\(row)")
    }

    @Test("CSV: indicative yes on her indicative standards' rows, no on the others and on the whole sample's")
    func csv() throws {
        let (indicative, firm, report) = try Self.expected()
        let rows = try CSVRows.read(try Report.render(report, format: .csv)).dropFirst()
        func named(_ row: [String]) -> [String: String] { Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, row)) }
        let standards = rows.map(named).filter { $0["type"] == "standard" }
        for s in indicative {
            #expect(standards.first { $0["group"] == Self.officer && $0["id"] == s.id }?["indicative"] == "yes", "\(s.id)")
        }
        for s in firm {
            #expect(standards.first { $0["group"] == Self.officer && $0["id"] == s.id }?["indicative"] == "no", "\(s.id)")
        }
        #expect(standards.filter { $0["group"] == "all" }.allSatisfy { $0["indicative"] == "no" })
    }

    @Test("JSON: indicative on her standards; never on the whole sample's")
    func json() throws {
        let (indicative, firm, report) = try Self.expected()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Report.render(report, format: .json).utf8)) as? [String: Any])
        let standards = try #require(root["standards"] as? [String: [String: Any]])
        for s in indicative { #expect(standards[s.id]?["indicative"] as? Bool == true, "\(s.id)") }
        for s in firm { #expect(standards[s.id]?["indicative"] as? Bool == false, "\(s.id)") }
        let whole = try #require((root["wholeSample"] as? [String: Any])?["standards"] as? [String: [String: Any]])
        #expect(whole.values.allSatisfy { $0["indicative"] == nil })
    }

    @Test("docs/manager-guide.md says what the printed report does")
    func managerGuide() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/manager-guide.md"), encoding: .utf8)
        let (indicative, _, report) = try Self.expected()
        let band = try #require(report.results.standard(indicative[0].id)?.computed)
        // What it promises, and that the report does it.
        #expect(guide.contains("the report writes \"(indicative)\" after it"))
        #expect(try Report.render(report, format: .text).contains("\(band.displayName) (indicative)"))
        #expect(guide.contains("This goes for her **standards** too"))
        #expect(guide.contains("In CSV the `indicative` column says `yes` or `no`"))
        #expect(guide.contains("in JSON each of her key questions and standards has `\"indicative\": true` or `false`"))
        #expect(guide.contains("neither are the groups of `--by sample`"))
    }

    @Test("--by sample: no group is marked; --by grade: the groups may be, the whole inspection's column never")
    func breakdowns() throws {
        let inspection = try London.inspection(rated: true)
        let bySample = try ResultsReport(inspection: inspection, by: .sample)
        let text = try Report.render(bySample, format: .text)
        let table = text.components(separatedBy: "key questions by sample")[1]
        #expect(!table.split(separator: "\n").filter { $0.hasPrefix("  2.") || $0.hasPrefix("  4.") }.contains { $0.contains("~") })
        let root = try #require(try JSONSerialization.jsonObject(with: Data(Report.render(bySample, format: .json).utf8)) as? [String: Any])
        let groups = try #require((root["breakdown"] as? [String: Any])?["groups"] as? [[String: Any]])
        for group in groups {
            let kqs = try #require(group["keyQuestions"] as? [String: [String: Any]])
            #expect(kqs.values.allSatisfy { $0["indicative"] as? Bool == false })
        }
        let csv = try CSVRows.read(try Report.render(bySample, format: .csv))
        #expect(csv.dropFirst().filter { $0[0].hasPrefix("sample:") && $0[1] != "overall" }.allSatisfy { $0[11] == "no" })

        // By officer: each officer's small numbers are marked; the last column (all cases) never.
        let byOfficer = try Report.tables(ResultsReport(inspection: inspection, by: .officer))[1]
        var marked = false
        for row in byOfficer.rows {
            guard case .keyQuestion(let cells) = row else { continue }
            #expect(!(cells.last ?? "").contains("~"), "\(cells)")
            if cells.dropFirst().dropLast().contains(where: { $0.hasPrefix("~") }) { marked = true }
        }
        #expect(marked)
    }
}
