/// The inspector's judgement on one key question for one case.
public enum Judgement: String, Codable, Sendable, CaseIterable {
    case yes
    case no
    case notApplicable = "na"

    public var displayName: String {
        switch self {
        case .yes: "Yes"
        case .no: "No"
        case .notApplicable: "N/A"
        }
    }
}

/// What is recorded against one key question of one case: the judgement (possibly not yet made),
/// the evidence note, the prompts ticked, and who recorded it when (UTC, ISO 8601).
public struct Answer: Sendable, Equatable {
    public var answer: Judgement?
    public var note: String
    /// Ids of the prompts that informed the judgement, in framework order.
    public var prompts: [String]
    public var by: String?
    public var at: String?

    public init(
        answer: Judgement? = nil, note: String = "", prompts: [String] = [],
        by: String? = nil, at: String? = nil
    ) {
        self.answer = answer
        self.note = note
        self.prompts = prompts
        self.by = by
        self.at = at
    }

    /// True when nothing has been recorded: no judgement, no note, no prompt ticked.
    public var isEmpty: Bool { answer == nil && note.isEmpty && prompts.isEmpty }

    /// The same content, ignoring who and when: used to tell whether an edit changed anything.
    public func sameContent(as other: Answer) -> Bool {
        answer == other.answer && note == other.note && prompts == other.prompts
    }

    /// The same judgement and ticks, another note: an edit of the note alone.
    public func onlyNoteDiffers(from other: Answer) -> Bool {
        answer == other.answer && prompts == other.prompts && note != other.note
    }
}
