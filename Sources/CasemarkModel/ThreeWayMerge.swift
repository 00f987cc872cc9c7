/// The rule every three-way merge here follows (a case file, `inspection.json`): a value changed
/// on one side only takes that side's value; changed the same way on both is fine; changed
/// differently on both is a conflict, named and never silently resolved. Logs only grow.
public struct ThreeWayMerge {
    /// The fields changed differently on both sides, in the order they were met.
    public private(set) var conflicts: [String] = []

    public init() {}

    /// The merged value of one field. With no base (`base` nil) any difference is a conflict.
    public mutating func pick<T>(_ field: String, base: T?, ours: T, theirs: T, same: (T, T) -> Bool) -> T {
        if same(ours, theirs) { return ours }
        if let base, same(ours, base) { return theirs }
        if let base, same(theirs, base) { return ours }
        conflicts.append(field)
        return ours
    }

    public mutating func pick<T: Equatable>(_ field: String, base: T?, ours: T, theirs: T) -> T {
        pick(field, base: base, ours: ours, theirs: theirs, same: ==)
    }

    /// Values by key (answers, attributes, ratings), each merged on its own as `prefix.key`; a
    /// key absent on one side counts as a value (absent), so a removal merges like a change.
    /// With no `base`, a key counts as having started absent when `missingBaseIsEmpty`, and
    /// any difference is a conflict otherwise.
    public mutating func pickEach<V>(
        _ prefix: String, base: [String: V]?, ours: [String: V], theirs: [String: V], missingBaseIsEmpty: Bool,
        same: (V, V) -> Bool
    ) -> [String: V] {
        let keys = Set(ours.keys).union(theirs.keys).union(base?.keys ?? [:].keys)
        var merged: [String: V] = [:]
        for key in keys.sorted() {
            let start: V?? = base.map { $0[key] } ?? (missingBaseIsEmpty ? .some(nil) : nil)
            let value = pick("\(prefix).\(key)", base: start, ours: ours[key], theirs: theirs[key]) { a, b in
                switch (a, b) {
                case (nil, nil): true
                case (let a?, let b?): same(a, b)
                default: false
                }
            }
            if let value { merged[key] = value }
        }
        return merged
    }

    public mutating func pickEach<V: Equatable>(
        _ prefix: String, base: [String: V]?, ours: [String: V], theirs: [String: V], missingBaseIsEmpty: Bool
    ) -> [String: V] {
        pickEach(prefix, base: base, ours: ours, theirs: theirs, missingBaseIsEmpty: missingBaseIsEmpty, same: ==)
    }

    /// A log that only grows (a case's history, the rating history): the other side's entries,
    /// then this side's that it does not have.
    public static func log<Entry: Equatable>(base: [Entry], ours: [Entry], theirs: [Entry]) -> [Entry] {
        var result = theirs
        let ourNew = ours.starts(with: base) ? Array(ours.dropFirst(base.count)) : ours
        for entry in ourNew where !theirs.contains(entry) {
            result.append(entry)
        }
        return result
    }
}
