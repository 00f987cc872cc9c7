import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation
import Testing

/// `report --across`: pooled key questions are the counts of every case added up, standards are
/// computed from the pooled key questions, each inspection keeps its own ratings.
@Suite struct AcrossReportTests {
    /// London's cases, with each case id prefixed, and a provider: a second inspection.
    static func copy(of london: Inspection, provider: String, prefix: String, keep: (Case) -> Bool = { _ in true }) -> Inspection {
        var record = london.record
        record.provider = provider
        record.ratings = [:]
        let cases = london.cases.filter(keep).map { c -> Case in
            var c = c
            c.id = prefix + c.id
            return c
        }
        return Inspection(record: record, framework: london.framework, cases: cases)
    }

    @Test("pooled over two inspections: each key question's counts are the sum of both, its percent and band recomputed from them")
    func pooledCounts() throws {
        let london = try London.inspection(rated: true)
        // The second inspection: London's PSO cases only, so that the pool differs from either.
        let other = Self.copy(of: london, provider: "Kent CRC", prefix: "K-") { $0.responsibleOfficer.grade == "PSO" }
        let report = try AcrossReport(inspections: [("london", london), ("kent", other)])
        let a = london.scoring(), b = other.scoring()
        for kq in london.framework.markedKeyQuestions {
            let pooled = try #require(report.results.keyQuestion(kq.id))
            let sum = a.tally(kq.id) + b.tally(kq.id)
            #expect(pooled.tally == sum, "\(kq.id)")
            // The percent by hand: yes / (yes + no) × 100, rounded half up.
            let expected = sum.applicable == 0 ? nil : Int((Double(sum.yes) * 100 / Double(sum.applicable) + 0.5).rounded(.down))
            #expect(pooled.percent == expected, "\(kq.id)")
        }
        #expect(report.caseTotal == london.cases.count + other.cases.count)
        #expect(report.caseCounts["case-supervision"] == a.caseCounts["case-supervision"]! + b.caseCounts["case-supervision"]!)
    }

    @Test("pooled standards are the lowest pooled band, never the recorded ratings; each inspection keeps its own recorded ratings and overall")
    func standardsAndRatings() throws {
        let london = try London.inspection(rated: true)
        let twin = Self.copy(of: london, provider: "London CRC again", prefix: "T-")
        let report = try AcrossReport(inspections: [("a", london), ("b", twin)])
        // The same cases twice: the same percentages, so London's computed ratings.
        for (id, band) in London.computed {
            #expect(report.results.standard(id)?.computed == band, "\(id)")
            #expect(report.results.standard(id)?.recorded == nil)
        }
        #expect(report.results.keyQuestion("2.1.1")?.tally.yes == 2 * 92)
        #expect(report.results.keyQuestion("2.1.1")?.percent == 62)
        #expect(report.inspections.map(\.provider) == ["London CRC", "London CRC again"])
        #expect(report.inspections[0].results.overall.score == 15)
        #expect(report.inspections[0].results.standard("2.2")?.rating == .requiresImprovement)
        #expect(report.inspections[1].results.overall.score == nil)
        #expect(report.inspections[1].results.standard("2.2")?.rating == .inadequate)
    }

    @Test("--by grade over the pool is the breakdown of every case of every inspection; --by provider one group per inspection in the order given")
    func breakdowns() throws {
        let london = try London.inspection(rated: false)
        let other = Self.copy(of: london, provider: "Kent CRC", prefix: "K-") { $0.sample == "case-supervision" }
        let byGrade = try AcrossReport(inspections: [("l", london), ("k", other)], by: .grade)
        let expected = Breakdown(framework: london.framework, cases: london.cases + other.cases, by: .grade)
        #expect(byGrade.breakdown?.groups.map(\.name) == expected.groups.map(\.name))
        for (got, want) in zip(byGrade.breakdown?.groups ?? [], expected.groups) {
            #expect(got.results == want.results)
        }
        let byProvider = try AcrossReport(inspections: [("l", london), ("k", other)], by: .provider)
        #expect(byProvider.breakdown?.groups.map(\.name) == ["London CRC", "Kent CRC"])
        #expect(byProvider.breakdown?.groups[1].results == other.scoring().results(ratings: [:]))
        // Two inspections of one provider are told apart by their folders.
        let again = Self.copy(of: london, provider: "London CRC", prefix: "B-")
        let twice = try AcrossReport(inspections: [("2019/london", london), ("2020/london-b", again)], by: .provider)
        #expect(twice.breakdown?.groups.map(\.name) == ["London CRC (london)", "London CRC (london-b)"])
    }

