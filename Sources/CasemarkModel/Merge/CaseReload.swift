/// Taking in a case as another process saved it, after a save here clashed with it, without
/// losing what this process had not saved: where both changed the same answer, the disk's wins
/// and this process's goes into the history, so `casemark history` shows it and undo brings it
/// back.
extension HistoryEntry {
    /// The reason on an entry that replaced this process's unsaved answer with the disk's.
    public static let reloadReason = "reloaded from disk: the answer before was not saved, as it had been changed elsewhere"
}

extension Case {
    /// This case as `disk` holds it, keeping what this process changed since `base` (the version
    /// both started from; nil when unknown) wherever the disk left that answer as it was. Where
    /// both changed an answer differently, the disk's is taken and this process's recorded as the
    /// `previous` of a history entry by `by` at `at`, whose id is the next of `newID`'s. Returns
    /// the case and the key questions whose answers were replaced so.
    public func reloaded(
        from disk: Case, base: Case?, by: String, at: String, newID: () -> String
    ) -> (reloaded: Case, replaced: [String]) {
        let same = Case.same
        // A case completed elsewhere is locked: none of this process's unsaved changes go in
        // until it is reopened; they are named, so the inspector can make them again.
        if disk.status == .complete, base?.status != .complete {
            let keys = Set(answers.keys).union(disk.answers.keys).sorted()
            return (disk, keys.filter { !same(answers[$0], disk.answers[$0]) })
        }
        var result = disk
        var replaced: [String] = []
        var entries: [HistoryEntry] = []
        let keys = Set(answers.keys).union(disk.answers.keys).union(base?.answers.keys ?? [:].keys)
        for key in keys.sorted() {
            let ours = answers[key]
            let theirs = disk.answers[key]
            // The one rule, but a clash is not kept as a conflict: the disk's answer is taken.
            switch ThreeWayMerge.side(base: base.map { $0.answers[key] }, ours: ours, theirs: theirs, same: { $0.sameContent(as: $1) }) {
            case .theirs: continue  // the disk's, which `result` holds
            case .ours:
                if !same(ours, theirs) { result.answers[key] = ours }
                continue
            case .conflict: break
            }
            replaced.append(key)
            entries.append(HistoryEntry(event: .answered, keyQuestion: key, previous: ours, value: theirs, by: by, at: at,
                                        reason: HistoryEntry.reloadReason, id: newID()))
        }
        if let base, status != disk.status, disk.status == base.status { result.status = status }
        // History only for what reaches the disk: this process's unsaved entries for an answer
        // the disk changed meanwhile were made against a value that was no longer there (their
        // "before" is wrong) and are never saved; the reload's own entry keeps this process's
        // answer instead. Entries for answers the disk left alone stand, and are saved next.
        let changedOnDisk = Set(keys.filter { key in base.map { !same(disk.answers[key], $0.answers[key]) } ?? true })
        let baseHistory = base?.history ?? []
        let unsaved = history.starts(with: baseHistory) ? Array(history.dropFirst(baseHistory.count)) : history
        let kept = baseHistory + unsaved.filter { entry in
            !(entry.event == .answered && entry.keyQuestion.map(changedOnDisk.contains) == true)
        }
        result.history = (try? ChangeLog.union(disk.history, kept)) ?? ThreeWayMerge.log(base: baseHistory, ours: kept, theirs: disk.history)
        // Each reload entry replaces both this process's unsaved change and the disk's.
        for var entry in entries {
            entry.replaces = result.replacedBy(newChangeTo: entry.field)
            result.appendChange(entry)
        }
        return (result, replaced)
    }
}
