import CasemarkTestSupport
import Foundation
import Testing

/// `casemark sample` run as a lead inspector runs it before fieldwork.
@Suite struct SampleCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Lead Inspector"])
    }

    /// 200 eligible cases: 20 % high risk, 30 % medium, 50 % low; gender F on every fourth.
    static func population() -> String {
        var lines = ["case_id,responsible_officer,officer_grade,sample,rosh_level,gender"]
        for i in 1...200 {
            let level = i % 10 < 2 ? "high" : i % 10 < 5 ? "medium" : "low"
            lines.append("E-\(1000 + i),Officer \(i % 9),\(i % 3 == 0 ? "PSO" : "PO"),case-supervision,\(level),\(i % 4 == 0 ? "F" : "M")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func caseIDs(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/cases")) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test("draws N cases into a new inspection in proportion to the strata; the same seed draws the same cases")
    func drawsReproducibly() throws {
        let scratch = TestFolder()
        try scratch.write("population.csv", Self.population())
        let args = ["sample", "--population", "population.csv", "--size", "40", "--seed", "7", "--strata", "rosh_level", "--provider", "Wessex CRC"]
        let first = try Self.casemark(args + ["--into", "first"], in: scratch.path)
        #expect(first.status == 0, "\(first.all)")
        #expect(first.stdout.contains("Drew 40 of 200 cases"))
        #expect(first.stdout.contains("rosh_level=high: 8 of 40"))
        #expect(first.stdout.contains("rosh_level=low: 20 of 100"))
        #expect(first.stdout.contains("seed 7"))
        let second = try Self.casemark(args + ["--into", "second"], in: scratch.path)
        #expect(second.status == 0)
        #expect(Self.caseIDs(scratch.sub("first")).count == 40)
        #expect(Self.caseIDs(scratch.sub("first")) == Self.caseIDs(scratch.sub("second")))
        // Files private to the user, as every inspection's are.
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.sub("first/inspection.json"))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        // The new inspection reports, unmarked, with the provider given.
        let report = try Self.casemark(["report", "first", "--format", "json"], in: scratch.path)
        #expect(report.stdout.contains("\"provider\": \"Wessex CRC\""))
        #expect(report.stdout.contains("\"unanswered\": 40"))
        // And passes its own check.
        let check = try Self.casemark(["sample", "--check", "first", "--population", "population.csv", "--strata", "rosh_level"], in: scratch.path)
        #expect(check.status == 0, "\(check.all)")
        #expect(check.stdout.contains("within 5 points"))
    }

    @Test("--check flags a stratum whose share is more than 5 points from the population's, and exits 1")
    func checkFlags() throws {
        let scratch = TestFolder()
        try scratch.write("population.csv", Self.population())
        // Ten cases, all of them high risk: 100 % against 20 %.
        let skewed = Self.population().split(separator: "\n").filter { $0.hasPrefix("case_id") || $0.contains(",high,") }.prefix(11)
        try scratch.write("skewed.csv", skewed.joined(separator: "\n") + "\n")
        #expect(try Self.casemark(["import", "skewed", "--csv", "skewed.csv"], in: scratch.path).status == 0)
        let run = try Self.casemark(["sample", "--check", "skewed", "--population", "population.csv", "--strata", "rosh_level"], in: scratch.path)
        #expect(run.status == 1)
        let high = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("high") })
        #expect(high.contains("100.0%"))
        #expect(high.contains("20.0%"))
        #expect(high.contains("+80.0"))
        #expect(high.contains("off by more than 5 points"))
        let json = try Self.casemark(["sample", "--check", "skewed", "--population", "population.csv", "--strata", "rosh_level", "--format", "json"], in: scratch.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(root["rows"] as? [[String: Any]])
        #expect(rows.first?["off"] as? Bool == true)
    }

    @Test("a stratum column the population lacks, a size larger than the population: refused, naming them; nothing created")
    func badInput() throws {
        let scratch = TestFolder()
        try scratch.write("population.csv", Self.population())
        let missing = try Self.casemark(["sample", "--population", "population.csv", "--size", "10", "--strata", "rosh_level,disposal", "--into", "x", "--provider", "P"], in: scratch.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("population.csv"))
        #expect(missing.stderr.contains("'disposal'"))
        #expect(missing.stderr.contains("rosh_level, gender"))
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("x")))
        let tooMany = try Self.casemark(["sample", "--population", "population.csv", "--size", "201", "--into", "x", "--provider", "P"], in: scratch.path)
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("--size 201 is larger than the population (200 cases)"))
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("x")))
        // An inspection already there is never drawn into.
        #expect(try Self.casemark(["sample", "--population", "population.csv", "--size", "5", "--into", "x", "--provider", "P"], in: scratch.path).status == 0)
        let before = scratch.snapshot()
        let again = try Self.casemark(["sample", "--population", "population.csv", "--size", "5", "--seed", "9", "--into", "x", "--provider", "P"], in: scratch.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds an inspection"))
        #expect(scratch.snapshot() == before)
    }
}
