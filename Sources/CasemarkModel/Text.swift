import Foundation

extension String {
    /// Without leading and trailing white space.
    public var trimmed: String {
        // Most text has nothing to trim; Foundation's trimming is slow enough to show when
        // opening thousands of cases.
        // Printable ASCII at both ends cannot be white space (nor start a character that is).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A form for matching names as people type them: case-insensitive, accents' Unicode form
    /// ignored (composed and decomposed `é` are the same), surrounding space ignored.
    public var matchKey: String {
        var text = tidiedName
        // A word processor or phone types O’Neill for O'Neill: the same name.
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            text = String(text.map { Self.apostrophes.contains($0) ? "'" : $0 })
        }
        return text.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    private static let apostrophes: Set<Character> = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}"]

    /// A name as it is kept: no surrounding space, and each run of spaces, tabs or no-break
    /// spaces inside it one space ("  Ann  Lee " is "Ann Lee"), so one officer is one officer.
    public var tidiedName: String {
        let text = trimmed
        // Most names have single ASCII spaces only: nothing to do.
        // Names in other scripts (Chloé, 李 小龙) are looked at scalar by scalar: only a white
        // space scalar, or a mark leaning on a space, needs the slow path below.
        var previousSpace = false
        var tidy = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let space = v == 0x20
            if (space && previousSpace) || v == 0x09 || v == 0x0A || v == 0x0D
                || (v >= 0x80 && (previousSpace || scalar.properties.isWhitespace))
            {
                tidy = false
                break
            }
            previousSpace = space
        }
        if tidy { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether the two are the same text apart from letter case, exactly as Foundation's
    /// `caseInsensitiveCompare` says; plain ASCII (nearly every attribute value) is compared
    /// here byte by byte, because Foundation's comparison showed when opening thousands of cases.
    public func sameIgnoringCase(_ other: String) -> Bool {
        let a = utf8
        let b = other.utf8
        guard a.allSatisfy({ $0 < 0x80 }), b.allSatisfy({ $0 < 0x80 }) else {
            return caseInsensitiveCompare(other) == .orderedSame
        }
        guard a.count == b.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        return zip(a, b).allSatisfy { lower($0) == lower($1) }
    }

    /// `matchKey` with accents left out too ("Ødegård" → "odegard"), for narrowing a list as a
    /// name is typed on a keyboard that may not have them. Ø and ø have no decomposition, so they
    /// are folded by hand.
    public var looseMatchKey: String {
        matchKey.folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "æ", with: "ae")
    }
}
