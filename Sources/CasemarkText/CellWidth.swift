/// How many terminal columns text takes, one grapheme cluster at a time: East Asian wide and
/// full-width characters and emoji take two, and so does a whole emoji ZWJ sequence (👩‍💻) or a
/// flag (🇬🇧), which a terminal draws as one picture; combining marks and format characters take
/// none. The screens and the reports both measure with this, so a name lines up the same on screen
/// and on paper. Our own tables (WidthTables.swift, generated from the Unicode data files by
/// scripts/make-width-tables.py), not the C library's `wcwidth`, which depends on the process's
/// locale and its libc's Unicode version.
///
/// A control character measures as the spelling `VisibleText` shows it as (`\u{1B}`: six
/// columns), so that text measured before it is cleaned (a note being edited) lines up with what
/// is drawn.
public enum CellWidth {
    /// The columns a grapheme cluster takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard iterator.next() != nil else { return of(first) }
        return cluster(first, scalars)
    }

    /// A cluster of several scalars: its widest scalar, capped at two (a base with marks, a Hangul
    /// syllable spelled in jamo, an emoji ZWJ sequence, a flag), or two for an emoji that asks for
    /// picture presentation with U+FE0F (❤️, 1️⃣).
    private static func cluster(_ first: Unicode.Scalar, _ scalars: Character.UnicodeScalarView) -> Int {
        // Controls are clusters of their own but for CR LF: each is spelled out in full.
        if VisibleText.isControl(first) { return scalars.reduce(0) { $0 + of($1) } }
        var width = of(first)
        if width == 2 { return 2 }
        for scalar in scalars.dropFirst() {
            if scalar.value == 0xFE0F, isEmojiTextStyle(first.value) { return 2 }
            width = max(width, of(scalar))
            if width >= 2 { return 2 }
        }
        return width
    }

    /// The columns one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return VisibleText.spelling(of: scalar).utf8.count }
        if v < 0x300 { return 1 }
        return wideOrZero(v)
    }

    private static func wideOrZero(_ v: UInt32) -> Int {
        if contains(WidthTables.zero, v) { return 0 }
        return contains(WidthTables.wide, v) ? 2 : 1
    }

    private static func isEmojiTextStyle(_ v: UInt32) -> Bool {
        contains(WidthTables.emojiTextStyle, v)
    }

    /// The columns a whole string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return clusters(text) }
            total += 1
        }
        return total
    }

    private static func clusters(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Binary search of sorted, disjoint ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        guard let firstRange = ranges.first, v >= firstRange.lowerBound else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
