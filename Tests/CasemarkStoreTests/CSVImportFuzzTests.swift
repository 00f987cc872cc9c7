import Testing
import CasemarkModel
import CasemarkTestSupport
@testable import CasemarkStore

/// Random bytes and random mutations of a valid CSV: the importer never crashes, and always gives
/// either cases that are valid or problems that each name the file. Seeded, so a failure replays.
@Suite struct CSVImportFuzzTests {
    static let valid = Array(#"""
        case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,2.2.3,4.1.1,rosh_issues_apply,note
        CS-001,Chloé Duval,PO,case-supervision,Y,N,NA,,Y,"a note, with ""quotes"""
        CS-002,Jack O'Neill,PSO,case-supervision,,N,,,N,
        UW-001,李 小龙,,unpaid-work,,,,y,,"two
        lines"

        """#.utf8)

    /// Bytes that matter to a CSV reader, and some that are not UTF-8.
    static let interesting: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D, 0x20, 0x2E, 0x2F, 0x59, 0x4E, 0x00, 0xC3, 0xA9, 0xE9, 0xFF, 0xEF, 0xBB, 0xBF]

    func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
            let byte = Bool.random(using: &rng) ? Self.interesting.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !b.isEmpty: b[at] = byte
            case 1: b.insert(byte, at: at)
            case 2 where !b.isEmpty: b.remove(at: at)
            default: b = Array(b.prefix(at))  // cut short, as a truncated copy would be
            }
        }
        return b
    }

    /// True when the file was accepted.
    @discardableResult
    func check(_ bytes: [UInt8], framework: Framework, seed: UInt64, index: Int) -> Bool {
        switch CSVImport.parse(bytes, file: "fuzz.csv", framework: framework) {
        case .success(let cases):
            for c in cases {
                if CaseID.problem(with: c.id) != nil || framework.sample(c.sample) == nil || c.responsibleOfficer.name.isEmpty {
                    Issue.record("seed \(seed) input \(index): accepted an invalid case \(c.id)")
                }
            }
            return true
        case .failure(let error):
            if error.problems.isEmpty || !error.problems.allSatisfy({ $0.description.hasPrefix("fuzz.csv: ") }) {
                Issue.record("seed \(seed) input \(index): a failure without a problem naming the file")
            }
            return false
        }
    }

    @Test("10,000 mutated files and 1,000 random ones: no crash, always cases or named problems")
    func fuzz() throws {
        let framework = try FrameworkLibrary.bundled()
        let seed: UInt64 = 20_190_601
        var rng = SplitMix64(seed: seed)
        var accepted = 0
        for i in 0..<10_000 {
            let bytes = mutate(Self.valid, &rng)
            if check(bytes, framework: framework, seed: seed, index: i) { accepted += 1 }
        }
        for i in 0..<1_000 {
            let bytes = (0..<Int.random(in: 0..<200, using: &rng)).map { _ in
                Bool.random(using: &rng) ? Self.interesting.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
            }
            check(bytes, framework: framework, seed: seed, index: 10_000 + i)
        }
        // Some mutations are harmless (inside a note); most must be caught.
        #expect(accepted > 0 && accepted < 10_000)
    }
}
