/// Merging two copies of `inspection.json` that were marked apart, by the rule a case's copies
/// follow (`Case.merged(with:)`): the rating histories joined as sets of changes, each standard's
/// rating worked out again from its heads, a conflict where they differ.
extension InspectionRecord {
    /// This record and `other` (another copy of it) as one, by the same rule as a case's copies:
    /// every rating change of both, each rating from its heads, a conflict where they differ.
    /// Throws when they are not copies of one inspection (another provider or framework).
    public func merged(with other: InspectionRecord) throws(CopyMismatch) -> InspectionRecord {
        if self == other { return self }
        var mismatched: [String] = []
        if provider != other.provider { mismatched.append("provider") }
        if framework != other.framework { mismatched.append("framework") }
        if let a = secondMarkOf, let b = other.secondMarkOf, a != b { mismatched.append("secondMarkOf") }
        if !mismatched.isEmpty { throw CopyMismatch(caseID: Self.fileName, fields: mismatched) }
        let ours = withFoundRatingsAsChanges()
        let theirs = other.withFoundRatingsAsChanges()
        var merged = ours
        merged.schemaVersion = Swift.max(ours.schemaVersion, theirs.schemaVersion, Self.supportedSchemaVersion)
        merged.secondMarkOf = secondMarkOf ?? other.secondMarkOf
        // The earlier creation, the same whichever way round.
        if let a = other.createdAt, createdAt.map({ a < $0 }) ?? true {
            merged.createdAt = other.createdAt
            merged.createdBy = other.createdBy
        } else if other.createdAt == createdAt, let b = other.createdBy, createdBy.map({ b < $0 }) ?? true {
            merged.createdBy = b
        }
        do {
            merged.ratingHistory = try ChangeLog.union(ours.ratingHistory, theirs.ratingHistory)
        } catch {
            throw CopyMismatch(caseID: Self.fileName, fields: ["ratingHistory (change \(error.id) is different on each)"])
        }
        var ratings: [String: RecordedRating] = [:]
        var conflicts: [String: [String]] = [:]
        for (field, heads) in ChangeLog.heads(merged.ratingHistory) {
            guard let standard = Self.standard(ofField: field) else { continue }
            switch ThreeWayMerge.settle(heads, same: { $0.value == $1.value }) {
            case .none: continue
            case .one(let head): if let value = head.value { ratings[standard] = value }
            case .conflict(let heads): conflicts[field] = heads.map(\.id).sorted()
            }
        }
        merged.ratings = ratings
        merged.conflicts = conflicts
        return merged
    }

    /// A change for each rating with none behind it (recorded before changes were kept).
    func withFoundRatingsAsChanges() -> InspectionRecord {
        let heads = ChangeLog.heads(ratingHistory)
        var r = self
        for (standard, rating) in ratings.sorted(by: { $0.key < $1.key }) {
            let field = Self.ratingField(standard)
            guard conflicts[field] == nil else { continue }
            let h = heads[field] ?? []
            if h.isEmpty {
                r.ratingHistory.append(RatingChange(
                    standard: standard, previous: nil, value: rating, by: rating.by ?? "", at: rating.at ?? "", id: initialID(field, rating)))
            } else if h.allSatisfy({ $0.value == h[0].value }), h[0].value != rating {
                let replaced = h.map(\.id).sorted()
                r.ratingHistory.append(RatingChange(
                    standard: standard, previous: h[0].value, value: rating, by: rating.by ?? "", at: rating.at ?? "",
                    id: ChangeID.derived("i-", [field] + Self.parts(rating) + replaced), replaces: replaced))
            }
        }
        // A rating cleared by hand while its last change set one.
        for (field, h) in heads where conflicts[field] == nil {
            guard let standard = Self.standard(ofField: field), ratings[standard] == nil,
                h.allSatisfy({ $0.value == h[0].value }), h[0].value != nil else { continue }
            let replaced = h.map(\.id).sorted()
            r.ratingHistory.append(RatingChange(
                standard: standard, previous: h[0].value, value: nil, by: "", at: "",
                id: ChangeID.derived("i-", [field, "-"] + replaced), replaces: replaced))
        }
        return r
    }
}
