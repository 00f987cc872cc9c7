import CasemarkModel

/// Pure changes to a case, each leaving a history entry, so nothing typed is ever lost.
///
/// Interim: the store helper is adding `Case.record(_:for:by:at:)`, `complete` and `reopen` to
/// CasemarkModel; these stand in until that lands on main (different names, so both can coexist
/// while the lead reconciles them).
public enum CaseEdits {
    /// The reason an answered history entry carries when it undoes an earlier one.
    public static let undoReason = "undo"

    /// The case with `answer` recorded against key question `kq` (nil or empty clears it), stamped
    /// by `by` at `at`; nil when nothing would change. With `coalescing`, the history entry at that
    /// index (an earlier step of the same note edit) is updated instead of a new one appended.
    public static func record(
        _ answer: Answer?, for kq: String, in c: Case, by: String, at: String,
        reason: String? = nil, coalescing: Int? = nil
    ) -> (case: Case, historyIndex: Int)? {
        let previous = c.answers[kq]
        var value = answer
        if let v = value, v.isEmpty { value = nil }
        if let previous, let value, previous.sameContent(as: value) { return nil }
        if previous == nil && value == nil { return nil }
        value?.by = by
        value?.at = at
        var new = c
        new.answers[kq] = value
        if let index = coalescing, index < new.history.count, new.history[index].keyQuestion == kq,
            new.history[index].event == .answered
        {
            new.history[index].value = value
            new.history[index].at = at
            return (new, index)
        }
        new.history.append(
            HistoryEntry(event: .answered, keyQuestion: kq, previous: previous, value: value, by: by, at: at, reason: reason))
        return (new, new.history.count - 1)
    }

    public static func complete(_ c: Case, by: String, at: String) -> Case {
        var new = c
        new.status = .complete
        new.history.append(HistoryEntry(event: .completed, by: by, at: at))
        return new
    }

    public static func reopen(_ c: Case, reason: String, by: String, at: String) -> Case {
        var new = c
        new.status = .inProgress
        new.history.append(HistoryEntry(event: .reopened, by: by, at: at, reason: reason))
        return new
    }

    /// The change `u` would take back: the newest answer change since the case was last completed
    /// or reopened that no later undo has already taken back. Undos pair with changes like
    /// brackets, so pressing `u` repeatedly walks back one change at a time.
    public static func undoable(in c: Case) -> HistoryEntry? {
        var pendingUndos = 0
        for entry in c.history.reversed() {
            guard entry.event == .answered else { return nil }
            if entry.reason == undoReason {
                pendingUndos += 1
            } else if pendingUndos > 0 {
                pendingUndos -= 1
            } else {
                return entry
            }
        }
        return nil
    }

    /// The case with its last undoable change taken back (the answer as it was before it), and the
    /// key question it was on; nil when there is nothing to undo.
    public static func undo(_ c: Case, by: String, at: String) -> (case: Case, keyQuestion: String)? {
        guard let entry = undoable(in: c), let kq = entry.keyQuestion else { return nil }
        // The earlier answer comes back as it was, with its own author and time; the undo itself
        // is in the history.
        let restored = entry.previous
        var new = c
        new.history.append(
            HistoryEntry(event: .answered, keyQuestion: kq, previous: c.answers[kq], value: restored, by: by, at: at, reason: undoReason))
        new.answers[kq] = restored
        return (new, kq)
    }
}
