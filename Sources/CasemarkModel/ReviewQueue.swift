/// The cases awaiting a quality lead's review, oldest completion first, and the dip sample: a
/// few of them drawn reproducibly, spread across the markers in proportion to their share of the
/// queue, so that every marker's work is looked at as fieldwork goes on.
public enum ReviewQueue {
    /// One case awaiting review.
    public struct Item: Sendable, Equatable {
        public var caseID: String
        /// Who completed it and when; nil for a case found complete in the file with no
        /// completion recorded (imported complete).
        public var completedBy: String?
        public var completedAt: String?

        public init(caseID: String, completedBy: String?, completedAt: String?) {
            self.caseID = caseID
            self.completedBy = completedBy
            self.completedAt = completedAt
        }

        /// The marker the dip sample spreads across: who completed the case ("" when unknown).
        public var marker: String { completedBy ?? "" }
    }

    /// The cases awaiting review, oldest completion first (a completion of unknown time first
    /// of all: it is the oldest there can be), then by case id.
    public static func items(_ cases: [Case]) -> [Item] {
        cases.filter { $0.reviewState == .awaiting }.map { c in
            let completion = c.standingCompletion
            return Item(caseID: c.id, completedBy: completion?.by, completedAt: completion?.at)
        }.sorted { ($0.completedAt ?? "", $0.caseID) < ($1.completedAt ?? "", $1.caseID) }
    }

    /// `size` of the queue drawn with `seed`: each marker's share of the places by largest
    /// remainders (`SampleDraw.allocate`, markers in name order), each marker's cases drawn
    /// without replacement (the first places of a Fisher–Yates shuffle of that marker's cases
    /// in case-id order, by `SplitMix64`). The same cases awaiting and the same seed give the
    /// same draw, whatever order they come in; returned in queue order.
    public static func dip(_ queue: [Item], size: Int, seed: UInt64) -> [Item] {
        var byMarker: [String: [Item]] = [:]
        for item in queue { byMarker[item.marker, default: []].append(item) }
        let markers = byMarker.keys.sorted()
        let allocation = SampleDraw.allocate(size, among: markers.map { byMarker[$0]!.count })
        var random = SplitMix64(seed: seed)
        var chosen = Set<String>()
        for (marker, count) in zip(markers, allocation) {
            var pool = byMarker[marker]!.sorted { $0.caseID < $1.caseID }
            for i in 0..<count {
                let j = i + Int(random.next(below: UInt64(pool.count - i)))
                pool.swapAt(i, j)
                chosen.insert(pool[i].caseID)
            }
        }
        return queue.filter { chosen.contains($0.caseID) }
    }
}
