/// One change to a standard's recorded rating: recorded, replaced or cleared. It keeps the rating
/// it replaced, so that a lead inspector's earlier judgement and reason can always be recovered,
/// as a case's history keeps earlier answers.
public struct RatingChange: Codable, Sendable, Equatable {
    public var standard: String
    /// The recorded rating before this change; nil when there was none.
    public var previous: RecordedRating?
    /// The recorded rating after this change; nil when it was cleared.
    public var value: RecordedRating?
    public var by: String
    public var at: String

    public init(standard: String, previous: RecordedRating?, value: RecordedRating?, by: String, at: String) {
        self.standard = standard
        self.previous = previous
        self.value = value
        self.by = by
        self.at = at
    }
}

extension InspectionRecord {
    /// Records `rating` for `standard`, or clears it when nil, and keeps the change in
    /// `ratingHistory`. Returns the change, or nil when the rating was already exactly that.
    @discardableResult
    public mutating func record(_ rating: RecordedRating?, for standard: String, by: String, at: String) -> RatingChange? {
        let previous = ratings[standard]
        guard previous != rating else { return nil }
        ratings[standard] = rating
        let change = RatingChange(standard: standard, previous: previous, value: rating, by: by, at: at)
        ratingHistory.append(change)
        return change
    }
}
