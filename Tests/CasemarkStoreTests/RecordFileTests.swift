import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// `inspection.json` written by its one table of fields (`RecordFileFields`) is what
/// Foundation's JSONEncoder (pretty-printed, sorted keys, slashes unescaped, then a newline)
/// wrote before, byte for byte, and reads back the same.
@Suite struct RecordFileTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_205

    func expectSameBytes(_ record: InspectionRecord, _ context: String) throws {
        CaseJSONWriterTests.expectSame(RecordFile.encode(record), try JSONCoding.encode(record), context)
    }

    /// A record with anything at all in it, from `random`'s text.
    static func anyRecord(_ random: inout RandomCases) -> InspectionRecord {
        func rating() -> RecordedRating? {
            guard Int.random(in: 0..<4, using: &random.rng) > 0 else { return nil }
            return RecordedRating(
                rating: Band.allCases.randomElement(using: &random.rng)!, reason: random.text(),
                by: Bool.random(using: &random.rng) ? random.text() : nil, at: Bool.random(using: &random.rng) ? random.text() : nil)
        }
        let keys = ["1.1", "1.10", "1.9", "2.1", "10.1", "Zeta", "alpha", "é", "e\u{301}", "", "a\"b", "\u{1}", "😀"]
        var record = InspectionRecord(
            provider: random.text(), framework: random.text(),
            createdAt: Bool.random(using: &random.rng) ? random.text() : nil,
            createdBy: Bool.random(using: &random.rng) ? random.text() : nil,
            schemaVersion: [1, 2, 0, -3, Int.max, Int.min].randomElement(using: &random.rng)!)
        for _ in 0..<Int.random(in: 0...4, using: &random.rng) {
            record.ratings[Bool.random(using: &random.rng) ? keys.randomElement(using: &random.rng)! : random.text(maxPieces: 2)] = rating()
        }
        for _ in 0..<Int.random(in: 0...4, using: &random.rng) {
            record.ratingHistory.append(RatingChange(
                standard: keys.randomElement(using: &random.rng)!, previous: rating(), value: rating(), by: random.text(), at: random.text(),
                id: random.changeID(), replaces: (0..<Int.random(in: 0...2, using: &random.rng)).map { _ in random.changeID() }))
        }
        for _ in 0..<Int.random(in: 0...2, using: &random.rng) {
            record.conflicts["ratings." + keys.randomElement(using: &random.rng)!] = (0..<Int.random(in: 0...3, using: &random.rng)).map { _ in random.changeID() }
        }
        if Int.random(in: 0..<3, using: &random.rng) == 0 {
            record.secondMarkOf = SecondMarkingOrigin(
                inspection: random.text(), provider: random.text(),
                seed: [0, 7, -1, Int.max, Int.min].randomElement(using: &random.rng)!, cases: Int.random(in: -5...1_000, using: &random.rng))
        }
        return record
    }

    @Test func sameBytesAsJSONEncoderOnRandomRecords() throws {
        var random = RandomCases(seed: Self.seed, framework: try FrameworkLibrary.bundled())
        for i in 0..<2_000 {
            try expectSameBytes(Self.anyRecord(&random), "seed \(Self.seed) record \(i)")
        }
    }

    @Test func sameBytesForEveryCharacterBelow0x800AndSomeBeyond() throws {
        var scalars = (0..<0x800).compactMap(Unicode.Scalar.init)
        scalars += [0xFEFF, 0x2028, 0x2029, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = String(scalar)
            let rating = RecordedRating(rating: .good, reason: "a\(text)b", by: text, at: text)
            let record = InspectionRecord(
                provider: text, framework: text, ratings: [text: rating],
                ratingHistory: [RatingChange(standard: text, previous: nil, value: rating, by: text, at: text, id: text, replaces: [text])],
                conflicts: [text: [text]], createdAt: text, createdBy: text,
                secondMarkOf: SecondMarkingOrigin(inspection: text, provider: text, seed: 1, cases: 2))
            try expectSameBytes(record, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func sameBytesForTheEmptyRecord() throws {
        try expectSameBytes(InspectionRecord(provider: "", framework: ""), "empty")
    }

    /// Random records that are sound read back as they were written (ids given, so that none
    /// is worked out again on reading).
    @Test func soundRandomRecordsReadBackTheSame() throws {
        var random = RandomCases(seed: Self.seed &+ 1, framework: try FrameworkLibrary.bundled())
        var checked = 0
        for i in 0..<2_000 {
            var record = Self.anyRecord(&random)
            // What the checker asks for: a provider, a framework, a reason for every rating.
            record.schemaVersion = InspectionRecord.supportedSchemaVersion
            record.provider = "P" + record.provider
            record.framework = "F" + record.framework
            func sound(_ rating: RecordedRating?) -> RecordedRating? { rating.map { var r = $0; r.reason = "r" + r.reason; return r } }
            record.ratings = record.ratings.mapValues { sound($0)! }
            record.ratingHistory = record.ratingHistory.map { change in
                var change = change
                change.standard = "s" + change.standard
                change.previous = sound(change.previous)
                change.value = sound(change.value)
                return change
            }
            // A conflict names changes in the history.
            let ids = record.ratingHistory.map(\.id)
            record.conflicts = record.conflicts.mapValues { $0.filter(ids.contains) }
            let data = RecordFile.encode(record)
            let (read, problems) = RecordFile.decode(data)
            guard let read else { continue }  // a history a merge cannot trust, say: refused, as before
            checked += 1
            #expect(problems.allSatisfy { !$0.isError }, "seed \(Self.seed) record \(i)")
            #expect(read == (try JSONCoding.decoder().decode(InspectionRecord.self, from: data)), "seed \(Self.seed) record \(i)")
        }
        #expect(checked > 250)  // most random histories break the graph rules; enough do not
    }

    /// A `null` where a conflict's list of change ids belongs is named, as JSONDecoder named it.
    @Test func aNullConflictListIsNamed() {
        let data = Data(#"{"schemaVersion": 2, "provider": "P", "framework": "F", "conflicts": {"ratings.1.1": null}}"#.utf8)
        let (read, problems) = RecordFile.decode(data)
        #expect(read == nil)
        #expect(problems.map(\.description) == ["inspection.json: conflicts.ratings.1.1: expected a list; found null"])
    }
}
