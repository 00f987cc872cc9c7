import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing

/// The text helpers' quick ways for plain ASCII answer exactly as Foundation's slower ways.
@Suite struct TextTests {
    /// `sameIgnoringCase` answers as Foundation's `caseInsensitiveCompare` does, on ASCII (its
    /// quick way) and on everything else (Foundation's way).
    @Test func sameIgnoringCaseAgreesWithFoundation() {
        let pieces = ["y", "Y", "n", "N", "yes", "YES", "na", "N/A", "", " ", "@", "[", "`", "{", "\u{0}", "\u{7F}",
                      "é", "É", "e\u{301}", "ß", "SS", "ı", "I", "İ", "i", "K", "\u{212A}", "ﬁ", "FI"]
        var rng = SplitMix64(seed: 2026)
        var pairs: [(String, String)] = []
        for a in pieces { for b in pieces { pairs.append((a, b)) } }
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var b = a
            if Bool.random(using: &rng) { b = Bool.random(using: &rng) ? a.uppercased() : a.lowercased() }
            if Int.random(in: 0..<4, using: &rng) == 0 { b += pieces.randomElement(using: &rng)! }
            pairs.append((a, b))
        }
        for (a, b) in pairs {
            #expect(a.sameIgnoringCase(b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(a.debugDescription) vs \(b.debugDescription)")
        }
        // Every pair of ASCII bytes (the quick way), one character each.
        for x in UInt8(0)..<0x80 {
            for y in UInt8(0)..<0x80 {
                let a = String(UnicodeScalar(x))
                let b = String(UnicodeScalar(y))
                #expect(a.sameIgnoringCase(b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(x) vs \(y)")
            }
        }
    }

    /// `trimmed`'s quick way for printable ASCII ends answers as its Character-by-Character way.
    @Test func trimmedQuickWayAgreesWithTheFullOne() {
        func full(_ text: String) -> String {
            guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else { return text }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let pieces = ["a", "Z", "~", "!", " ", "\t", "\n", "\r\n", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
                      "\u{3000}", "\u{301}", "e\u{301}", "\u{200D}", "\u{600}", "李", "😀", "\u{FEFF}"]
        var rng = SplitMix64(seed: 2027)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(text.trimmed == full(text), "\(text.debugDescription)")
        }
    }
}
