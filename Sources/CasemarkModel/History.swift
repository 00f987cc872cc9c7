/// One entry in a case's history: an answer changed or cleared (keeping the value it replaced),
/// the case marked complete, or reopened with a reason, or a quality lead's review of it
/// (approved, or returned to its marker with a reason: see `CaseReview`). A burst of note typing is one entry
/// (see `Case.noteEditWindowSeconds`); every judgement and every value before a burst is kept.
///
/// Every entry is a change with its own `id`, naming in `replaces` the changes it replaced, so
/// that copies of an inspection marked apart can be merged by what each change knew, never by
/// clocks (see `CaseChanges`).
public struct HistoryEntry: Sendable, Equatable, Change {
    public enum Event: String, Codable, Sendable, CaseIterable {
        case answered = "answer"
        case completed = "complete"
        case reopened = "reopen"
        /// A quality lead approved the completed case (`note` may say why).
        case approved = "approve"
        /// A quality lead returned the case to its marker with a `reason`; the case is reopened
        /// by a reopening made with it.
        case returned = "return"
    }

    /// Unique to this change, on every copy of the inspection.
    public var id: String
    /// The changes this one replaced: for an answer, the earlier changes of that key question's
    /// answer it was made over; for a completion, the earlier status change and every answer
    /// change it completed the case with (so that an answer changed on another copy meanwhile
    /// is found); for a reopening, the completion.
    public var replaces: [String]
    public var event: Event
    public var keyQuestion: String?
    /// The answer as it was before this change; nil when there was none.
    public var previous: Answer?
    /// The answer after this change; nil when it was cleared.
    public var value: Answer?
    public var by: String
    public var at: String
    public var reason: String?
    /// A quality lead's note on an approval.
    public var note: String?

    public init(
        event: Event, keyQuestion: String? = nil, previous: Answer? = nil, value: Answer? = nil,
        by: String, at: String, reason: String? = nil, note: String? = nil, id: String, replaces: [String] = []
    ) {
        self.id = id
        self.replaces = replaces
        self.event = event
        self.keyQuestion = keyQuestion
        self.previous = previous
        self.value = value
        self.by = by
        self.at = at
        self.reason = reason
        self.note = note
    }

    /// The field this change set: `answers.<key question>`, `status` or `review`.
    public var field: String {
        switch event {
        case .answered: Case.answerField(keyQuestion ?? "")
        case .completed, .reopened: Case.statusField
        case .approved, .returned: Case.reviewField
        }
    }
}
