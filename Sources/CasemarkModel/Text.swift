import Foundation

extension String {
    /// Without leading and trailing white space.
    public var trimmed: String {
        // Most text has nothing to trim; Foundation's trimming is slow enough to show when
        // opening thousands of cases.
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A form for matching names as people type them: case-insensitive, accents' Unicode form
    /// ignored (composed and decomposed `é` are the same), surrounding space ignored.
    public var matchKey: String {
        trimmed.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    /// `matchKey` with accents left out too ("Ødegård" → "odegard"), for narrowing a list as a
    /// name is typed on a keyboard that may not have them. Ø and ø have no decomposition, so they
    /// are folded by hand.
    public var looseMatchKey: String {
        matchKey.folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "æ", with: "ae")
    }
}
