/// Three-way merge of `inspection.json` by value (a save over a file another process changed),
/// by the same rule as `CaseMerge`: ratings of different standards merge; one standard rated
/// differently on both sides is a conflict; the rating history keeps both sides' changes.
public enum RecordMerge {
    public static func merge(base: InspectionRecord?, ours: InspectionRecord, theirs: InspectionRecord) throws(CaseMerge.Conflict) -> InspectionRecord {
        var merge = ThreeWayMerge()
        var merged = ours
        merged.schemaVersion = max(ours.schemaVersion, theirs.schemaVersion)
        merged.provider = merge.pick("provider", base: base?.provider, ours: ours.provider, theirs: theirs.provider)
        merged.framework = merge.pick("framework", base: base?.framework, ours: ours.framework, theirs: theirs.framework)
        merged.createdAt = merge.pick("createdAt", base: base?.createdAt, ours: ours.createdAt, theirs: theirs.createdAt)
        merged.createdBy = merge.pick("createdBy", base: base?.createdBy, ours: ours.createdBy, theirs: theirs.createdBy)
        merged.secondMarkOf = merge.pick("secondMarkOf", base: base?.secondMarkOf, ours: ours.secondMarkOf, theirs: theirs.secondMarkOf)
        merged.ratings = merge.pickEach(
            "ratings", base: base?.ratings, ours: ours.ratings, theirs: theirs.ratings, missingBaseIsEmpty: false)
        merged.ratingHistory = ThreeWayMerge.log(
            base: base?.ratingHistory ?? [], ours: ours.ratingHistory, theirs: theirs.ratingHistory)
        if !merge.conflicts.isEmpty { throw CaseMerge.Conflict(fields: merge.conflicts) }
        return merged
    }
}
