import CasemarkTestSupport
import Foundation
import Testing

/// London CRC 2019 through the commands a lead inspector types: import, rate, report.
@Suite struct LondonCommandLineTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CasemarkReportTests/Fixtures/london-crc-2019.csv").path

    @Test("import → rate × 7 → report --format json: the published ratings and 15 → Requires improvement")
    func importRateReport() throws {
        let scratch = TestFolder()
        let casemark = { (args: [String]) in try ImportReportCommandTests.casemark(args, in: scratch.path) }
        let imported = try casemark(["import", "London-CRC", "--csv", Self.fixture, "--provider", "London CRC"])
        try #require(imported.status == 0, "\(imported.stderr)")

        let before = try casemark(["report", "London-CRC", "--format", "json"])
        let computed = try Self.standards(before.stdout)
        for id in ["2.2", "2.3", "2.4"] { #expect(computed[id]?["computed"] as? String == "Inadequate") }
        #expect(try Self.overall(before.stdout)["ratedStandards"] as? Int == 6)

        let ratings: [(String, String)] = [
            ("1.1", "good"), ("1.2", "good"), ("1.3", "good"), ("1.4", "requires-improvement"),
            ("2.2", "requires-improvement"), ("2.3", "Requires improvement"), ("2.4", "REQUIRES-IMPROVEMENT"),
        ]
        for (standard, rating) in ratings {
            let run = try casemark(["rate", "London-CRC", standard, rating, "--reason", "Wider evidence, fieldwork week 2"])
            #expect(run.status == 0, "rate \(standard): \(run.stderr)")
        }

        let after = try casemark(["report", "London-CRC", "--format", "json"])
        let standards = try Self.standards(after.stdout)
        let published = ["1.1": "Good", "1.2": "Good", "1.3": "Good", "1.4": "Requires improvement",
                         "2.1": "Requires improvement", "2.2": "Requires improvement", "2.3": "Requires improvement",
                         "2.4": "Requires improvement", "4.1": "Good", "4.2": "Good"]
        for (id, rating) in published { #expect(standards[id]?["rating"] as? String == rating, "standard \(id)") }
        #expect(standards["2.2"]?["computed"] as? String == "Inadequate")
        let overall = try Self.overall(after.stdout)
        #expect(overall["score"] as? Int == 15)
        #expect(overall["rating"] as? String == "Requires improvement")

        let text = try casemark(["report", "London-CRC"])
        #expect(text.stdout.contains("Overall: 15 → Requires improvement"))
    }

    static func root(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
    static func standards(_ json: String) throws -> [String: [String: Any]] {
        try #require(try root(json)["standards"] as? [String: [String: Any]])
    }
    static func overall(_ json: String) throws -> [String: Any] {
        try #require(try root(json)["overall"] as? [String: Any])
    }
}
