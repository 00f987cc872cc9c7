/// What a merge changed in the copy it wrote into, as `casemark merge` names it: each answer,
/// status, review and rating whose value is now different, with the value before and after and who
/// made the change and when; and every change it brought in that is dated in the future.
public struct MergedChange: Sendable, Equatable {
    /// The case; nil for `inspection.json`.
    public var caseID: String?
    /// As people read it: `2.1.1`, `status`, `rating 2.2`.
    public var field: String
    public var before: String
    public var after: String
    public var by: String
    public var at: String

    public init(caseID: String?, field: String, before: String, after: String, by: String, at: String) {
        self.caseID = caseID
        self.field = field
        self.before = before
        self.after = after
        self.by = by
        self.at = at
    }

    /// How far ahead of this machine's clock a change may be dated before it is named (clocks
    /// of laptops drift, and time zones are mistaken for UTC).
    public static let futureLeewaySeconds = 24 * 60 * 60

    /// Whether `at` is more than a day after `now` (seconds since 1970).
    public static func isFuture(_ at: String, now: Int) -> Bool {
        guard let seconds = Case.seconds(at) else { return false }
        return seconds > now + futureLeewaySeconds
    }
}

extension Case {
    /// Whether `merged` (this case merged with another copy) holds nothing this case does not:
    /// the same values, and no change but those standing for values without a change behind
    /// them, which every copy works out alike ("as found in the file"). Such a merge is not
    /// written: the file stays as it was, byte for byte.
    public func holdsEverything(of merged: Case) -> Bool {
        if merged == self { return true }
        var compared = merged
        compared.history = history
        compared.schemaVersion = schemaVersion
        guard compared == self else { return false }
        // Changes standing for values found with none behind them are worked out alike by every
        // copy, and need not be in the file (see `leaveOutWorkedOutAnswers`): on either side, they
        // are nothing new.
        func made(_ entries: [HistoryEntry]) -> Set<String> {
            Set(entries.lazy.filter { $0.reason != HistoryEntry.foundReason }.map(\.id))
        }
        return made(merged.history) == made(history)
    }

    /// Each answer and the status that `merged` holds differently from this case (the target
    /// before the merge), who made the change and when.
    public func changes(mergedInto merged: Case) -> [MergedChange] {
        let known = Set(history.map(\.id))
        /// The latest change to `field` the merge brought in: who and when.
        func broughtIn(_ field: String) -> HistoryEntry? {
            merged.history.last { $0.field == field && !known.contains($0.id) && $0.reason != HistoryEntry.foundReason }
                ?? merged.history.last { $0.field == field && !known.contains($0.id) }
        }
        var changes: [MergedChange] = []
        let keys = Set(answers.keys).union(merged.answers.keys).union(merged.conflicts.keys.compactMap(Self.keyQuestion(ofField:)))
        for kq in keys.sorted(by: Self.keyQuestionOrder) {
            let field = Self.answerField(kq)
            let was = isInConflict(kq) ? "in conflict" : Self.describe(answers[kq])
            var now = merged.isInConflict(kq) ? "in conflict" : Self.describe(merged.answers[kq])
            if was == now {
                guard !isInConflict(kq), !Self.same(answers[kq], merged.answers[kq]) else { continue }
                now += " (note or prompts changed)"
            }
            let change = broughtIn(field)
            changes.append(MergedChange(
                caseID: id, field: kq, before: was, after: now,
                by: change?.by ?? merged.answers[kq]?.by ?? "", at: change?.at ?? merged.answers[kq]?.at ?? ""))
        }
        let wasStatus = conflicts[Self.statusField] != nil ? "in conflict" : status.rawValue
        let nowStatus = merged.conflicts[Self.statusField] != nil ? "in conflict" : merged.status.rawValue
        if wasStatus != nowStatus {
            let change = broughtIn(Self.statusField)
            changes.append(MergedChange(caseID: id, field: Self.statusField, before: wasStatus, after: nowStatus, by: change?.by ?? "", at: change?.at ?? ""))
        }
        // The review, where it stands (awaiting, approved, returned, in conflict).
        if reviewState != merged.reviewState, let change = broughtIn(Self.reviewField) {
            changes.append(MergedChange(
                caseID: id, field: Self.reviewField, before: reviewState.displayName, after: merged.reviewState.displayName,
                by: change.by, at: change.at))
        }
        return changes
    }

