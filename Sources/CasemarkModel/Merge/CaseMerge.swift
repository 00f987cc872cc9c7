/// Three-way merge of one case: the version both sides started from (`base`), this side's
/// (`ours`) and the other side's (`theirs`). A field changed on one side only takes that side's
/// value; a field changed the same way on both is fine; a field changed differently on both is
/// a conflict, never silently resolved. Used when another process saved the case meanwhile, and
/// by merges of copies made on different laptops.
public enum CaseMerge {
    /// The fields changed differently on both sides, such as `answers.2.1.1` or `status`.
    public struct Conflict: Error, Sendable, Equatable {
        public var fields: [String]
        public init(fields: [String]) { self.fields = fields }
    }

    /// The merged case, or `Conflict` naming every field that clashes. With no base (both sides
    /// created the case independently) its answers and attributes count as having started
    /// absent, and any other field that differs is a conflict.
    public static func merge(base: Case?, ours: Case, theirs: Case) throws(Conflict) -> Case {
        var merge = ThreeWayMerge()
        var merged = ours
        merged.schemaVersion = max(ours.schemaVersion, theirs.schemaVersion)
        for field in Case.mergeFields {
            field.byValue(&merge, base, ours, theirs, &merged)
        }
        merged.history = ThreeWayMerge.log(base: base?.history ?? [], ours: ours.history, theirs: theirs.history)

        if !merge.conflicts.isEmpty { throw Conflict(fields: merge.conflicts) }
        return merged
    }
}

extension CaseMerge {
    /// The fields no change records (officer, sample, attributes) of two copies whose common
    /// version is known (`merge-file` with git's BASE), by the rule by value: a field changed
    /// on one side only is taken by both, so that the copies then merge by their histories.
    /// Throws naming the fields changed differently on both.
    public static func agreeOnUnrecorded(base: Case, ours: inout Case, theirs: inout Case) throws(Conflict) {
        var rule = ThreeWayMerge()
        var agreed = ours
        for field in Case.mergeFields {
            guard case .mustAgree = field.ofCopies else { continue }
            field.byValue(&rule, base, ours, theirs, &agreed)
            // Both sides now hold the agreed value (picked from it on both sides, it is kept).
            field.byValue(&rule, nil, agreed, agreed, &ours)
            field.byValue(&rule, nil, agreed, agreed, &theirs)
        }
        if !rule.conflicts.isEmpty { throw Conflict(fields: rule.conflicts) }
    }
}
