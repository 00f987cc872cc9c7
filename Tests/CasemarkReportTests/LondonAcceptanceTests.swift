import Foundation
import Testing
import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
@testable import CasemarkReport

/// The London CRC 2019 report (HMIP's inspection report, Annex 2) must come out exactly, through the real path:
/// the CSV layout imported into an inspection folder, ratings recorded, the folder read back.
@Suite struct LondonAcceptanceTests {
    static let importedAt = "2019-06-03T09:00:00Z"

    func importLondon(_ scratch: TestFolder) throws -> CSVImportSummary {
        try CSVImport.importFile(
            csvPath: London.csvURL.path, into: scratch.sub("London-CRC"), provider: "London CRC", framework: nil,
            by: "Fieldwork Team", at: Self.importedAt)
    }

    /// What `casemark rate` does: the rating and reason kept in inspection.json.
    func rate(_ path: String, _ standard: String, _ rating: Band, _ reason: String) throws {
        let inspection = try WritableInspection.open(at: path)
        var record = inspection.record
        let (by, at) = ("Lead Inspector", "2019-06-14T10:00:00Z")
        record.record(RecordedRating(rating: rating, reason: reason, by: by, at: at), for: standard, by: by, at: at, changeID: ChangeID.random())
        try inspection.saveRecord(record)
    }

    /// London imported, then rated as the lead inspector rated it; returns the inspection's path.
    func importAndRate(_ scratch: TestFolder) throws -> String {
        _ = try importLondon(scratch)
        for r in London.recorded { try rate(scratch.sub("London-CRC"), r.standard, r.rating, r.reason) }
        return scratch.sub("London-CRC")
    }

    @Test("imported through the CSV layout: every key-question percent as published, 2.2–2.4 computed Inadequate")
    func percentsAndComputedRatings() throws {
        let scratch = TestFolder()
        let summary = try importLondon(scratch)
        #expect(summary.created)
        #expect(summary.count == 148 + 97 + 79)
        #expect(summary.countsBySample == "case-supervision 148, unpaid-work 97, through-the-gate 79")

        let (inspection, problems) = try InspectionFolder.load(at: scratch.sub("London-CRC"))
        #expect(problems.filter(\.isError).isEmpty)
        #expect(inspection.record.provider == "London CRC")
        #expect(inspection.cases.count == 324)
        let results = inspection.results()
        for (id, percent) in London.publishedPercent {
            #expect(results.keyQuestion(id)?.percent == percent, "key question \(id)")
        }
        // The RoSH sub-sample is smaller than 148; the rest are outside the denominator.
        let planningSafety = try #require(results.keyQuestion("2.2.3"))
        #expect(planningSafety.tally.applicable < 148)
        #expect(planningSafety.tally.applicable + planningSafety.tally.notApplicable == 148)
        for (id, band) in London.computed {
            #expect(results.standard(id)?.computed == band, "standard \(id)")
        }
        #expect(results.overall.summary == "6 of 10 rated")
    }

    @Test("after rate records domain one and the discretion: published ratings and overall 15 → Requires improvement")
    func publishedRatings() throws {
        let scratch = TestFolder()
        let (inspection, _) = try InspectionFolder.load(at: try importAndRate(scratch))
        let results = inspection.results()
        for (id, band) in London.published {
            #expect(results.standard(id)?.rating == band, "standard \(id)")
        }
        // The computed rating is kept beside the recorded one.
        for id in ["2.2", "2.3", "2.4"] {
            #expect(results.standard(id)?.computed == .inadequate)
            #expect(results.standard(id)?.isDiscretion == true)
        }
        #expect(results.overall.score == 15)
        #expect(results.overall.band == .requiresImprovement)
        #expect(results.overall.summary == "15 → Requires improvement")

        let text = try Report.render(ResultsReport(inspection: inspection), format: .text)
        #expect(text.contains("Overall: 15 → Requires improvement"))
    }

    @Test("round trip: import → files → report JSON equals the JSON computed from the model directly")
    func roundTrip() throws {
        let scratch = TestFolder()
        let (fromFiles, _) = try InspectionFolder.load(at: try importAndRate(scratch))
        let reported = try Report.render(ResultsReport(inspection: fromFiles), format: .json)

        // Straight from the model: the parsed CSV scored in memory, no files involved.
        let direct = try London.inspection(rated: true)
        let expected = Self.designJSON(provider: "London CRC", framework: direct.framework, results: direct.results())

        let root = try #require(try JSONSerialization.jsonObject(with: Data(reported.utf8)) as? [String: Any])
        for key in ["provider", "officer", "keyQuestions", "standards", "overall"] {
            let got = Self.fixedKeys(root[key], under: key)
            #expect(NSDictionary(dictionary: ["v": got as Any]).isEqual(to: ["v": expected[key] as Any]), "key \(key)")
        }
        // And every byte of the report is the same whichever way the inspection was built.
        var directRecorded = direct
        directRecorded.record = fromFiles.record
        #expect(try Report.render(ResultsReport(inspection: directRecorded), format: .json) == reported)
        #expect(try Report.render(ResultsReport(inspection: directRecorded), format: .csv)
            == Report.render(ResultsReport(inspection: fromFiles), format: .csv))
    }

    /// The report JSON's fixed keys, as docs/commands.md ("The JSON report") lays them out, built here from the model's
    /// results without going through JSONReport.
    static func designJSON(provider: String, framework: Framework, results: InspectionResults) -> [String: Any] {
        var keyQuestions: [String: Any] = [:]
        for kq in results.keyQuestions {
            keyQuestions[kq.id] = [
                "yes": kq.tally.yes, "no": kq.tally.no, "notApplicable": kq.tally.notApplicable,
                "unanswered": kq.tally.unanswered,
                "percent": kq.percent.map { $0 as Any } ?? NSNull(),
                "band": kq.band.map { $0.rawValue as Any } ?? NSNull(),
            ] as [String: Any]
        }
        var standards: [String: Any] = [:]
        for s in results.standards {
            let override: Any = s.ratedFrom == .cases && s.recorded != nil
                ? ["rating": s.recorded!.rating.rawValue, "reason": s.recorded!.reason] : NSNull()
            standards[s.id] = [
                "computed": s.computed.map { $0.rawValue as Any } ?? NSNull(),
                "rating": s.rating.map { $0.rawValue as Any } ?? NSNull(),
                "override": override,
            ] as [String: Any]
        }
        return [
            "provider": provider, "officer": NSNull(), "keyQuestions": keyQuestions, "standards": standards,
            "overall": [
                "score": results.overall.score.map { $0 as Any } ?? NSNull(),
                "rating": results.overall.band.map { $0.rawValue as Any } ?? NSNull(),
                "ratedStandards": results.overall.ratedStandards,
            ] as [String: Any],
        ]
    }

    /// The part of a report value whose keys are fixed (the report may add keys).
    static func fixedKeys(_ value: Any?, under key: String) -> Any? {
        let fields: [String]
        switch key {
        case "keyQuestions": fields = ["yes", "no", "notApplicable", "unanswered", "percent", "band"]
        case "standards": fields = ["computed", "rating", "override"]
        case "overall": return (value as? [String: Any]).map { $0.filter { ["score", "rating", "ratedStandards"].contains($0.key) } }
        default: return value
        }
        guard let entries = value as? [String: Any] else { return nil }
        return entries.mapValues { entry in (entry as? [String: Any])?.filter { fields.contains($0.key) } as Any }
    }
}
