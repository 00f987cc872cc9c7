import CasemarkModel

/// Three-way merge of `inspection.json`, as `CaseMerge` does for cases: ratings of different
/// standards merge; one standard rated differently on both sides is a conflict.
enum RecordMerge {
    static func merge(base: InspectionRecord?, ours: InspectionRecord, theirs: InspectionRecord, file: String) throws -> InspectionRecord {
        var conflicts: [String] = []
        func pick<T: Equatable>(_ field: String, _ b: T?, _ o: T, _ t: T) -> T {
            if o == t { return o }
            if let b, o == b { return t }
            if let b, t == b { return o }
            conflicts.append(field)
            return o
        }
        var merged = ours
        merged.schemaVersion = max(ours.schemaVersion, theirs.schemaVersion)
        merged.provider = pick("provider", base?.provider, ours.provider, theirs.provider)
        merged.framework = pick("framework", base?.framework, ours.framework, theirs.framework)
        merged.createdAt = pick("createdAt", base?.createdAt, ours.createdAt, theirs.createdAt)
        merged.createdBy = pick("createdBy", base?.createdBy, ours.createdBy, theirs.createdBy)
        let keys = Set(ours.ratings.keys).union(theirs.ratings.keys).union(base?.ratings.keys ?? [:].keys)
        var ratings: [String: RecordedRating] = [:]
        for key in keys.sorted() {
            if let value = pick("ratings.\(key)", base.map { $0.ratings[key] }, ours.ratings[key], theirs.ratings[key]) {
                ratings[key] = value
            }
        }
        merged.ratings = ratings
        if !conflicts.isEmpty { throw StoreError.conflict(file: file, fields: conflicts) }
        return merged
    }
}
