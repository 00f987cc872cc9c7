/// The responsible officer who holds the case, with their grade (PO or PSO).
public struct ResponsibleOfficer: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var grade: String?

    public init(name: String, grade: String? = nil) {
        self.name = name
        self.grade = grade
    }
}

/// Whether the inspector has finished the case. A complete case is locked until reopened with a reason.
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case inProgress = "in-progress"
    case complete
}

/// One sampled case file, as marked by an inspector: `cases/<id>.json`.
public struct Case: Codable, Sendable, Equatable, Identifiable {
    /// The newest case file layout this build reads and writes.
    /// Version 2 added change ids (`id`, `replaces` in the history), `conflicts` and `comments`; version 1
    /// files are still read (see `Case.givingChangesIDs`).
    public static let supportedSchemaVersion = 2

    public var schemaVersion: Int
    public var id: String
    public var sample: String
    public var responsibleOfficer: ResponsibleOfficer
    /// Case attributes by column name, such as `rosh_issues_apply: Y`; kept even when unknown.
    public var attributes: [String: String]
    public var status: CaseStatus
    /// Keyed by key question id.
    public var answers: [String: Answer]
    /// Fields changed differently on two copies, by field (`answers.2.1.1`, `status`): the ids of
    /// the competing changes in `history`, in id order. A key question in conflict has no entry
    /// in `answers` until a new change settles it.
    public var conflicts: [String: [String]]
    /// Earlier values of changed answers, completions and reopenings, oldest first.
    public var history: [HistoryEntry]
    /// QA comments, their replies, resolvings and reopenings, apart from the answers: a log that
    /// only grows (see `CommentEntry`).
    public var comments: [CommentEntry]

    public init(
        id: String, sample: String, responsibleOfficer: ResponsibleOfficer,
        attributes: [String: String] = [:], status: CaseStatus = .inProgress,
        answers: [String: Answer] = [:], conflicts: [String: [String]] = [:], history: [HistoryEntry] = [],
        comments: [CommentEntry] = [],
        schemaVersion: Int = Case.supportedSchemaVersion
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.sample = sample
        self.responsibleOfficer = responsibleOfficer
        self.attributes = attributes
        self.status = status
        self.answers = answers
        self.conflicts = conflicts
        self.history = history
        self.comments = comments
    }

    public func answer(_ keyQuestionID: String) -> Answer? { answers[keyQuestionID] }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, sample, responsibleOfficer, attributes, status, answers, conflicts, history, comments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        sample = try c.decode(String.self, forKey: .sample)
        responsibleOfficer = try c.decode(ResponsibleOfficer.self, forKey: .responsibleOfficer)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        status = try c.decodeIfPresent(CaseStatus.self, forKey: .status) ?? .inProgress
        answers = try c.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
        conflicts = try c.decodeIfPresent([String: [String]].self, forKey: .conflicts) ?? [:]
        history = try c.decodeIfPresent([HistoryEntry].self, forKey: .history) ?? []
        comments = try c.decodeIfPresent([CommentEntry].self, forKey: .comments) ?? []
        self = givingChangesIDs()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(sample, forKey: .sample)
        try c.encode(responsibleOfficer, forKey: .responsibleOfficer)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(status, forKey: .status)
        try c.encode(answers, forKey: .answers)
        // Left out while there is none, so that a case never merged reads as before.
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
        try c.encode(history, forKey: .history)
        // Left out while there are none, so a case nobody commented on is written as before.
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}
