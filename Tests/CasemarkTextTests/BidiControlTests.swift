import CasemarkText
import Testing

/// Trojan Source (CVE-2021-42574): the bidirectional embeddings, overrides, isolates and marks
/// are spelled out like control characters, so that no name or note reorders what a terminal
/// shows; right-to-left letters themselves are left as they are.
@Suite struct BidiControlTests {
    static let controls: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]

    @Test func eachIsSpelledOutOnOneLineAndInLines() {
        for value in Self.controls {
            let scalar = Unicode.Scalar(value)!
            let text = "a" + String(Character(scalar)) + "b"
            let spelled = "a\\u{" + String(value, radix: 16, uppercase: true) + "}b"
            #expect(VisibleText.line(text) == spelled)
            #expect(VisibleText.lines(text + "\n") == spelled + "\n")
            #expect(VisibleText.isBidiControl(scalar) && VisibleText.isSpelledOut(scalar))
        }
    }

    @Test func rightToLeftTextAndItsNeighboursAreLeftAsTheyAre() {
        for text in ["مرحبا", "שלום", "Chloé — ✓", "\u{2010}\u{2013}\u{2030}\u{206A}", "\u{0600}\u{061B}\u{061D}", "\u{200D}\u{200B}"] {
            #expect(VisibleText.line(text) == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
