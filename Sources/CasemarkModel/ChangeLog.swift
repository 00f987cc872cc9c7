/// A history of changes as a set: two copies' histories merge by taking every change either
/// holds (a change is known by its id), so merging is idempotent, commutative and associative,
/// and no change is ever lost. A field's value is that of its **heads**: the changes to it that
/// no other change to it replaced.
public enum ChangeLog {
    /// Two histories given the same id for different changes (a file edited by hand).
    public struct Clash: Error, Sendable, Equatable {
        public var id: String
    }

    /// Every change in `a` or `b`, in one order that depends only on which changes there are:
    /// each after the changes it replaced, and otherwise by time, then id. So any order of merging any copies
    /// gives the same file, byte for byte. (Two changes made in the same second to different
    /// fields may swap places; the times say when each was made.)
    public static func union<E: Change>(_ a: [E], _ b: [E]) throws(Clash) -> [E] {
        var byID: [String: E] = [:]
        byID.reserveCapacity(a.count + b.count)
        for entry in a { byID[entry.id] = entry }
        var aHasAllOfB = true
        for entry in b {
            if let known = byID[entry.id] {
                if known != entry { throw Clash(id: entry.id) }
            } else {
                aHasAllOfB = false
                byID[entry.id] = entry
            }
        }
        if aHasAllOfB && a == b { return a }
        return ordered(Array(byID.values))
    }

    /// Each change after the changes it replaces that are present, and otherwise by `at`, then
    /// by id (a topological order with a fixed tie-break).
    static func ordered<E: Change>(_ entries: [E]) -> [E] {
        let sorted = entries.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var position: [String: Int] = [:]
        for (i, e) in sorted.enumerated() { position[e.id] = i }
        var waitingOn = [Int](repeating: 0, count: sorted.count)
        var unblocks = [[Int]](repeating: [], count: sorted.count)
        for (i, e) in sorted.enumerated() {
            for r in Set(e.replaces) {
                if let j = position[r], j != i {
                    waitingOn[i] += 1
                    unblocks[j].append(i)
                }
            }
        }
        // The smallest ready position first: a heap would be quicker, but histories are short.
        var ready = Set(sorted.indices.filter { waitingOn[$0] == 0 })
        var result: [E] = []
        result.reserveCapacity(sorted.count)
        while let next = ready.min() {
            ready.remove(next)
            result.append(sorted[next])
            for i in unblocks[next] {
                waitingOn[i] -= 1
                if waitingOn[i] == 0 { ready.insert(i) }
            }
        }
        // A cycle (only in a file edited by hand): the rest in time order, nothing dropped.
        if result.count < sorted.count {
            let placed = Set(result.map(\.id))
            result += sorted.filter { !placed.contains($0.id) }
        }
        return result
    }

    /// The changes to each field that no other change to that field replaced, in history order.
    public static func heads<E: Change>(_ entries: [E]) -> [String: [E]] {
        // A change's field is spelled anew each time it is asked for: ask once.
        let fields = entries.map(\.field)
        var replaced: [String: Set<String>] = [:]
        for (e, field) in zip(entries, fields) where !e.replaces.isEmpty {
            replaced[field, default: []].formUnion(e.replaces)
        }
        var heads: [String: [E]] = [:]
        for (e, field) in zip(entries, fields) where !(replaced[field]?.contains(e.id) ?? false) {
            heads[field, default: []].append(e)
        }
        return heads
    }

    /// The heads of one field.
    public static func heads<E: Change>(of field: String, in entries: [E]) -> [E] {
        var replaced = Set<String>()
        var ofField: [E] = []
        for e in entries where e.field == field {
            ofField.append(e)
            replaced.formUnion(e.replaces)
        }
        return ofField.filter { !replaced.contains($0.id) }
    }
}
