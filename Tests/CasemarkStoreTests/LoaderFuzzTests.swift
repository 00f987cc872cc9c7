import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// Random bytes and random mutations of valid files, fed to the loaders: they must never crash,
/// and must always give either a valid value or a problem that names the file.
@Suite struct LoaderFuzzTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_124
    static let caseInputs = 10_000
    static let recordInputs = 2_000

    static func validCase() throws -> Data {
        var c = Case(
            id: "A-017", sample: "case-supervision",
            responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
            attributes: ["rosh_issues_apply": "Y", "gender": "F"])
        try c.record(Answer(answer: .yes, note: "Assessment drew on \"police\" checks — 李 小龙\nline two", prompts: ["a", "b"]), for: "2.1.1", by: "Ines Sørensen", at: "2026-11-24T10:15:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no, note: "No plan"), for: "2.2.3", by: "Ines Sørensen", at: "2026-11-24T10:16:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .notApplicable), for: "2.1.1", by: "Jack O'Neill", at: "2026-11-24T11:16:00Z", changeID: ChangeID.random())
        try c.complete(by: "Jack O'Neill", at: "2026-11-24T12:00:00Z", changeID: ChangeID.random())
        return try JSONCoding.encode(c)
    }

    static let fragments: [[UInt8]] = ["{", "}", "[", "]", "\"", "\\", ",", ":", "null", "true", "1e999", "-0", "0.5", "\\ud800", "\\u00e9", "\u{0}", "9999999999999999999999", "\"answer\"", "\"schemaVersion\": 7", "\u{FEFF}", "\u{FF}"].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<7, using: &rng) {
            case 0 where !bytes.isEmpty: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &rng), at: at)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
            case 3: bytes = Array(bytes.prefix(at))
            case 4: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: at)
            case 5 where !bytes.isEmpty:
                let end = min(bytes.count, at + Int.random(in: 1...60, using: &rng))
                bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                // Swap two quoted words, so the file stays JSON but fields get the wrong values.
                if let a = bytes[at...].firstIndex(of: UInt8(ascii: "\"")), let b = bytes[(a + 1)...].firstIndex(of: UInt8(ascii: "\"")) {
                    bytes.replaceSubrange(a...b, with: fragments.randomElement(using: &rng)!)
                }
            }
        }
        return bytes
    }

    @Test func caseLoaderNeverCrashesAndAlwaysAnswers() throws {
        let framework = try FrameworkLibrary.bundled()
        let valid = [UInt8](try Self.validCase())
        var rng = SplitMix64(seed: Self.seed)
        var accepted = 0
        var refused = 0
        for i in 0..<Self.caseInputs {
            let input: [UInt8] = i % 5 == 0
                ? (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                : Self.mutate(valid, &rng)
            let (decoded, problems) = CaseFile.decode(Data(input), file: "cases/F.json", framework: framework)
            #expect(problems.allSatisfy { $0.file == "cases/F.json" && !$0.message.isEmpty }, "seed \(Self.seed) input \(i)")
            if let decoded {
                accepted += 1
                // A valid result is really valid: Foundation's decoder reads the same case from
                // the same bytes, and it saves and reads back the same.
                let foundation = try? JSONDecoder().decode(Case.self, from: Data(input))
                #expect(foundation == decoded, "seed \(Self.seed) input \(i)")
                let again = CaseFile.decode(try CaseFile.encode(decoded), file: "cases/F.json", framework: framework).0
                #expect(again == decoded, "seed \(Self.seed) input \(i)")
            } else {
                refused += 1
                #expect(problems.contains { $0.isError }, "seed \(Self.seed) input \(i): refused without an error")
            }
        }
        #expect(accepted + refused == Self.caseInputs)
        #expect(accepted > 100 && refused > 100)  // the mutations exercise both paths
    }

    @Test func recordAndFrameworkLoadersNeverCrash() throws {
        let record = [UInt8](try JSONCoding.encode(InspectionRecord(
            provider: "London CRC", framework: "hmip-probation-2018",
            ratings: ["1.1": RecordedRating(rating: .good, reason: "r", by: "Lead", at: "2026-11-24T10:00:00Z")])))
        let framework = [UInt8](try JSONCoding.encode(try FrameworkLibrary.bundled()))
        var rng = SplitMix64(seed: Self.seed &+ 1)
        for i in 0..<Self.recordInputs {
            let (decoded, problems) = RecordFile.decode(Data(Self.mutate(record, &rng)))
            #expect(decoded != nil || problems.contains { $0.isError }, "seed \(Self.seed) input \(i)")
            if i % 10 == 0 {
                do {
                    _ = try FrameworkLibrary.decode(Data(Self.mutate(framework, &rng)), file: "framework.json")
                } catch let error as StoreError {
                    guard case .problems(let found) = error else { Issue.record("unexpected \(error)"); continue }
                    #expect(!found.isEmpty && found.allSatisfy { $0.file == "framework.json" })
                }
            }
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = Data(String(repeating: "[", count: 100_000).utf8)
        let (decoded, problems) = CaseFile.decode(deep, file: "cases/D.json")
        #expect(decoded == nil)
        #expect(problems.first?.message.contains("nested more than") == true)
    }

    @Test func theReaderAgreesWithFoundationOnWhatIsJSON() throws {
        // Mutations of a valid file that Foundation's parser accepts, the store's reader must
        // accept too (apart from duplicate keys and trailing commas, which Foundation lets
        // through and it refuses on purpose, with a message saying so).
        let valid = [UInt8](try Self.validCase())
        var rng = SplitMix64(seed: Self.seed &+ 2)
        for i in 0..<2_000 {
            let input = Self.mutate(valid, &rng)
            let foundation = (try? JSONSerialization.jsonObject(with: Data(input), options: [.fragmentsAllowed])) != nil
            var ours = true
            var duplicate = false
            var why = ""
            do { _ = try JSONReader.parse(input) } catch let error as JSONSyntaxError {
                ours = false
                why = error.description
                duplicate = error.message.contains("appears twice") || error.message.contains("trailing comma")
            }
            if foundation && !ours && !duplicate {
                Issue.record("seed \(Self.seed) input \(i): Foundation reads it, the store's reader says \(why)")
            }
        }
    }
}
