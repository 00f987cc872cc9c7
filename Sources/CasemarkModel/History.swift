/// One entry in a case's history: an answer changed or cleared (keeping the value it replaced),
/// the case marked complete, or reopened with a reason. A burst of note typing is one entry
/// (see `Case.noteEditWindowSeconds`); every judgement and every value before a burst is kept.
///
/// Every entry is a change with its own `id`, naming in `replaces` the changes it replaced, so
/// that copies of an inspection marked apart can be merged by what each change knew, never by
/// clocks (see `CaseChanges`).
public struct HistoryEntry: Codable, Sendable, Equatable, Change {
    public enum Event: String, Codable, Sendable, CaseIterable {
        case answered = "answer"
        case completed = "complete"
        case reopened = "reopen"
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

    public init(
        event: Event, keyQuestion: String? = nil, previous: Answer? = nil, value: Answer? = nil,
        by: String, at: String, reason: String? = nil, id: String = ChangeID.random(), replaces: [String] = []
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
    }

    /// The field this change set: `answers.<key question>` or `status`.
    public var field: String {
        switch event {
        case .answered: Case.answerField(keyQuestion ?? "")
        case .completed, .reopened: Case.statusField
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, replaces, event, keyQuestion, previous, value, by, at, reason
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Version 1 files have no ids: they are given ones by `Case.givingChangesIDs`.
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? ""
        replaces = try c.decodeIfPresent([String].self, forKey: .replaces) ?? []
        event = try c.decode(Event.self, forKey: .event)
        keyQuestion = try c.decodeIfPresent(String.self, forKey: .keyQuestion)
        previous = try c.decodeIfPresent(Answer.self, forKey: .previous)
        value = try c.decodeIfPresent(Answer.self, forKey: .value)
        by = try c.decode(String.self, forKey: .by)
        at = try c.decode(String.self, forKey: .at)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        // Left out when empty: the first change of a field replaced nothing.
        if !replaces.isEmpty { try c.encode(replaces, forKey: .replaces) }
        try c.encode(event, forKey: .event)
        try c.encodeIfPresent(keyQuestion, forKey: .keyQuestion)
        try c.encodeIfPresent(previous, forKey: .previous)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(by, forKey: .by)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(reason, forKey: .reason)
    }
}
