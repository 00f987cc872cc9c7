/// A field changed differently on two copies, as `casemark conflicts`, `validate` and the
/// screens show it: each competing value with who and when.
public struct FieldConflict: Sendable, Equatable {
    /// The case; nil for `inspection.json`.
    public var caseID: String?
    /// `answers.2.1.1`, `status`, `ratings.2.2`.
    public var field: String
    public var keyQuestion: String?
    public var standard: String?
    public var values: [Value]

    /// One side of a conflict.
    public struct Value: Sendable, Equatable {
        /// The change's id.
        public var change: String
        /// `yes`, `no`, `na` or nil (cleared) for an answer; `approved` or `returned` for a review; `complete` or `in-progress` for a
        /// status; the band's name for a rating (nil when cleared).
        public var value: String?
        public var note: String?
        public var prompts: [String]
        /// For a rating: its reason. For a status: what the change was, when it is an answer
        /// changed on a copy that had not seen the completion.
        public var detail: String?
        public var by: String
        public var at: String

        public init(change: String, value: String?, note: String? = nil, prompts: [String] = [], detail: String? = nil, by: String, at: String) {
            self.change = change
            self.value = value
            self.note = note
            self.prompts = prompts
            self.detail = detail
            self.by = by
            self.at = at
        }
    }

    /// The field's name as people read it: `2.1.1`, `status`, `rating 2.2`.
    public var label: String {
        if let keyQuestion { return keyQuestion }
        if let standard { return "rating \(standard)" }
        return field
    }
}

extension Case {
    /// Every conflict on this case, in field order, with the competing values from the history.
    public var conflictDetails: [FieldConflict] {
        guard !conflicts.isEmpty else { return [] }
        var byID: [String: HistoryEntry] = [:]
        for entry in history { byID[entry.id] = entry }
        return conflicts.keys.sorted().map { field in
            let values = (conflicts[field] ?? []).map { id -> FieldConflict.Value in
                guard let entry = byID[id] else { return FieldConflict.Value(change: id, value: nil, detail: "change not in this file's history", by: "", at: "") }
                if field == Self.reviewField {
                    // "approved" with the lead's note, or "returned" with the reason.
                    return FieldConflict.Value(
                        change: id, value: entry.event == .approved ? "approved" : "returned",
                        detail: entry.event == .approved ? entry.note : entry.reason, by: entry.by, at: entry.at)
                }
                if field == Self.statusField {
                    if entry.event == .answered {
                        let judgement = entry.value?.answer?.rawValue ?? "cleared"
                        return FieldConflict.Value(
                            change: id, value: CaseStatus.inProgress.rawValue,
                            detail: "\(entry.keyQuestion ?? "?") answered \(judgement) on a copy that had not seen the completion",
                            by: entry.by, at: entry.at)
                    }
                    return FieldConflict.Value(change: id, value: entry.statusValue.rawValue, detail: entry.reason, by: entry.by, at: entry.at)
                }
                return FieldConflict.Value(
                    change: id, value: entry.value?.answer?.rawValue, note: entry.value?.note, prompts: entry.value?.prompts ?? [],
                    by: entry.by, at: entry.at)
            }
            return FieldConflict(caseID: id, field: field, keyQuestion: Self.keyQuestion(ofField: field), standard: nil, values: values)
        }
    }
}

extension InspectionRecord {
    /// Every rating in conflict, with the competing ratings and reasons.
    public var conflictDetails: [FieldConflict] {
        guard !conflicts.isEmpty else { return [] }
        var byID: [String: RatingChange] = [:]
        for change in ratingHistory { byID[change.id] = change }
        return conflicts.keys.sorted().map { field in
            let values = (conflicts[field] ?? []).map { id -> FieldConflict.Value in
                guard let change = byID[id] else { return FieldConflict.Value(change: id, value: nil, detail: "change not in the rating history", by: "", at: "") }
                return FieldConflict.Value(change: id, value: change.value?.rating.displayName, detail: change.value?.reason, by: change.by, at: change.at)
            }
            return FieldConflict(caseID: nil, field: field, keyQuestion: nil, standard: Self.standard(ofField: field), values: values)
        }
    }
}
