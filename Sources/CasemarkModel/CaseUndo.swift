/// Taking back changes from a case's own history, so undo survives closing casemark and leaves
/// a trace: the undo is itself a history entry, and nothing is deleted.
extension HistoryEntry {
    /// The reason an answer entry carries when it takes back an earlier change.
    public static let undoReason = "undo"

    public var isUndo: Bool { event == .answered && reason == Self.undoReason }
}

extension Case {
    /// The change an undo would take back: the newest answer change since the case was last
    /// completed or reopened that no later undo has already taken back. Undos pair with changes
    /// like brackets, so repeated undos walk back one change at a time.
    public var undoableChange: HistoryEntry? {
        var pendingUndos = 0
        for entry in history.reversed() {
            guard entry.event == .answered else { return nil }
            if entry.isUndo {
                pendingUndos += 1
            } else if pendingUndos > 0 {
                pendingUndos -= 1
            } else {
                return entry
            }
        }
        return nil
    }

    /// Puts the last undoable change's key question back as it was before that change (with its
    /// own author and time) and records the undo. Returns the key question, or nil when there is
    /// nothing to undo. A complete case refuses, like any other change.
    @discardableResult
    public mutating func undoLastChange(by: String, at: String) throws(CaseEditError) -> String? {
        if status == .complete { throw .complete(caseID: id) }
        guard let entry = undoableChange, let keyQuestionID = entry.keyQuestion else { return nil }
        let restored = entry.previous
        appendChange(HistoryEntry(
            event: .answered, keyQuestion: keyQuestionID, previous: answers[keyQuestionID], value: restored,
            by: by, at: at, reason: HistoryEntry.undoReason, replaces: replacedBy(newChangeTo: Self.answerField(keyQuestionID))))
        answers[keyQuestionID] = restored
        return keyQuestionID
    }
}
