import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// The hand-written case writer and Foundation's JSONEncoder (pretty-printed, sorted keys,
/// slashes unescaped, then a newline) write the same bytes for every case.
@Suite struct CaseJSONWriterTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_124

    func expectSameBytes(_ c: Case, _ context: String) throws {
        Self.expectSame(CaseFile.bytes(c), try JSONCoding.encode(c), context)
    }

    /// Records where our bytes first differ from JSONEncoder's, if they do.
    static func expectSame(_ ours: Data, _ foundation: Data, _ context: String) {
        if ours != foundation {
            let a = String(decoding: ours, as: UTF8.self)
            let b = String(decoding: foundation, as: UTF8.self)
            let at = zip(a, b).prefix { $0 == $1 }.count
            Issue.record("\(context): differs at character \(at): ours \(a.dropFirst(at).prefix(40).debugDescription), JSONEncoder \(b.dropFirst(at).prefix(40).debugDescription)")
        }
    }

    @Test func sameBytesAsJSONEncoderOnRandomCases() throws {
        var random = RandomCases(seed: Self.seed &+ 20, framework: try FrameworkLibrary.bundled())
        for i in 0..<3_000 {
            try expectSameBytes(i % 2 == 0 ? random.plainCase(number: i) : random.anyCase(number: i), "seed \(Self.seed) case \(i)")
        }
    }

    @Test func sameBytesForEveryCharacterBelow0x800AndSomeBeyond() throws {
        // Each scalar alone, as a note, an attribute's name and value, and an answer's key.
        var scalars = (0..<0x800).compactMap(Unicode.Scalar.init)
        scalars += [0xFEFF, 0x2028, 0x2029, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = String(scalar)
            var c = Case(id: "U-1", sample: text, responsibleOfficer: ResponsibleOfficer(name: text, grade: text), attributes: [text: text])
            c.answers[text] = Answer(answer: .yes, note: "a\(text)b", prompts: [text], by: text, at: text)
            try expectSameBytes(c, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func sameBytesForEmptyAndMinimalCases() throws {
        try expectSameBytes(Case(id: "", sample: "", responsibleOfficer: ResponsibleOfficer(name: "")), "empty")
        var c = Case(id: "A-1", sample: "s", responsibleOfficer: ResponsibleOfficer(name: "n"), status: .complete)
        c.answers["2.1.1"] = Answer()
        c.history = [HistoryEntry(event: .answered, by: "", at: "", id: ChangeID.random())]
        try expectSameBytes(c, "minimal")
    }
}
