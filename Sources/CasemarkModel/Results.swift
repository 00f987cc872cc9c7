/// A key question across the cases counted: its counts, whole-number percent and band.
public struct KeyQuestionResult: Sendable, Equatable {
    public var id: String
    public var tally: Tally
    public var percent: Int?
    public var band: Band?

    public init(id: String, tally: Tally, percent: Int?, band: Band?) {
        self.id = id
        self.tally = tally
        self.percent = percent
        self.band = band
    }
}

/// A standard's computed rating beside the one recorded by the lead inspector.
public struct StandardResult: Sendable, Equatable {
    public var id: String
    public var ratedFrom: Standard.RatedFrom
    /// The lowest key-question band; nil for domain one or when no key question has a percentage.
    public var computed: Band?
    public var recorded: RecordedRating?
    /// The key questions whose band set the computed rating.
    public var limitingKeyQuestions: [String]
    /// False for a standard rated but left out of the overall score (the framework says which).
    public var countsTowardOverall: Bool

    public init(
        id: String, ratedFrom: Standard.RatedFrom, computed: Band?, recorded: RecordedRating?,
        limitingKeyQuestions: [String], countsTowardOverall: Bool = true
    ) {
        self.id = id
        self.ratedFrom = ratedFrom
        self.computed = computed
        self.recorded = recorded
        self.limitingKeyQuestions = limitingKeyQuestions
        self.countsTowardOverall = countsTowardOverall
    }

    /// The rating that counts: the recorded one where there is one, else the computed one.
    public var rating: Band? { recorded?.rating ?? computed }

    /// True when a professional-discretion override differs from the computed rating.
    public var isDiscretion: Bool {
        guard ratedFrom == .cases, let recorded else { return false }
        return recorded.rating != computed
    }
}

/// The provider's overall rating: shown only when every standard that counts toward it is rated.
/// A standard the framework leaves out of the score (`countsTowardOverall: false`) is in none of
/// these figures.
public struct OverallResult: Sendable, Equatable {
    /// Of the standards that count, how many are rated, and how many there are.
    public var ratedStandards: Int
    public var totalStandards: Int
    /// The highest score the counted standards can reach (3 × 10 = 30 for the 2018 framework).
    public var maximumScore: Int
    /// The sum of the counted standards' points; nil until each of them is rated.
    public var score: Int?
    public var band: Band?

    public init(standards: [StandardResult], scheme: OverallScheme) {
        let counted = standards.filter(\.countsTowardOverall)
        let ratings = counted.compactMap(\.rating)
        ratedStandards = ratings.count
        totalStandards = counted.count
        maximumScore = scheme.maximumScore(standards: counted.count)
        if ratings.count == counted.count, !counted.isEmpty {
            let total = ratings.reduce(0) { $0 + scheme.points(for: $1) }
            score = total
            band = scheme.band(forScore: total)
        }
    }

    public var isComplete: Bool { score != nil }

    /// "15 → Requires improvement" or "7 of 10 rated" (of the standards that count).
    public var summary: String {
        if let score, let band { return "\(score) → \(band.displayName)" }
        return "\(ratedStandards) of \(totalStandards) rated"
    }
}

/// Everything the results table shows.
public struct InspectionResults: Sendable, Equatable {
    public var keyQuestions: [KeyQuestionResult]
    public var standards: [StandardResult]
    public var overall: OverallResult

    public func keyQuestion(_ id: String) -> KeyQuestionResult? { keyQuestions.first { $0.id == id } }
    public func standard(_ id: String) -> StandardResult? { standards.first { $0.id == id } }
}
