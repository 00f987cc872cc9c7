/// Telling similar wordings apart when they must be cut: "Does assessment focus sufficiently on
/// engaging the service user?" and "… on keeping other people safe?" cut to the same prefix read
/// alike, so a cut wording starts where it differs from its neighbours instead.
public enum DistinctWording {
    /// Each text of a group without the leading words it shares with any other text of the
    /// group (at least two words; one shared word such as "Does" tells nothing), marked with a
    /// leading "…"; a text that shares fewer stays whole.
    public static func tails(_ texts: [String]) -> [String] {
        let words = texts.map { $0.split(separator: " ", omittingEmptySubsequences: false) }
        return texts.indices.map { i in
            var shared = 0
            for j in texts.indices where j != i {
                var n = 0
                while n < words[i].count - 1, n < words[j].count, words[i][n] == words[j][n] { n += 1 }
                shared = max(shared, n)
            }
            guard shared >= 2 else { return texts[i] }
            return "…" + words[i].dropFirst(shared).joined(separator: " ")
        }
    }
}
