/// The one rule every merge in casemark follows, for one field (an answer with its note and
/// prompts, a case's status, a standard's recorded rating): a value changed on one side only
/// takes that side's value; changed the same way on both is one value; changed differently on
/// both is a **conflict**, named and never silently resolved. Logs only grow.
///
/// It comes in two forms over the same rule. By value (`side`, `pick`): the version both sides
/// started from is known (a save over a file another process changed, `merge-file` with git's
/// BASE). By heads (`settle`): copies made on different laptops carry their history, and a
/// field's heads (its changes no other change replaced) are what each copy made of it since
/// they parted; one head, or heads that agree, is one value, anything else a conflict.
/// Which fields of a case are merged, and how, is `CaseMergeFields`.
public struct ThreeWayMerge {
    /// The fields changed differently on both sides, in the order they were met.
    public private(set) var conflicts: [String] = []

    public init() {}

    /// Which side's value a field takes.
    public enum Side: Sendable, Equatable {
        /// The same on both sides (or taken from ours).
        case ours
        /// Changed on their side only.
        case theirs
        /// Changed differently on both sides.
        case conflict
    }

    /// The rule by value. `base` is `.none` when there is no version both started from (then
    /// any difference is a conflict), `.some(nil)` when the field started absent.
    public static func side<T>(base: T??, ours: T?, theirs: T?, same: (T, T) -> Bool) -> Side {
        func equal(_ a: T?, _ b: T?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let a?, let b?): same(a, b)
            default: false
            }
        }
        if equal(ours, theirs) { return .ours }
        guard let base else { return .conflict }
        if equal(ours, base) { return .theirs }
        if equal(theirs, base) { return .ours }
        return .conflict
    }

    /// The rule by heads: what a field's heads make of it.
    public enum Settled<Head> {
        /// No change to the field at all.
        case none
        /// The heads agree: one value (the head given is the one whose who and when stand for it,
        /// the same whichever way the copies were merged).
        case one(Head)
        /// The heads differ.
        case conflict([Head])
    }

    /// The rule by heads. `same` says whether two heads leave the field with the same value;
    /// `representative` picks the head that stands for an agreed value.
    public static func settle<Head>(
        _ heads: [Head], same: (Head, Head) -> Bool, representative: ([Head]) -> Head = { $0[0] }
    ) -> Settled<Head> {
        guard let first = heads.first else { return .none }
        return heads.allSatisfy({ same($0, first) }) ? .one(representative(heads)) : .conflict(heads)
    }

    /// The merged value of one field (by value). With no base (`base` nil) any difference is a
    /// conflict, recorded under `field`; a conflict keeps ours.
    public mutating func pick<T>(_ field: String, base: T?, ours: T, theirs: T, same: (T, T) -> Bool) -> T {
        switch Self.side(base: base.map { .some($0) }, ours: ours, theirs: theirs, same: same) {
        case .ours: return ours
        case .theirs: return theirs
        case .conflict:
            conflicts.append(field)
            return ours
        }
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
            let value: V?
            switch Self.side(base: start, ours: ours[key], theirs: theirs[key], same: same) {
            case .ours: value = ours[key]
            case .theirs: value = theirs[key]
            case .conflict:
                conflicts.append("\(prefix).\(key)")
                value = ours[key]
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
