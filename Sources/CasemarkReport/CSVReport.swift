import CSV
import CasemarkModel
import Foundation

/// The CSV report: one row per key question and per standard (and one for the overall rating),
/// for each group shown, written through the CSV library's writer into memory.
public enum CSVReport {
    public static let columns = [
        "group", "type", "id", "title", "yes", "no", "not_applicable", "unanswered", "applicable",
        "percent", "band", "indicative", "computed", "rating", "discretion", "reason", "score",
        "counts_toward_overall",
    ]

    public static func render(_ report: ResultsReport) throws -> String {
        var rows: [[String]] = [columns]
        let framework = report.framework
        if let officer = report.officer {
            rows += self.rows(report.results, group: officer.name, framework: framework, subset: true)
            if let whole = report.whole { rows += self.rows(whole, group: "all", framework: framework, subset: false) }
        } else {
            rows += self.rows(report.results, group: "all", framework: framework, subset: false)
        }
        if let breakdown = report.breakdown {
            for group in breakdown.groups {
                // A sample is the whole of the sample for its own key questions: never indicative.
                rows += self.rows(
                    group.results, group: "\(breakdown.by):\(group.name)", framework: framework,
                    subset: breakdown.by.isSubset)
            }
        }
        return try write(rows)
    }

    static func rows(_ results: InspectionResults, group: String, framework: Framework, subset: Bool) -> [[String]] {
        var out: [[String]] = []
        func n(_ v: Int?) -> String { v.map(String.init) ?? "" }
        for standard in framework.standards {
            guard let s = results.standard(standard.id) else { continue }
            out.append([
                group, "standard", standard.id, standard.title, "", "", "", "", "", "", "",
                Indicative.isIndicative(standard: standard, in: results, subset: subset) ? "yes" : "no",
                s.computed?.displayName ?? "", s.rating?.displayName ?? "", s.isDiscretion ? "yes" : "no",
                s.recorded?.reason ?? "", "", standard.countsTowardOverall ? "yes" : "no",
            ])
            for kq in standard.keyQuestions {
                guard let r = results.keyQuestion(kq.id) else { continue }
                out.append([
                    group, "key-question", kq.id, kq.text, n(r.tally.yes), n(r.tally.no), n(r.tally.notApplicable),
                    n(r.tally.unanswered), n(r.tally.applicable), n(r.percent), r.band?.displayName ?? "",
                    Indicative.isIndicative(r.tally, subset: subset) ? "yes" : "no", "", "", "", "", "", "",
                ])
            }
        }
        let overall = results.overall
        out.append([
            group, "overall", "overall", "Overall (\(overall.ratedStandards) of \(overall.totalStandards) rated)",
            "", "", "", "", "", "", "", "", "", overall.band?.displayName ?? "", "", "", n(overall.score), "",
        ])
        return out
    }

    /// RFC 4180 through the library's writer, into memory; the library leaves no final newline.
    /// Every cell is made spreadsheet-safe first: names and reasons come from people's typing.
    static func write(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row.map(SpreadsheetCell.safe)) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVReportError.noOutput
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

enum CSVReportError: Error, CustomStringConvertible {
    case noOutput
    var description: String { "the CSV writer produced no output" }
}
