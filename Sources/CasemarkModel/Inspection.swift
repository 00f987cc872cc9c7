/// A rating recorded by the lead inspector: a domain-one rating, or a professional-discretion
/// override of a case-marked standard's computed rating. Always with its reason.
public struct RecordedRating: Sendable, Equatable {
    public var rating: Band
    public var reason: String
    public var by: String?
    public var at: String?

    public init(rating: Band, reason: String, by: String? = nil, at: String? = nil) {
        self.rating = rating
        self.reason = reason
        self.by = by
        self.at = at
    }
}

/// `inspection.json`: the provider, the framework marked against, the recorded ratings and the
/// history of their changes.
public struct InspectionRecord: Sendable, Equatable {
    /// Version 2 added change ids to `ratingHistory` and `conflicts`.
    public static let supportedSchemaVersion = 2

    /// The record's file in the inspection folder, and how messages name it.
    public static let fileName = "inspection.json"

    public var schemaVersion: Int
    public var provider: String
    /// The framework's id; a folder with its own `framework.json` uses that file.
    public var framework: String
    /// Recorded ratings by standard id.
    public var ratings: [String: RecordedRating]
    /// Every change to `ratings` made through `record(_:for:by:at:)`, oldest first. Added after
    /// the first release without a new schema version, so a file without it reads as no changes.
    public var ratingHistory: [RatingChange]
    /// Ratings changed differently on two copies, by field (`ratings.2.2`): the ids of the
    /// competing changes. A standard in conflict has no entry in `ratings` until settled.
    public var conflicts: [String: [String]]
    public var createdAt: String?
    public var createdBy: String?
    /// Set on a blind second marking made by `casemark second-mark`: the marking it repeats.
    /// Optional and added without a new schema version: files without it read as before.
    public var secondMarkOf: SecondMarkingOrigin?

    public init(
        provider: String, framework: String, ratings: [String: RecordedRating] = [:],
        ratingHistory: [RatingChange] = [], conflicts: [String: [String]] = [:], createdAt: String? = nil, createdBy: String? = nil,
        secondMarkOf: SecondMarkingOrigin? = nil,
        schemaVersion: Int = InspectionRecord.supportedSchemaVersion
    ) {
        self.schemaVersion = schemaVersion
        self.provider = provider
        self.framework = framework
        self.ratings = ratings
        self.ratingHistory = ratingHistory
        self.conflicts = conflicts
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.secondMarkOf = secondMarkOf
    }
}

/// A whole inspection in memory: its record, its framework and its cases.
public struct Inspection: Sendable, Equatable {
    public var record: InspectionRecord
    public var framework: Framework
    /// In case-id order.
    public var cases: [Case]

    public init(record: InspectionRecord, framework: Framework, cases: [Case]) {
        self.record = record
        self.framework = framework
        // Usually already in order (the store reads files in name order): then no copy is made.
        let inOrder = zip(cases, cases.dropFirst()).allSatisfy { $0.id < $1.id }
        self.cases = inOrder ? cases : cases.sorted { $0.id < $1.id }
    }

    public func scoring() -> Scoring { Scoring(framework: framework, cases: cases) }

    public func results() -> InspectionResults { scoring().results(ratings: record.ratings) }
}
