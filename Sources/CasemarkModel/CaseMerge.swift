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
        var conflicts: [String] = []
        func pick<T: Equatable>(_ field: String, _ b: T?, _ o: T, _ t: T, same: (T, T) -> Bool = { $0 == $1 }) -> T {
            if same(o, t) { return o }
            if let b, same(o, b) { return t }
            if let b, same(t, b) { return o }
            conflicts.append(field)
            return o
        }
        var merged = ours
        merged.schemaVersion = max(ours.schemaVersion, theirs.schemaVersion)
        merged.sample = pick("sample", base?.sample, ours.sample, theirs.sample)
        merged.responsibleOfficer = pick("responsibleOfficer", base?.responsibleOfficer, ours.responsibleOfficer, theirs.responsibleOfficer)
        merged.status = pick("status", base?.status, ours.status, theirs.status)

        let attributeKeys = Set(ours.attributes.keys).union(theirs.attributes.keys).union(base?.attributes.keys ?? [:].keys)
        var attributes: [String: String] = [:]
        for key in attributeKeys.sorted() {
            // With no base (a case created on both sides) an attribute or answer starts absent.
            let value = pick("attributes.\(key)", .some(base?.attributes[key]), ours.attributes[key], theirs.attributes[key])
            if let value { attributes[key] = value }
        }
        merged.attributes = attributes

        let answerKeys = Set(ours.answers.keys).union(theirs.answers.keys).union(base?.answers.keys ?? [:].keys)
        var answers: [String: Answer] = [:]
        for key in answerKeys.sorted() {
            let value = pick(
                "answers.\(key)", .some(base?.answers[key]), ours.answers[key], theirs.answers[key],
                same: { a, b in
                    switch (a, b) {
                    case (nil, nil): true
                    case (let a?, let b?): a == b || a.sameContent(as: b)
                    default: false
                    }
                })
            if let value { answers[key] = value }
        }
        merged.answers = answers
        merged.history = mergeHistory(base: base?.history ?? [], ours: ours.history, theirs: theirs.history)

        if !conflicts.isEmpty { throw Conflict(fields: conflicts) }
        return merged
    }

    /// History only grows: the other side's, then this side's entries that it does not have.
    static func mergeHistory(base: [HistoryEntry], ours: [HistoryEntry], theirs: [HistoryEntry]) -> [HistoryEntry] {
        var result = theirs
        let ourNew = ours.starts(with: base) ? Array(ours.dropFirst(base.count)) : ours
        for entry in ourNew where !theirs.contains(entry) {
            result.append(entry)
        }
        return result
    }
}
