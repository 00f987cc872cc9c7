import CasemarkModel
import Foundation
import Testing
@testable import CasemarkTUI

/// glibc's `wcwidth` is hidden from Swift's Glibc module (it needs _XOPEN_SOURCE); bind it by name.
@_silgen_name("wcwidth") private func libcWidth(_ c: Int32) -> Int32

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
