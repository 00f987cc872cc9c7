/// Taking back changes from a case's own history, and putting them back again, so undo and redo
/// survive closing casemark and leave a trace: each is itself a history entry, and nothing is
/// deleted.
extension HistoryEntry {
    /// The reason an answer entry carries when it takes back an earlier change.
    public static let undoReason = "undo"
    /// The reason an answer entry carries when it puts back a change that was undone.
    public static let redoReason = "redo"

    public var isUndo: Bool { event == .answered && reason == Self.undoReason }
    public var isRedo: Bool { event == .answered && reason == Self.redoReason }
}

extension Case {
    /// The changes that undo and redo would take back and put back, as positions in the history:
    /// the history since the case was last completed or reopened replayed as an editor's two
    /// stacks. A change pushes onto `done` and empties `undone`; an undo moves the top of `done`
    /// to `undone`; a redo moves it back.
    private var undoStacks: (done: [Int], undone: [Int]) {
        var start = history.count
        while start > 0, history[start - 1].event == .answered { start -= 1 }
        var done: [Int] = []
        var undone: [Int] = []
        for index in start..<history.count {
            let entry = history[index]
            if entry.isUndo {
                if let top = done.popLast() { undone.append(top) }
            } else if entry.isRedo {
                if let top = undone.popLast() { done.append(top) }
            } else {
                done.append(index)
                undone.removeAll()
            }
        }
        return (done, undone)
    }

    /// The change an undo would take back: the newest change since the case was last completed
    /// or reopened that is not undone already.
    public var undoableChange: HistoryEntry? { undoStacks.done.last.map { history[$0] } }

    /// The change a redo would put back: the last one undone, unless a new change came since.
    public var redoableChange: HistoryEntry? { undoStacks.undone.last.map { history[$0] } }

    /// Puts the last undoable change's key question back as it was before that change (with its
    /// own author and time) and records the undo. Returns the key question, or nil when there is
    /// nothing to undo. A complete case refuses, like any other change.
    @discardableResult
    public mutating func undoLastChange(by: String, at: String, changeID: String) throws(CaseEditError) -> String? {
        try undo(by: by, at: at, changeID: changeID)?.keyQuestion
    }

    /// Undoes the last change; returns the entry recording the undo (what the answer was, and
    /// what came back), or nil when there is nothing to undo.
    @discardableResult
    public mutating func undo(by: String, at: String, changeID: String) throws(CaseEditError) -> HistoryEntry? {
        if status == .complete { throw .complete(caseID: id) }
        guard let entry = undoableChange, let keyQuestionID = entry.keyQuestion else { return nil }
        return restore(keyQuestionID, to: entry.previous, by: by, at: at, reason: HistoryEntry.undoReason, changeID: changeID)
    }

    /// Puts back the change the last undo took back; returns the entry recording the redo, or
    /// nil when there is nothing to redo.
    @discardableResult
    public mutating func redo(by: String, at: String, changeID: String) throws(CaseEditError) -> HistoryEntry? {
        if status == .complete { throw .complete(caseID: id) }
        guard let entry = redoableChange, let keyQuestionID = entry.keyQuestion else { return nil }
        return restore(keyQuestionID, to: entry.value, by: by, at: at, reason: HistoryEntry.redoReason, changeID: changeID)
    }

    private mutating func restore(
        _ keyQuestionID: String, to value: Answer?, by: String, at: String, reason: String, changeID: String
    ) -> HistoryEntry {
        let entry = HistoryEntry(
            event: .answered, keyQuestion: keyQuestionID, previous: answers[keyQuestionID], value: value,
            by: by, at: at, reason: reason, id: changeID, replaces: replacedBy(newChangeTo: Self.answerField(keyQuestionID)))
        appendChange(entry)
        answers[keyQuestionID] = value
        return entry
    }
}

extension HistoryEntry {
    /// What this entry brought back, in words for the status line: "2.1.1 note back to empty",
    /// "2.1.1 prompt b unticked", "2.1.1 back to Yes".
    public func whatCameBack(promptOrder: [String] = []) -> String {
        let kq = keyQuestion ?? ""
        let before = previous ?? Answer()
        let after = value ?? Answer()
        var parts: [String] = []
        if before.answer != after.answer {
            parts.append("back to \(after.answer?.displayName ?? "no answer")")
        }
        let was = Set(before.prompts)
        let now = Set(after.prompts)
        let order = promptOrder.isEmpty ? (before.prompts + after.prompts).sorted() : promptOrder
        let ticked = order.filter { now.contains($0) && !was.contains($0) }
        let unticked = order.filter { was.contains($0) && !now.contains($0) }
        if !ticked.isEmpty { parts.append("\(ticked.count == 1 ? "prompt" : "prompts") \(ticked.joined(separator: ", ")) ticked") }
        if !unticked.isEmpty { parts.append("\(unticked.count == 1 ? "prompt" : "prompts") \(unticked.joined(separator: ", ")) unticked") }
        if before.note != after.note {
            parts.append("note back to \(Self.noteInWords(after.note))")
        }
        if parts.isEmpty { parts.append("unchanged") }
        return "\(kq) " + parts.joined(separator: ", ")
    }

    /// "empty", "one line (12 characters)", "15 lines".
    static func noteInWords(_ note: String) -> String {
        if note.isEmpty { return "empty" }
        let lines = note.split(separator: "\n", omittingEmptySubsequences: false).count
        return lines == 1 ? "one line (\(note.count) characters)" : "\(lines) lines (\(note.count) characters)"
    }
}
