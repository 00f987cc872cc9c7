import Testing
import CasemarkModel
import CasemarkText
@testable import CasemarkReport

@Suite struct DistinctReportWordingTests {
    @Test("at 80 columns no two key questions of a standard read alike: the cut wording starts where they differ")
    func distinctAt80() throws {
        let report = try ResultsReport(inspection: London.inspection(rated: true))
        let text = try Report.render(report, format: .text, width: 80)
        let rows = text.split(separator: "\n").map(String.init)
        for standard in report.framework.standards where standard.ratedFrom == .cases {
            let wording = standard.keyQuestions.compactMap { kq in
                rows.first { $0.hasPrefix("  \(kq.id) ") }.map { String($0.dropFirst(2 + kq.id.count + 1).prefix(20)) }
            }
            #expect(Set(wording).count == wording.count, "\(standard.id): \(wording)")
        }
        #expect(rows.contains { $0.hasPrefix("  2.1.1 …engaging the service") }, "\(text)")
    }
}
