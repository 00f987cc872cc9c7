import CasemarkModel
import Testing
@testable import CasemarkTUI

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
