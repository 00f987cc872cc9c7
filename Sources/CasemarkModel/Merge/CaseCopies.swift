/// Merging two copies of one case that were marked apart (offline teamwork). The histories are
/// joined as sets of changes (`ChangeLog.union`) and every field's value is worked out again
/// from its heads: one value where the heads agree; a **conflict** where they differ, both
/// changes kept with who and when. So merging is idempotent, commutative and associative, and
/// no change is ever lost; causality comes from what each change says it replaced, never from
/// clocks.
public struct CopyMismatch: Error, Sendable, Equatable, CustomStringConvertible {
    public var caseID: String
    /// What differs and cannot be merged: `sample`, `responsibleOfficer`, `attributes`, or a
    /// change id that stands for different changes on the two copies.
    public var fields: [String]

    public var description: String {
        "the two copies of case \(caseID) differ in \(fields.joined(separator: ", ")), which casemark does not merge"
    }
}

extension Case {
    /// This case and `other` (another copy of it) as one: every change of both, each field's
    /// value from its heads, conflicts where they differ. Throws when the copies are not of one
    /// case (another officer, sample or attributes).
    public func merged(with other: Case) throws(CopyMismatch) -> Case {
        if self == other { return self }
        var mismatched: [String] = id == other.id ? [] : ["id"]
        for field in Self.mergeFields {
            if case .mustAgree(let same) = field.ofCopies, !same(self, other) { mismatched.append(field.name) }
        }
        if !mismatched.isEmpty { throw CopyMismatch(caseID: id, fields: mismatched) }

        let ours = withFoundValuesAsChanges()
        let theirs = other.withFoundValuesAsChanges()
        var merged = ours
        merged.schemaVersion = Swift.max(ours.schemaVersion, theirs.schemaVersion, Self.supportedSchemaVersion)
        do {
            merged.history = try ChangeLog.union(ours.history, theirs.history)
        } catch {
            throw CopyMismatch(caseID: id, fields: ["history (change \(error.id) is different on each)"])
        }
        for field in Self.mergeFields {
            if case .log(let union) = field.ofCopies { try union(ours, theirs, &merged) }
        }
        merged.settle()
        merged.leaveOutWorkedOutAnswers()
        return merged
    }

    /// Leaves out the changes worked out for answers found with no change behind them
    /// (imported, or from before changes were kept) where the file needs none to say what it
    /// holds: one replaced by a later change (which names it and keeps its value as `previous`),
    /// or the value itself, still in `answers`, from which every copy works out the same change
    /// again. One a conflict names is kept. So a copy with nothing new makes no new file, and
    /// copies merged in any order write the same bytes.
    mutating func leaveOutWorkedOutAnswers() {
        let named = Set(conflicts.values.joined())
        var replaced = Set<String>()
        for entry in history { replaced.formUnion(entry.replaces) }
        let kept = history.filter { entry in
            guard entry.reason == HistoryEntry.foundReason, entry.event == .answered, entry.replaces.isEmpty,
                !named.contains(entry.id), let kq = entry.keyQuestion
            else { return true }
            return !(replaced.contains(entry.id) || answers[kq] == entry.value)
        }
        if kept.count != history.count { history = kept }
    }

    /// Works out every field recorded by changes (answers, status, and the conflicts among
    /// them) from the history's heads. Every value must have a change behind it (see
    /// `withFoundValuesAsChanges`).
    mutating func settle() {
        let heads = ChangeLog.heads(history)
        conflicts = [:]
        for field in Self.mergeFields {
            if case .fromHeads(let settle) = field.ofCopies { settle(heads, &self) }
        }
    }

    /// This case with a change added for each value that has none behind it (imported, from a
    /// version 1 file, or edited by hand), with an id worked out from the value so that every
    /// copy adds the same one.
    func withFoundValuesAsChanges() -> Case {
        let heads = ChangeLog.heads(history)
        let coverage = coverage()
        var added: [HistoryEntry] = []
        var fields = Set(answers.keys.map(Self.answerField))
        for field in heads.keys where Self.keyQuestion(ofField: field) != nil { fields.insert(field) }
        for field in fields.sorted() where conflicts[field] == nil {
            let kq = Self.keyQuestion(ofField: field)!
            let value = answers[kq]
            let h = heads[field] ?? []
            if h.isEmpty {
                guard let value else { continue }
                added.append(HistoryEntry(
                    event: .answered, keyQuestion: kq, value: value, by: value.by ?? "", at: value.at ?? "",
                    reason: HistoryEntry.foundReason, id: initialID(field, value)))
            } else if h.allSatisfy({ Self.same($0.value, h[0].value) }), !Self.same(h[0].value, value) {
                let replaced = h.map(\.id).sorted()
                added.append(HistoryEntry(
                    event: .answered, keyQuestion: kq, previous: h[0].value, value: value, by: value?.by ?? "", at: value?.at ?? "",
                    reason: HistoryEntry.foundReason, id: ChangeID.derived("i-", [id, field] + ChangeID.parts(value) + replaced),
                    replaces: replaced))
            }
        }
        if conflicts[Self.statusField] == nil {
            let h = heads[Self.statusField] ?? []
            if h.isEmpty {
                if status == .complete { added.append(initialCompletion(coverage: coverage)) }
            } else if h.allSatisfy({ $0.statusValue == h[0].statusValue }), h[0].statusValue != status {
                let replaced = h.map(\.id).sorted()
                let extra = status == .complete ? coverage : []
                added.append(HistoryEntry(
                    event: status == .complete ? .completed : .reopened, by: "", at: "", reason: HistoryEntry.foundReason,
                    id: ChangeID.derived("i-", [id, Self.statusField, status.rawValue] + replaced + extra),
                    replaces: Array(Set(replaced + extra)).sorted()))
            }
        }
        guard !added.isEmpty else { return self }
        var c = self
        c.history += added
        return c
    }

    static func same(_ a: Answer?, _ b: Answer?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.sameContent(as: b)
        default: false
        }
    }
}

extension HistoryEntry {
    /// The status a status change left the case in.
    public var statusValue: CaseStatus { event == .completed ? .complete : .inProgress }
}
