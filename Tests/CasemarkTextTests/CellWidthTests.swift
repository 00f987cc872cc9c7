import CasemarkText
import Testing

/// Display width per grapheme cluster, from the generated Unicode tables.
@Suite struct CellWidthTests {
    @Test("the clusters the screens and the reports used to measure differently")
    func formerDisagreements() {
        // East Asian Wide emoji: the reports' old table said 1.
        for emoji in ["⌚", "✅", "⭐", "🫠"] {
            #expect(CellWidth.of(Character(emoji)) == 2, "\(emoji)")
            #expect(CellWidth.of(emoji) == 2, "\(emoji)")
        }
        // A ZWJ sequence is one picture: the reports' old sum said 4.
        #expect(CellWidth.of("👩‍💻") == 2)
        #expect("👩‍💻".count == 1)
        // A flag is two regional indicators drawn as one picture: the screens' old table said 1.
        #expect(CellWidth.of("🇬🇧") == 2)
        #expect(CellWidth.of("🇬🇧🇫🇷") == 4)
    }

    @Test("wide and full-width characters take two columns, ASCII and Latin one")
    func eastAsianWidth() {
        #expect(CellWidth.of("李小龙") == 6)
        #expect(CellWidth.of("ＡＢ") == 4, "full-width Latin")
        #expect(CellWidth.of("한국어") == 6)
        #expect(CellWidth.of("カタカナ") == 8)
        #expect(CellWidth.of("ｶﾀｶﾅ") == 4, "half-width katakana")
        #expect(CellWidth.of("Chloé Duval") == 11)
        #expect(CellWidth.of("Ines Sørensen") == 13)
        #expect(CellWidth.of("Jack O'Neill") == 12)
        #expect(CellWidth.of("") == 0)
        #expect(CellWidth.of("𠀀") == 2, "CJK Extension B, plane 2")
        #expect(CellWidth.of(Unicode.Scalar(0x2FFFD)!) == 2, "unassigned plane 2 defaults to wide")
    }

    @Test("combining marks, format characters and joiners take no column")
    func zeroWidth() {
        #expect(CellWidth.of("Che\u{301}") == 3, "a decomposed é is one column")
        #expect(CellWidth.of("e\u{301}\u{302}\u{303}") == 1, "stacked marks")
        #expect(CellWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(CellWidth.of(Unicode.Scalar(0x200B)!) == 0, "zero width space")
        #expect(CellWidth.of(Unicode.Scalar(0x200D)!) == 0, "zero width joiner")
        #expect(CellWidth.of(Unicode.Scalar(0xFEFF)!) == 0, "byte order mark")
        #expect(CellWidth.of(Unicode.Scalar(0x20DD)!) == 0, "enclosing circle")
        #expect(CellWidth.of("\u{AD}") == 1, "a soft hyphen is drawn as a hyphen")
        #expect(CellWidth.of("a\u{200B}b") == 2)
    }

    @Test("tricky clusters: skin tones, families, keycaps, variation selectors, Hangul jamo")
    func trickyClusters() {
        #expect(CellWidth.of("👍🏽") == 2, "emoji with a skin tone")
        #expect(CellWidth.of("👨‍👩‍👧‍👦") == 2, "family")
        #expect(CellWidth.of("🏳️‍🌈") == 2, "rainbow flag")
        #expect(CellWidth.of("🏴󠁧󠁢󠁳󠁣󠁴󠁿") == 2, "Scotland: a tag sequence")
        #expect(CellWidth.of("1️⃣") == 2, "keycap")
        #expect(CellWidth.of("❤️") == 2, "text-style emoji asked to be a picture")
        #expect(CellWidth.of("❤") == 1, "text-style emoji on its own")
        #expect(CellWidth.of("©") == 1)
        #expect(CellWidth.of("\u{1100}\u{1161}\u{11A8}") == 2, "a Hangul syllable spelled in jamo")
        #expect(CellWidth.of("🇬") == 2, "a lone regional indicator is drawn as a letter in a box")
        #expect(CellWidth.of("a👩‍💻b") == 4)
        #expect(CellWidth.of("\u{301}") == 0, "a lone combining mark")
    }

    @Test("a control character measures as VisibleText shows it, spelled out")
    func controls() {
        for (v, width): (UInt32, Int) in [(0x0, 5), (0x9, 5), (0xA, 5), (0x1B, 6), (0x7F, 6), (0x80, 6), (0x9B, 6), (0x9F, 6)] {
            #expect(CellWidth.of(Unicode.Scalar(v)!) == width, "\(v)")
        }
        #expect(CellWidth.of("\r\n" as Character) == 10, "CR LF is one cluster, two spellings")
        for text in ["a\u{1B}b", "\r\n", "x\u{9B}[2J\u{7}", "\u{1B}\u{301}"] {
            #expect(CellWidth.of(text) == CellWidth.of(VisibleText.line(text)), "\(text.debugDescription)")
        }
    }

    @Test("the generated tables are sorted, disjoint and hold what the Unicode data says")
    func tables() {
        // Spot checks from EastAsianWidth.txt and emoji-data.txt (Unicode 15).
        #expect(CellWidth.of(Unicode.Scalar(0x3000)!) == 2, "ideographic space: F")
        #expect(CellWidth.of(Unicode.Scalar(0xFF01)!) == 2, "full-width exclamation: F")
        #expect(CellWidth.of(Unicode.Scalar(0x1F1E6)!) == 2, "regional indicator A: Emoji_Presentation")
        #expect(CellWidth.of(Unicode.Scalar(0x3099)!) == 0, "combining kana voiced mark: W but Mn")
        #expect(CellWidth.of(Unicode.Scalar(0x1160)!) == 0, "Hangul jungseong filler: V")
        #expect(CellWidth.of(Unicode.Scalar(0xD7B0)!) == 0, "Hangul jungseong O-YEO: V")
        #expect(CellWidth.of(Unicode.Scalar(0x2764)!) == 1, "heavy black heart: N")
    }
}