    /// The changes `merged` holds that this case does not, dated more than a day after `now`.
    public func futureChanges(mergedInto merged: Case, now: Int) -> [MergedChange] {
        let known = Set(history.map(\.id))
        return merged.history.filter { !known.contains($0.id) && MergedChange.isFuture($0.at, now: now) }.map { entry in
            let field = entry.keyQuestion.flatMap { entry.event == .answered ? $0 : nil } ?? entry.field
            let value = switch entry.event {
            case .answered: Self.describe(entry.value)
            case .approved: "approved"
            case .returned: "returned"
            case .completed, .reopened: entry.statusValue.rawValue
            }
            return MergedChange(caseID: id, field: field, before: Self.describe(entry.previous), after: value, by: entry.by, at: entry.at)
        }
    }

    static func describe(_ answer: Answer?) -> String {
        guard let answer else { return "(no answer)" }
        return answer.answer?.rawValue ?? "(no judgement)"
    }

    /// `2.1.2` before `2.1.10`.
    static func keyQuestionOrder(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? Int.max }
        let y = b.split(separator: ".").map { Int($0) ?? Int.max }
        return x != y ? x.lexicographicallyPrecedes(y) : a < b
    }
}

extension InspectionRecord {
    /// The same for ratings: whether `merged` holds nothing new (see `Case.holdsEverything`;
    /// a rating with no change behind it is stood for by a change with an `i-` id).
    public func holdsEverything(of merged: InspectionRecord) -> Bool {
        if merged == self { return true }
        var compared = merged
        compared.ratingHistory = ratingHistory
        compared.schemaVersion = schemaVersion
        guard compared == self else { return false }
        let known = Set(ratingHistory.map(\.id))
        return merged.ratingHistory.allSatisfy { known.contains($0.id) || $0.id.hasPrefix("i-") }
    }

    /// Each standard's rating that `merged` holds differently from this record.
    public func changes(mergedInto merged: InspectionRecord) -> [MergedChange] {
        let known = Set(ratingHistory.map(\.id))
        let standards = Set(ratings.keys).union(merged.ratings.keys).union(merged.conflicts.keys.compactMap(Self.standard(ofField:)))
        return standards.sorted(by: Case.keyQuestionOrder).compactMap { standard in
            let field = Self.ratingField(standard)
            let was = conflicts[field] != nil ? "in conflict" : Self.describe(ratings[standard])
            let now = merged.conflicts[field] != nil ? "in conflict" : Self.describe(merged.ratings[standard])
            guard was != now || (conflicts[field] == nil && ratings[standard] != merged.ratings[standard]) else { return nil }
            let change = merged.ratingHistory.last { $0.field == field && !known.contains($0.id) }
            return MergedChange(
                caseID: nil, field: "rating \(standard)", before: was, after: was == now ? now + " (reason changed)" : now,
                by: change?.by ?? merged.ratings[standard]?.by ?? "", at: change?.at ?? merged.ratings[standard]?.at ?? "")
        }
    }

    /// The rating changes `merged` holds that this record does not, dated more than a day after `now`.
    public func futureChanges(mergedInto merged: InspectionRecord, now: Int) -> [MergedChange] {
        let known = Set(ratingHistory.map(\.id))
        return merged.ratingHistory.filter { !known.contains($0.id) && MergedChange.isFuture($0.at, now: now) }.map {
            MergedChange(caseID: nil, field: "rating \($0.standard)", before: Self.describe($0.previous), after: Self.describe($0.value), by: $0.by, at: $0.at)
        }
    }

    static func describe(_ rating: RecordedRating?) -> String {
        rating?.rating.displayName ?? "(no rating)"
    }
}
