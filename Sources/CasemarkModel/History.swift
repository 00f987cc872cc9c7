/// One entry in a case's history: an answer changed or cleared (keeping the value it replaced),
/// the case marked complete, or reopened with a reason. A burst of note typing is one entry
/// (see `Case.noteEditWindowSeconds`); every judgement and every value before a burst is kept.
public struct HistoryEntry: Codable, Sendable, Equatable {
    public enum Event: String, Codable, Sendable {
        case answered = "answer"
        case completed = "complete"
        case reopened = "reopen"
    }

    public var event: Event
    public var keyQuestion: String?
    /// The answer as it was before this change; nil when there was none.
    public var previous: Answer?
    /// The answer after this change; nil when it was cleared.
    public var value: Answer?
    public var by: String
    public var at: String
    public var reason: String?

    public init(
        event: Event, keyQuestion: String? = nil, previous: Answer? = nil, value: Answer? = nil,
        by: String, at: String, reason: String? = nil
    ) {
        self.event = event
        self.keyQuestion = keyQuestion
        self.previous = previous
        self.value = value
        self.by = by
        self.at = at
        self.reason = reason
    }
}
