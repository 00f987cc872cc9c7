/// Settling a disagreement between a first and a second marking: the lead inspector's answer is
/// a change to the first marking like any other (a history entry keeping the answer it
/// replaced, with who and when), whose reason says it was moderated and against which marking.
extension HistoryEntry {
    /// How the reason of a moderated answer starts.
    public static let moderationReasonPrefix = "moderated against "

    /// An answer settled by moderation.
    public var isModeration: Bool {
        event == .answered && (reason?.hasPrefix(Self.moderationReasonPrefix) ?? false)
    }

    /// "moderated against the second marking in /home/rp/wessex-2026-second (Dev Malhotra: No)".
    public static func moderationReason(against marking: String, second: Answer) -> String {
        let judgement = second.answer?.displayName ?? "no answer"
        let who = second.by.map { "\($0): " } ?? ""
        return "\(moderationReasonPrefix)the second marking in \(marking) (\(who)\(judgement))"
    }
}

extension Case {
    /// Records the lead inspector's settled `judgement` on `keyQuestionID`, keeping the first
    /// inspector's note and ticked prompts. Always a new history entry, even when the lead
    /// confirms the first answer (that the answer was moderated is itself worth keeping). A
    /// complete case stays complete: moderation is the recorded reason for the change, so the
    /// case is not reopened.
    public mutating func settleByModeration(
        _ judgement: Judgement, for keyQuestionID: String, against marking: String, second: Answer,
        in framework: Framework? = nil, by: String, at: String, changeID: String
    ) throws(CaseEditError) {
        if let framework { try checkAnswerable(keyQuestionID, in: framework) }
        let previous = answers[keyQuestionID]
        var settled = previous ?? Answer()
        settled.answer = judgement
        settled.by = by
        settled.at = at
        // It replaces the answer it was made over and, on a complete case, names the completion
        // it saw: merged with another copy, it is no change made behind the completion's back.
        let field = Self.answerField(keyQuestionID)
        var replaced = replacedBy(newChangeTo: field)
        if status == .complete { replaced += heads(of: Self.statusField).map(\.id) }
        appendChange(HistoryEntry(
            event: .answered, keyQuestion: keyQuestionID, previous: previous, value: settled, by: by, at: at,
            reason: HistoryEntry.moderationReason(against: marking, second: second), id: changeID, replaces: replaced.sorted()))
        answers[keyQuestionID] = settled
    }

    /// The latest moderation of `keyQuestionID`, if it has been settled.
    public func moderation(of keyQuestionID: String) -> HistoryEntry? {
        history.last { $0.isModeration && $0.keyQuestion == keyQuestionID }
    }
}
