/// Settling a key question left in conflict by a merge. Any new answer settles it; `<` and `>`
/// take one side as it is. Either way the history says that a conflict was settled, between
/// which values, and which side was taken (the entry's own who and when say by whom).
extension Case {
    /// Takes the value the change `takenID` (one side of the conflict on `keyQuestionID`) gave:
    /// the judgement, note and prompts, and their author and time, as that copy left them. False
    /// when there is no such conflict or side.
    public mutating func settle(
        _ keyQuestionID: String, taking takenID: String, in framework: Framework? = nil, by: String, at: String,
        changeID: String
    ) throws(CaseEditError) -> Bool {
        guard conflicts[Self.answerField(keyQuestionID)]?.contains(takenID) == true,
            let taken = history.first(where: { $0.id == takenID })
        else { return false }
        return try record(
            taken.value ?? Answer(), for: keyQuestionID, in: framework, by: by, at: at, changeID: changeID, joining: false,
            takenFrom: taken)
    }

    /// "settled a conflict, Yes by Aoife Byrne against No by Ben Okafor: took Ben Okafor's answer"
    /// (or "…: with a new answer").
    func settlingReason(_ field: String, taken: HistoryEntry?) -> String {
        let sides = (conflicts[field] ?? []).compactMap { id in history.first { $0.id == id } }
        let between = sides.map { "\(Self.judgementWords($0.value)) by \($0.by)" }.joined(separator: " against ")
        let outcome = taken.map { "took \($0.by)'s answer" } ?? "with a new answer"
        return "settled a conflict, \(between): \(outcome)"
    }

    static func judgementWords(_ answer: Answer?) -> String {
        answer?.answer?.displayName ?? "no judgement"
    }
}