    @Test("--by an attribute groups by its value, cases without it in their own group; an attribute no case has is refused, listing those there are")
    func byAttribute() throws {
        let london = try London.inspection(rated: false)
        let report = try AcrossReport(inspections: [("l", london)], by: .attribute("LDU"))
        let names = report.breakdown?.groups.map(\.name) ?? []
        #expect(names.contains("North"))
        let total = report.breakdown?.groups.reduce(0) { $0 + $1.cases.count }
        #expect(total == london.cases.count)
        #expect(throws: AcrossError.self) { try AcrossReport(inspections: [("l", london)], by: .attribute("rosh_levl")) }
        do {
            _ = try AcrossReport(inspections: [("l", london)], by: .attribute("rosh_levl"))
        } catch {
            #expect(error.description.contains("rosh_levl"))
            #expect(error.description.contains("rosh_issues_apply"))
        }
    }

    @Test("inspections of different frameworks are refused, naming both folders and frameworks")
    func differentFrameworks() throws {
        let london = try London.inspection(rated: false)
        var other = london.framework
        other.id = "hmip-probation-2021"
        let later = Inspection(
            record: InspectionRecord(provider: "Later CRC", framework: other.id), framework: other, cases: [])
        do {
            _ = try AcrossReport(inspections: [("y2019/london", london), ("y2021/later", later)])
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("y2019/london"))
            #expect(error.description.contains("hmip-probation-2018"))
            #expect(error.description.contains("y2021/later"))
            #expect(error.description.contains("hmip-probation-2021"))
        }
    }

    @Test("JSON: inspections with provider, cases, overall and standards; pooled keyQuestions with one inspection's keys; breakdown of the same shape")
    func json() throws {
        let london = try London.inspection(rated: true)
        let other = Self.copy(of: london, provider: "Kent CRC", prefix: "K-")
        let report = try AcrossReport(inspections: [("l", london), ("k", other)], by: .grade)
        let text = try Report.render(report, format: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let inspections = try #require(root["inspections"] as? [[String: Any]])
        #expect(inspections.count == 2)
        #expect(inspections[0]["provider"] as? String == "London CRC")
        #expect((inspections[0]["cases"] as? [String: Int])?["case-supervision"] == 148)
        #expect((inspections[0]["overall"] as? [String: Any])?["score"] as? Int == 15)
        #expect(((inspections[0]["standards"] as? [String: [String: Any]])?["2.2"])?["rating"] as? String == "Requires improvement")
        let kq = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.1.1"])
        let single = try #require(
            (try JSONSerialization.jsonObject(with: Data(Report.render(ResultsReport(inspection: london), format: .json).utf8))
                as? [String: Any])?["keyQuestions"] as? [String: [String: Any]])
        #expect(Set(kq.keys) == Set(try #require(single["2.1.1"]).keys))
        #expect(kq["yes"] as? Int == 184)
        #expect(kq["percent"] as? Int == 62)
        #expect(((root["standards"] as? [String: [String: Any]])?["2.2"])?["computed"] as? String == "Inadequate")
        let breakdown = try #require(root["breakdown"] as? [String: Any])
        #expect(breakdown["by"] as? String == "grade")
        let groups = try #require(breakdown["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["PO", "PSO"])
        #expect(Set(groups[0].keys) == ["name", "cases", "keyQuestions", "standards"])
    }

    @Test("every format renders, naming each inspection; the text's side-by-side row shows its ratings and overall")
    func formats() throws {
        let london = try London.inspection(rated: true)
        let other = Self.copy(of: london, provider: "Jack O'Neill & Co <CRC>", prefix: "K-")
        let report = try AcrossReport(inspections: [("l", london), ("k", other)], by: .provider)
        let text = try Report.render(report, format: .text)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("London CRC ") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).suffix(13).joined(separator: " ")
            == "324 GD GD GD RI RI RI* RI* RI* GD GD 15 RI")
        #expect(text.contains("Professional discretion"))
        let markdown = try Report.render(report, format: .markdown)
        #expect(markdown.contains("| London CRC | 324 |"))
        let html = try Report.render(report, format: .html)
        #expect(html.contains("Jack O&#39;Neill &amp; Co &lt;CRC&gt;"))
        #expect(!html.contains("<CRC>"))
        let csv = try Report.render(report, format: .csv)
        #expect(csv.contains("inspection:London CRC,standard,2.2,Planning"))
        #expect(csv.contains("all,key-question,2.1.1,"))
        #expect(csv.contains("provider:London CRC,key-question,2.1.1,"))
    }

    @Test("HTML: one self-contained page; each inspection's ratings as a table; a bar per pooled key question carrying its pooled percent; small multiples with --by")
    func htmlCharts() throws {
        let london = try London.inspection(rated: true)
        let other = Self.copy(of: london, provider: "Kent CRC", prefix: "K-") { $0.responsibleOfficer.grade == "PSO" }
        let report = try AcrossReport(inspections: [("l", london), ("k", other)], by: .grade)
        let html = try Report.render(report, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<td>London CRC</td>"))
        #expect(html.contains("<td>Kent CRC</td>"))
        for kq in london.framework.markedKeyQuestions {
            let percent = try #require(report.results.keyQuestion(kq.id)?.percent)
            #expect(html.contains("data-percent=\"\(percent)\" data-key-question=\"\(kq.id)\""), "\(kq.id)")
        }
        #expect(html.contains("Key questions by officer grade"))
    }
}
