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
        trimmed.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
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
