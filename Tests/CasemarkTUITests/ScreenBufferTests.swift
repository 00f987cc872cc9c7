import CasemarkModel
import Foundation

/// glibc's `wcwidth` is hidden from Swift's Glibc module (it needs _XOPEN_SOURCE); bind it by name.
@_silgen_name("wcwidth") private func libcWidth(_ c: Int32) -> Int32
import Testing

@testable import CasemarkTUI

@Suite struct CellWidthTests {
    @Test func namesAndMarksTakeTheirColumns() {
        #expect(CellWidth.of("Chloé") == 5)
        #expect(CellWidth.of("Che\u{301}") == 3, "a decomposed é is one column")
        #expect(CellWidth.of("Sørensen") == 8)
        #expect(CellWidth.of("—") == 1)
        #expect(CellWidth.of("✓") == 1)
        #expect(CellWidth.of("李小龙") == 6)
        #expect(CellWidth.of("…") == 1)
        #expect(CellWidth.of("█░") == 2)
    }

    /// Our table must agree with the C library's `wcwidth` (what ncurses uses) on what we draw.
    @Test func agreesWithTheCLibraryUnderUTF8() throws {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
        defer { setlocale(LC_CTYPE, "C") }
        let samples: [UInt32] = [
            0x41, 0xE9, 0xF8, 0x2014, 0x2713, 0x2026, 0x2588, 0x2591, 0x2500, 0x2502, 0x250C, 0x2192, 0x2191,
            0x4E00, 0x674E, 0x5C0F, 0x9F99, 0xAC00, 0x3042, 0xFF21, 0x0301, 0x200B, 0x1F600, 0x1F680, 0x2705,
        ]
        for value in samples {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(CellWidth.of(scalar) == Int(libcWidth(Int32(value))), "U+\(String(value, radix: 16))")
        }
    }
}

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeACellAndAContinuation() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("李小龙 ok", x: 0, y: 0)
        #expect(buffer.lines == ["李小龙 ok"])
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[6, 0].character == " ")
        #expect(buffer[7, 0].character == "o")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("李小龙", x: 0, y: 0)
        buffer.put("x", x: 3, y: 0)
        #expect(buffer.lines == ["李 x龙"])
        buffer.put("y", x: 4, y: 0)
        #expect(buffer.lines == ["李 xy"])
        #expect(buffer[5, 0] == Cell(" ", width: 1))
    }

    @Test func aWideCharacterNeverHangsOffTheRightEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.put("ab李小", x: 0, y: 0)
        #expect(buffer.lines == ["ab李…"])
        var edge = ScreenBuffer(width: 3, height: 1)
        edge.put("李", x: 2, y: 0)
        #expect(edge.lines == ["  …"], "one column left: the cut is shown, not half a character")
        #expect(edge[2, 0].width == 1)
    }

    @Test func textIsClippedToItsLimitWithAnEllipsis() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        let used = buffer.put("Ines Sørensen (PSO)", x: 2, y: 0, limit: 8)
        #expect(used == 8)
        #expect(buffer.lines == ["  Ines Sø…", ""])
        buffer.put("anything", x: 25, y: 1)
        buffer.put("anything", x: -1, y: 1)
        buffer.put("anything", x: 0, y: 7)
        #expect(buffer.lines[1] == "")
    }

    /// Issue 9.2: one rule for screens and reports. Control characters used to be drawn as spaces
    /// here, and reached the terminal raw from the reports; both now spell them out.
    @Test func controlCharactersAreSpelledOut() {
        var buffer = ScreenBuffer(width: 40, height: 1)
        buffer.put("a\tb\nc\u{1B}]0;x\u{7}\u{9B}", x: 0, y: 0)
        #expect(buffer.lines == ["a\\u{9}b\\u{A}c\\u{1B}]0;x\\u{7}\\u{9B}"])
        #expect(buffer.cells.allSatisfy { $0.character.unicodeScalars.allSatisfy { !VisibleText.isControl($0) } })
    }

    @Test func emptyBuffersTakeAnything() {
        var buffer = ScreenBuffer(width: 0, height: 0)
        buffer.put("x", x: 0, y: 0)
        buffer.fill(x: 0, y: 0, width: 5, height: 5)
        #expect(buffer.lines == [])
    }
}

@Suite struct TextLayoutTests {
    @Test func truncationCountsColumns() {
        #expect(TextLayout.truncate("李小龙", to: 6) == "李小龙")
        #expect(TextLayout.truncate("李小龙", to: 5) == "李小…")
        #expect(TextLayout.truncate("李小龙", to: 4) == "李…")
        #expect(TextLayout.truncate("Chloé", to: 1) == "…")
        #expect(TextLayout.truncate("Chloé", to: 0) == "")
        #expect(TextLayout.fit("李", to: 4) == "李  ")
        #expect(TextLayout.fitRight("7", to: 3) == "  7")
    }

    @Test func wrapBreaksAtSpacesAndKeepsLineBreaks() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("李小龙李小龙", width: 5) == ["李小", "龙李", "小龙"])
        #expect(TextLayout.wrap("", width: 5) == [""])
    }
}
