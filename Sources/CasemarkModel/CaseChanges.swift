/// A case's answers and status as changes that know what they replaced (see `ChangeLog`): the
/// fields, the heads behind each value, ids for values with no change behind them, and version 1
/// histories given ids.
extension Case {
    public static let statusField = "status"

    public static func answerField(_ keyQuestionID: String) -> String { "answers." + keyQuestionID }

    /// The key question of an `answers.<id>` field; nil for any other field.
    public static func keyQuestion(ofField field: String) -> String? {
        field.hasPrefix("answers.") ? String(field.dropFirst("answers.".count)) : nil
    }

    /// The changes behind a field's value: those to it that no other change to it replaced.
    public func heads(of field: String) -> [HistoryEntry] { ChangeLog.heads(of: field, in: history) }

    /// Whether a key question is in conflict on this case.
    public func isInConflict(_ keyQuestionID: String) -> Bool { conflicts[Self.answerField(keyQuestionID)] != nil }

    /// The id that a value found with no change behind it is known by, the same on every copy:
    /// from the case, the field and the value.
    public func initialID(_ field: String, _ answer: Answer?) -> String {
        ChangeID.derived("i-", [id, field] + ChangeID.parts(answer))
    }

    /// What a new change to `field` replaces: its heads, or the id of the value it has without
    /// one (a value imported, or from before changes were kept).
    func replacedBy(newChangeTo field: String) -> [String] {
        let heads = heads(of: field)
        if !heads.isEmpty { return heads.map(\.id).sorted() }
        if field == Self.statusField {
            return status == .complete ? [initialCompletion(coverage: coverage()).id] : []
        }
        if let kq = Self.keyQuestion(ofField: field), let value = answers[kq] { return [initialID(field, value)] }
        return []
    }

    /// The answer changes a completion now would complete the case with: each answered field's
    /// heads, or the id of its value where it has none.
    func coverage() -> [String] {
        let heads = ChangeLog.heads(history)
        var ids: [String] = []
        for (field, entries) in heads where Self.keyQuestion(ofField: field) != nil {
            ids += entries.map(\.id)
        }
        for (kq, answer) in answers where heads[Self.answerField(kq)] == nil {
            ids.append(initialID(Self.answerField(kq), answer))
        }
        return ids.sorted()
    }

    /// The completion that a case found complete with no change behind it stands for.
    func initialCompletion(coverage: [String]) -> HistoryEntry {
        HistoryEntry(
            event: .completed, by: "", at: "", reason: HistoryEntry.foundReason,
            id: ChangeID.derived("i-", [id, Self.statusField, CaseStatus.complete.rawValue] + coverage), replaces: coverage)
    }

    /// Adds a change to the history, stamped as version 2 (it now has change ids).
    mutating func appendChange(_ entry: HistoryEntry) {
        history.append(entry)
        conflicts[entry.field] = nil
        schemaVersion = Swift.max(schemaVersion, Self.supportedSchemaVersion)
    }

    // MARK: - Version 1

    /// Gives every history entry without an id (a version 1 file) one worked out from its place
    /// and content, the same on every copy, and makes each replace the entry before it of the
    /// same field: one line of changes. Returns the case unchanged when every entry has an id.
    public func givingChangesIDs() -> Case {
        guard history.contains(where: { $0.id.isEmpty }) else { return self }
        var c = self
        var last: [String: String] = [:]
        let changed = Set(history.map(\.field))
        for i in c.history.indices {
            var entry = c.history[i]
            let field = entry.field
            if entry.id.isEmpty {
                entry.id = ChangeID.derived("v1-", [id, String(i), entry.event.rawValue, entry.keyQuestion ?? "", entry.by, entry.at, entry.reason ?? ""]
                    + ChangeID.parts(entry.previous) + ChangeID.parts(entry.value))
                if let before = last[field] {
                    entry.replaces = [before]
                } else if entry.event == .answered, let previous = entry.previous {
                    entry.replaces = [initialID(field, previous)]
                }
                if entry.event == .completed {
                    // It completed every answer as it then stood: the line's last change of each,
                    // and the values no entry ever changed.
                    var covered = last.filter { Self.keyQuestion(ofField: $0.key) != nil }.map(\.value)
                    for (kq, answer) in answers where !changed.contains(Self.answerField(kq)) {
                        covered.append(initialID(Self.answerField(kq), answer))
                    }
                    entry.replaces += covered.sorted()
                }
                c.history[i] = entry
            }
            last[field] = entry.id
        }
        c.schemaVersion = Swift.max(c.schemaVersion, Self.supportedSchemaVersion)
        return c
    }
}

extension HistoryEntry {
    /// The reason on a change that stands for a value found in a file with no change behind it.
    public static let foundReason = "as found in the file, with no change recorded for it"
}
