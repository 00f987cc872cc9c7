import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// `report FILE.csv` counts straight from the cells (`CSVImport.scoring`); it must give exactly
/// what importing the file and scoring its cases gives: the same counts for every key question
/// and sample, and for a file the importer refuses, the same problems, in the same order.
@Suite struct CSVCountsTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_130

    /// Whether both ways agree on `bytes`; records an issue naming the input when not.
    @discardableResult
    static func agree(_ bytes: [UInt8], framework: Framework, _ note: String) -> Bool {
        let imported = CSVImport.parse(bytes, file: "rows.csv", framework: framework).map { Scoring(framework: framework, cases: $0) }
        let counted = CSVImport.scoring(bytes, file: "rows.csv", framework: framework)
        switch (imported, counted) {
        case (.success(let a), .success(let b)):
            #expect(a.tallies == b.tallies, "\(note)")
            #expect(a.caseCounts == b.caseCounts, "\(note)")
            return true
        case (.failure(let a), .failure(let b)):
            #expect(a == b, "\(note)")
        default:
            Issue.record("\(note): import \(imported.map { _ in "accepted" }), counting \(counted.map { _ in "accepted" })")
        }
        return false
    }

    /// A file in the import layout: key-question columns of every sample in a random order
    /// (some left out), cells in every spelling the importer knows and some it refuses,
    /// risk-of-serious-harm Y, N, empty or neither, names that tidy or not.
    static func randomFile(_ rng: inout SplitMix64, framework: Framework, rows: Int, valid: Bool) -> [UInt8] {
        let kqs = framework.markedKeyQuestions.map(\.id).filter { _ in Int.random(in: 0..<5, using: &rng) > 0 }.shuffled(using: &rng)
        var header = ["case_id", "responsible_officer", "officer_grade", "sample"] + kqs + ["rosh_issues_apply", "gender"]
        if Bool.random(using: &rng) { header.insert("status", at: 4) }
        let samples = framework.samples.map(\.id) + ["Case supervision", valid ? "unpaid-work" : "community"]
        let cells = ["Y", "N", "NA", "", "", "y", "no", " n/a ", "YES"] + (valid ? [] : ["Maybe", "?"])
        let names = ["Chloé Duval", "Jack O'Neill", "  Ann  Lee ", "Ødegård Ines", "李 小龙", " \u{301}x", "\tTab Name"] + (valid ? [] : ["", "   ", "\u{3000}"])
        // N rules 2.2.3, 2.3.3 and 2.4.3 out: a yes or no there is refused, so valid files keep
        // those cells NA or empty on such rows.
        let rosh = ["Y", "N", "", "n", " N "] + (valid ? [] : ["maybe"])
        var lines = [header.joined(separator: ",")]
        for r in 0..<rows {
            let sample = samples.randomElement(using: &rng)!
            let id = !valid && Int.random(in: 0..<50, using: &rng) == 0 ? "R-\(max(0, r - 1))" : "R-\(r)"
            var row = [id, "\"\(names.randomElement(using: &rng)!)\"", ["PO", "PSO", "", "pso"].randomElement(using: &rng)!, sample]
            if header.contains("status") { row.append(["", "complete", "in-progress"].randomElement(using: &rng)!) }
            let roshCell = rosh.randomElement(using: &rng)!
            let ruledOut = roshCell.trimmingCharacters(in: .whitespaces).uppercased() == "N"
            for kq in kqs {
                // Mostly cells that fit the case's sample, as a real file holds.
                var fits = framework.standard(containing: kq)?.sample == framework.samples.first { $0.id == sample || $0.title == sample }?.id
                if ruledOut && framework.keyQuestion(kq)?.notApplicableWhen != nil { fits = false }
                row.append(fits || !valid && Bool.random(using: &rng) ? cells.randomElement(using: &rng)! : ["", "NA"].randomElement(using: &rng)!)
            }
            row.append(roshCell)
            row.append(["female", "", "male"].randomElement(using: &rng)!)
            lines.append(row.joined(separator: ","))
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test("random files, valid and not: the same counts, or the same problems")
    func randomFiles() throws {
        let framework = try FrameworkLibrary.bundled()
        var rng = SplitMix64(seed: Self.seed)
        var accepted = 0
        for i in 0..<400 {
            let bytes = Self.randomFile(&rng, framework: framework, rows: Int.random(in: 0..<60, using: &rng), valid: i % 2 == 0)
            if Self.agree(bytes, framework: framework, "seed \(Self.seed) file \(i)") { accepted += 1 }
        }
        #expect(accepted > 100 && accepted < 400, "accepted \(accepted)")  // both ways exercised
    }

    @Test("10,000 mutations of a valid file: the same counts, or the same problems")
    func mutatedFiles() throws {
        let framework = try FrameworkLibrary.bundled()
        var rng = SplitMix64(seed: Self.seed &+ 1)
        let fuzz = CSVImportFuzzTests()
        let base = Self.randomFile(&rng, framework: framework, rows: 8, valid: true)
        try #require(Self.agree(base, framework: framework, "the file mutated"))
        var accepted = 0
        for i in 0..<10_000 {
            let source = i % 2 == 0 ? base : CSVImportFuzzTests.valid
            if Self.agree(fuzz.mutate(source, &rng), framework: framework, "seed \(Self.seed) mutation \(i)") { accepted += 1 }
        }
        #expect(accepted > 500 && accepted < 10_000, "accepted \(accepted)")
    }

    @Test("the generated benchmark file: the same counts")
    func benchmarkRows() throws {
        let framework = try FrameworkLibrary.bundled()
        var lines = ["case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,2.1.3,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3,rosh_issues_apply"]
        var rng = SplitMix64(seed: Self.seed &+ 2)
        for r in 0..<2_000 {
            let rosh = Int.random(in: 0..<4, using: &rng) == 0 ? "N" : "Y"
            let cells = (0..<12).map { k -> String in
                if rosh == "N" && [5, 8, 11].contains(k) { return "NA" }
                return ["Y", "Y", "N", ""].randomElement(using: &rng)!
            }
            lines.append((["R-\(r)", "Officer \(r % 40)", r % 3 == 0 ? "PSO" : "PO", "case-supervision"] + cells + [rosh]).joined(separator: ","))
        }
        #expect(Self.agree(Array(lines.joined(separator: "\n").utf8), framework: framework, "benchmark rows"))
    }
}
