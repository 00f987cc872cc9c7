/// "Did you mean …?": the word a slip of the fingers was meant to be, among the commands or
/// options there are. Hand-written (twenty lines): swift-argument-parser's own edit distance is
/// internal to it, and it counts a swap of neighbours (reprot) as two slips, not one.
enum NearestWord {
    /// The closest of `candidates` to `word` (capitals aside), when close enough to be a slip:
    /// at most a third of the candidate's letters, one at least and three at most.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        let scored = candidates.map { ($0, distance(typed, Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(1, min(3, best.0.count / 3))
        return best.1 <= allowed ? best.0 : nil
    }

    /// Edit distance with swaps of neighbours counted as one (reprot → report): the optimal
    /// string alignment distance (letters inserted, removed, replaced or swapped with the next).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
