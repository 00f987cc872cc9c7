import CasemarkModel
import CasemarkTestSupport
import CasemarkText
import Foundation
import Testing

/// Issue 9.2: the one rule for text from data on its way to a terminal.
@Suite struct VisibleTextTests {
    @Test("control characters are spelled out as Swift writes them; printable text is untouched")
    func spelling() {
        #expect(VisibleText.line("Ann\u{1B}[2J") == "Ann\\u{1B}[2J")
        #expect(VisibleText.line("\u{1B}]52;c;aGk=\u{7}") == "\\u{1B}]52;c;aGk=\\u{7}")
        #expect(VisibleText.line("a\nb\r\nc\td") == "a\\u{A}b\\u{D}\\u{A}c\\u{9}d")
        #expect(VisibleText.lines("a\nb\r\nc\td") == "a\nb\\u{D}\nc\\u{9}d")
        #expect(VisibleText.line("\u{0}\u{7F}\u{80}\u{9F}") == "\\u{0}\\u{7F}\\u{80}\\u{9F}")
        for text in ["", "Chloé Duval", "李小龙", "👩‍💻 🇬🇧", "\u{A0}non-breaking", "¡¢£", "\u{A0}\u{FF}", "back\\slash \\u{1B}"] {
            #expect(VisibleText.line(text) == text)
            #expect(VisibleText.lines(text) == text)
        }
    }

    @Test("JSON from a writer that leaves DEL and C1 raw: escaped as \\u00XX, the same data, the layout kept")
    func json() throws {
        let value = "a\u{1B}b\u{7F}c\u{9B}d\u{85}e\n"
        let raw = try JSONSerialization.data(withJSONObject: ["k": value], options: [.prettyPrinted, .sortedKeys])
        let escaped = VisibleText.escapingControlsInJSON(String(decoding: raw, as: UTF8.self))
        #expect(!escaped.unicodeScalars.contains { VisibleText.isControl($0) && $0 != "\n" })
        #expect(escaped.contains("\\u007F") && escaped.contains("\\u009B") && escaped.contains("\\u0085"))
        let read = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(read?["k"] == value)
        #expect(VisibleText.escapingControlsInJSON("{\n  \"a\" : 1\n}") == "{\n  \"a\" : 1\n}")
    }

    @Test("every C0 and C1 character and DEL is a control; the rest of Latin-1 is not")
    func controlSet() {
        for v in UInt32(0)...0xFF {
            let scalar = Unicode.Scalar(v)!
            #expect(VisibleText.isControl(scalar) == (v < 0x20 || (0x7F...0x9F).contains(v)), "\(v)")
        }
    }

    /// A seeded fuzz over the rule: random strings mixing every C0 and C1 character and DEL with
    /// printable text of every kind; the result holds no control character (but line feeds where
    /// kept), so no ESC and no C1 byte, and reading each spelling back gives the input exactly.
    @Test("fuzz: no control character survives, and printable text is unchanged")
    func fuzz() {
        var random = SplitMix64(seed: 0x9_2)
        let controls = (UInt32(0)...0x1F).map { Unicode.Scalar($0)! } + (UInt32(0x7F)...0x9F).map { Unicode.Scalar($0)! }
        let printable = ["a", "Z", " ", "\\", "{", "}", "u", "é", "e\u{301}", "李", "👩‍💻", "🇬🇧", "\u{A0}", "\u{200D}", "…", "[", "]", ";"]
        for _ in 0..<3_000 {
            var pieces: [(text: String, isControl: Bool)] = []
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                if Bool.random(using: &random) {
                    pieces.append((String(controls.randomElement(using: &random)!), true))
                } else {
                    pieces.append((printable.randomElement(using: &random)!, false))
                }
            }
            let input = pieces.map(\.text).joined()
            for keep in [false, true] {
                let output = keep ? VisibleText.lines(input) : VisibleText.line(input)
                #expect(!output.unicodeScalars.contains { VisibleText.isControl($0) && !(keep && $0 == "\n") }, "\(input.debugDescription)")
                #expect(!output.utf8.contains(0x1B))
                #expect(!output.utf8.contains(0x9B))
                let expected = pieces.map { piece in
                    guard piece.isControl, !(keep && piece.text == "\n") else { return piece.text }
                    return VisibleText.spelling(of: piece.text.unicodeScalars.first!)
                }.joined()
                #expect(output == expected, "\(input.debugDescription)")
            }
        }
    }
}
