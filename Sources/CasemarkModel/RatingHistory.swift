/// One change to a standard's recorded rating: recorded, replaced or cleared. It keeps the rating
/// it replaced, so that a lead inspector's earlier judgement and reason can always be recovered,
/// as a case's history keeps earlier answers. Like a case's changes it has an id and names the
/// changes it replaced, so that copies of `inspection.json` merge by the same rule.
public struct RatingChange: Sendable, Equatable, Change {
    public var id: String
    public var replaces: [String]
    public var standard: String
    /// The recorded rating before this change; nil when there was none.
    public var previous: RecordedRating?
    /// The recorded rating after this change; nil when it was cleared.
    public var value: RecordedRating?
    public var by: String
    public var at: String

    public init(
        standard: String, previous: RecordedRating?, value: RecordedRating?, by: String, at: String,
        id: String, replaces: [String] = []
    ) {
        self.id = id
        self.replaces = replaces
        self.standard = standard
        self.previous = previous
        self.value = value
        self.by = by
        self.at = at
    }

    public var field: String { InspectionRecord.ratingField(standard) }
}

extension InspectionRecord {
    public static func ratingField(_ standard: String) -> String { "ratings." + standard }

    public static func standard(ofField field: String) -> String? {
        field.hasPrefix("ratings.") ? String(field.dropFirst("ratings.".count)) : nil
    }

    /// Records `rating` for `standard`, or clears it when nil, and keeps the change in
    /// `ratingHistory`. Returns the change, or nil when the rating was already exactly that.
    /// A rating in conflict is settled by any change to it.
    @discardableResult
    public mutating func record(
        _ rating: RecordedRating?, for standard: String, by: String, at: String, changeID: String
    ) -> RatingChange? {
        let field = Self.ratingField(standard)
        let previous = ratings[standard]
        guard previous != rating || conflicts[field] != nil else { return nil }
        let heads = ChangeLog.heads(of: field, in: ratingHistory)
        var replaces = heads.map(\.id).sorted()
        if heads.isEmpty, let previous { replaces = [initialID(field, previous)] }
        ratings[standard] = rating
        conflicts[field] = nil
        let change = RatingChange(standard: standard, previous: previous, value: rating, by: by, at: at, id: changeID, replaces: replaces)
        ratingHistory.append(change)
        schemaVersion = Swift.max(schemaVersion, Self.supportedSchemaVersion)
        return change
    }

    /// The id a rating found with no change behind it is known by, the same on every copy.
    func initialID(_ field: String, _ rating: RecordedRating) -> String {
        ChangeID.derived("i-", [field, rating.rating.rawValue, rating.reason, rating.by ?? "", rating.at ?? ""])
    }

    /// Gives changes read without an id (a version 1 file) one worked out from place and
    /// content, each replacing the change before it to the same standard.
    public func givingChangesIDs() -> InspectionRecord {
        guard ratingHistory.contains(where: { $0.id.isEmpty }) else { return self }
        var r = self
        var last: [String: String] = [:]
        for i in r.ratingHistory.indices {
            var change = r.ratingHistory[i]
            if change.id.isEmpty {
                change.id = ChangeID.derived("v1-", [String(i), change.standard, change.by, change.at] + Self.parts(change.previous) + Self.parts(change.value))
                if let before = last[change.field] {
                    change.replaces = [before]
                } else if let previous = change.previous {
                    change.replaces = [initialID(change.field, previous)]
                }
                r.ratingHistory[i] = change
            }
            last[change.field] = change.id
        }
        r.schemaVersion = Swift.max(r.schemaVersion, Self.supportedSchemaVersion)
        return r
    }

    static func parts(_ rating: RecordedRating?) -> [String] {
        guard let rating else { return ["-"] }
        return [rating.rating.rawValue, rating.reason, rating.by ?? "", rating.at ?? ""]
    }
}
