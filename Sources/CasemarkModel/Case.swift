/// The responsible officer who holds the case, with their grade (PO or PSO).
public struct ResponsibleOfficer: Sendable, Equatable, Hashable {
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
public struct Case: Sendable, Equatable, Identifiable {
    /// The layout every change is written in.
    /// Version 2 added change ids (`id`, `replaces` in the history), `conflicts` and `comments`; version 1
    /// files are still read (see `Case.givingChangesIDs`).
    public static let supportedSchemaVersion = 2
    /// The layout of a case file holding a review (`approve` and `return` in its history, an
    /// approval's `note`), and the newest this build reads. Only such files are written as
    /// version 3, so an older casemark keeps reading every case nobody has reviewed, and says
    /// plainly that a reviewed one was written by a newer casemark rather than refusing an
    /// event it does not know.
    public static let reviewSchemaVersion = 3
    /// The newest case file layout this build reads.
    public static let newestReadableSchemaVersion = reviewSchemaVersion

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
}
