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
        merged.sample = merge.pick("sample", base: base?.sample, ours: ours.sample, theirs: theirs.sample)
        merged.responsibleOfficer = merge.pick(
            "responsibleOfficer", base: base?.responsibleOfficer, ours: ours.responsibleOfficer, theirs: theirs.responsibleOfficer)
        merged.status = merge.pick("status", base: base?.status, ours: ours.status, theirs: theirs.status)
        // With no base (a case created on both sides) an attribute or answer starts absent.
        merged.attributes = merge.pickEach(
            "attributes", base: base?.attributes, ours: ours.attributes, theirs: theirs.attributes, missingBaseIsEmpty: true)
        merged.answers = merge.pickEach(
            "answers", base: base?.answers, ours: ours.answers, theirs: theirs.answers, missingBaseIsEmpty: true,
            same: { a, b in a == b || a.sameContent(as: b) })
        merged.conflicts = merge.pickEach(
            "conflicts", base: base?.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, missingBaseIsEmpty: true)
        merged.history = ThreeWayMerge.log(base: base?.history ?? [], ours: ours.history, theirs: theirs.history)
        // QA comments only grow, and each has its own id: every entry of either side is kept.
        merged.comments = (try? ChangeLog.union(ours.comments, theirs.comments))
            ?? ours.comments + theirs.comments.filter { entry in !ours.comments.contains { $0.id == entry.id } }

        if !merge.conflicts.isEmpty { throw Conflict(fields: merge.conflicts) }
        return merged
    }
}
