import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport

/// Every format rendered from the London CRC inspection in memory.
@Suite struct ReportRenderingTests {
    @Test("the text report is the Annex 2 table: percents, bands, computed and recorded ratings, footnotes, overall")
    func textAnnex() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func line(startingWith prefix: String) -> String? { lines.first { $0.hasPrefix(prefix) } }
        #expect(lines.first == "London CRC: inspection results")
        let kq = try #require(line(startingWith: "  2.1.1 "))
        #expect(kq.contains("92 of 148"))
        #expect(kq.contains("62%"))
        #expect(kq.contains("Requires improvement"))
        let planning = try #require(line(startingWith: "2.2 Planning"))
        #expect(planning.contains("Inadequate"))
        #expect(planning.contains("Requires improvement * [5]"))
        let leadership = try #require(line(startingWith: "1.1 Leadership"))
        #expect(leadership.contains("rated from evidence"))
        #expect(leadership.contains("Good [1]"))
        #expect(lines.contains("Overall: 15 → Requires improvement"))
        #expect(lines.contains { $0.hasPrefix("[5] 2.2 Planning: professional discretion by Lead Inspector on 2019-06-14: computed Inadequate from the cases, recorded Requires improvement. Reason: In arriving at the rating for planning") })
        #expect(lines.contains { $0.hasPrefix("* Professional discretion") })
        #expect(lines.contains { $0.contains("2.2.3, 2.3.3, 2.4.3") })
        // Columns line up: every key-question row puts its percent at the same place.
        let percentColumns = Set(lines.filter { $0.hasPrefix("  2.") || $0.hasPrefix("  4.") }.map { $0.range(of: "%")!.lowerBound.utf16Offset(in: $0) })
        #expect(percentColumns.count == 1)
    }

    @Test("an incomplete inspection shows n of 10 rated and no overall rating")
    func textIncomplete() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: false))
        let text = try Report.render(report, format: .text)
        #expect(text.contains("Overall: 6 of 10 rated: no overall rating until all 10 standards are rated"))
        #expect(text.contains("not rated"))
    }

    @Test("JSON: the fixed keys with the design's example values, null where there is none, sorted keys")
    func json() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["provider"] as? String == "London CRC")
        #expect(root["officer"] is NSNull)
        let kqs = try #require(root["keyQuestions"] as? [String: [String: Any]])
        let k211 = try #require(kqs["2.1.1"])
        #expect(k211["yes"] as? Int == 92)
        #expect(k211["no"] as? Int == 56)
        #expect(k211["notApplicable"] as? Int == 0)
        #expect(k211["unanswered"] as? Int == 0)
        #expect(k211["percent"] as? Int == 62)
        #expect(k211["band"] as? String == "Requires improvement")
        let standards = try #require(root["standards"] as? [String: [String: Any]])
        let planning = try #require(standards["2.2"])
        #expect(planning["computed"] as? String == "Inadequate")
        #expect(planning["rating"] as? String == "Requires improvement")
        let override = try #require(planning["override"] as? [String: Any])
        #expect(override["rating"] as? String == "Requires improvement")
        #expect((override["reason"] as? String)?.hasPrefix("In arriving at the rating for planning") == true)
        #expect(standards["2.1"]?["override"] is NSNull)
        #expect(standards["1.1"]?["computed"] is NSNull)
        #expect(standards["1.1"]?["rating"] as? String == "Good")
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["score"] as? Int == 15)
        #expect(overall["rating"] as? String == "Requires improvement")
        #expect(overall["ratedStandards"] as? Int == 10)
        // Sorted keys, so the output is stable and diffs are small.
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix { $0 != "\"" }) }
        #expect(topKeys == topKeys.sorted())
        #expect(text.contains("\"officer\": null"))
    }

    @Test("JSON of an unrated inspection writes null for score and rating, and no percent where nothing applies")
    func jsonNulls() throws {
        let empty = Inspection(
            record: InspectionRecord(provider: "Empty CRC", framework: London.framework.id),
            framework: London.framework, cases: [])
        let root = try #require(try JSONSerialization.jsonObject(
            with: Data(Report.render(ResultsReport(inspection: empty), format: .json).utf8)) as? [String: Any])
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["score"] is NSNull)
        #expect(overall["rating"] is NSNull)
        #expect(overall["ratedStandards"] as? Int == 0)
        let kq = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.1.1"])
        #expect(kq["percent"] is NSNull)
        #expect(kq["band"] is NSNull)
    }

    @Test("CSV: one row per standard and key question (and the overall), read back by the CSV importer's library")
    func csv() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .csv)
        #expect(text.hasSuffix("\n"))
        let rows = try CSVRows.read(text)
        #expect(rows.first == CSVReport.columns)
        let body = rows.dropFirst()
        #expect(body.filter { $0[1] == "standard" }.count == 10)
        #expect(body.filter { $0[1] == "key-question" }.count == 19)
        let row = try #require(body.first { $0[2] == "2.2.3" })
        let named = Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, row))
        #expect(named["percent"] == "48")
        #expect(named["band"] == "Inadequate")
        #expect(named["title"] == "Does planning focus sufficiently on keeping other people safe?")
        let planning = try #require(body.first { $0[2] == "2.2" })
        let p = Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, planning))
        #expect(p["computed"] == "Inadequate")
        #expect(p["rating"] == "Requires improvement")
        #expect(p["discretion"] == "yes")
        #expect(p["reason"]?.contains(", to take into account") == true)  // a comma survives quoting
        let overall = try #require(body.first { $0[1] == "overall" })
        #expect(Dictionary(uniqueKeysWithValues: zip(CSVReport.columns, overall))["score"] == "15")
    }

    @Test("Markdown: a pipe table with markup in names and reasons escaped")
    func markdown() throws {
        var inspection = try London.inspection(rated: true)
        inspection.record.ratings["1.1"]?.reason = "Strong | clear *vision* <b>"
        inspection.record.provider = "London_CRC #1"
        let text = try Report.render(ResultsReport(inspection: inspection), format: .markdown)
        #expect(text.hasPrefix("# London\\_CRC \\#1: inspection results\n"))
        #expect(text.contains("| 2.1.1 Does assessment focus sufficiently on engaging the service user? | 92 of 148 | 62% | Requires improvement |  |"))
        #expect(text.contains("Strong \\| clear \\*vision\\* \\<b\\>"))
        #expect(!text.contains("Strong | clear"))
        #expect(text.contains("**Overall: 15 → Requires improvement**"))
    }

    @Test("HTML: a whole document, every value escaped")
    func html() throws {
        var inspection = try London.inspection(rated: true)
        inspection.record.provider = "<script>alert('x')</script> & Co"
        inspection.record.ratings["2.2"]?.reason = "\"quoted\" <i>reason</i>"
        let text = try Report.render(ResultsReport(inspection: inspection), format: .html)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<meta charset=\"utf-8\">"))
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"))
        #expect(text.contains("&quot;quoted&quot; &lt;i&gt;reason&lt;/i&gt;"))
        #expect(text.contains("<td>2.1.1 Does assessment focus sufficiently on engaging the service user?</td><td class=\"num\">92 of 148</td>"))
        #expect(text.hasSuffix("</html>\n"))
    }

    @Test("every format renders an inspection with no cases at all without failing")
    func emptyInspection() throws {
        let empty = Inspection(
            record: InspectionRecord(provider: "Empty", framework: London.framework.id),
            framework: London.framework, cases: [])
        for format in ReportFormat.allCases {
            let out = try Report.render(ResultsReport(inspection: empty, by: .grade), format: format)
            #expect(!out.isEmpty, "\(format)")
        }
    }
}
