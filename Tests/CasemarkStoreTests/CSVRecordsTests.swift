import CasemarkModel
import CSV
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// The import reads records straight from the bytes (`CSVBytes.records`) instead of through the
/// CSV library: on every input, valid or mutated, it must see exactly the records the library
/// sees, start them on the lines the quote scanner finds, and refuse exactly what it refuses.
@Suite struct CSVRecordsTests {
    static let valid = Array(#"""
        case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,2.2.3,4.1.1,rosh_issues_apply,note
        CS-001,Chloé Duval,PO,case-supervision,Y,N,NA,,Y,"a note, with ""quotes"""
        CS-002,Jack O'Neill,PSO,case-supervision,,N,,,N,
        UW-001,李 小龙,,unpaid-work,,,,y,,"two
        lines"
        UW-002,"Zoë ""Z"" Ødegård",PO,unpaid-work,,,,N,,"crlf
        inside",

        """#.utf8)

    static let interesting: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D, 0x20, 0x2E, 0x59, 0x4E, 0xC3, 0xA9, 0x09]

    static func library(_ bytes: [UInt8]) -> [[String]] {
        var records: [[String]] = []
        guard let reader = try? CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: false) else { return [] }
        while let record = reader.next() { records.append(record) }
        return records
    }

    /// Compares the two readers on one input; false when it is not UTF-8 (the import refuses
    /// those before reading records).
    @discardableResult
    static func same(_ bytes: [UInt8], _ note: String) -> Bool {
        guard CSVBytes.firstInvalidUTF8(bytes) == nil else { return false }
        switch (CSVBytes.records(bytes), CSVBytes.recordLines(bytes)) {
        case (.success(let ours), .success(let lines)):
            #expect(ours.records == library(bytes), "\(note)")
            #expect(ours.lines == lines, "\(note)")
        case (.failure(let ours), .failure(let scanner)):
            #expect(ours == scanner, "\(note)")
        case (let ours, let scanner):
            Issue.record("\(note): records \(ours) but the quote scanner \(scanner)")
        }
        return true
    }

    @Test("hand-picked edge cases: CRLF, lone CR, blank lines, a final comma, quotes mid-cell, empty quoted cells, no final newline")
    func edges() {
        let inputs = [
            "a,b\r\nc,d\r\n", "a,b\rc,d", "a,b\n\nc,d\n", "a,b,\n", "a,b,", "a\"b,c\n", "\"\",\"\"\n",
            "\"a\"\"\",b", "x", "\n", "\n\n", ",", ",,\n,", "\"a\nb\",c\r\n\"d\r\ne\"", "é,\"ü\"\n",
            "\"open", "\"a\"b,c", "a,\"b\" ,c", " \"a\",b",
        ]
        for input in inputs { Self.same(Array(input.utf8), input.debugDescription) }
    }

    @Test("10,000 mutations of a valid file: the same records as the library, the same lines and refusals as the scanner")
    func fuzz() {
        var rng = SplitMix64(seed: 20_261_130)
        var compared = 0
        for i in 0..<10_000 {
            var b = Self.valid
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
                let byte = Self.interesting.randomElement(using: &rng)!
                switch Int.random(in: 0..<4, using: &rng) {
                case 0 where !b.isEmpty: b[at] = byte
                case 1: b.insert(byte, at: at)
                case 2 where !b.isEmpty: b.remove(at: at)
                default: b = Array(b.prefix(at))
                }
            }
            if Self.same(b, "mutation \(i)") { compared += 1 }
        }
        #expect(compared > 5_000)
    }
}
