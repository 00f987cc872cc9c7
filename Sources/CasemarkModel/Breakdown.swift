/// Below this many applicable cases (yes + no) a key question's band for a subset of the sample
/// (one officer, one grade) is shown as indicative: with 2 cases one answer moves it 50 points.
public enum Indicative {
    public static let minimumApplicableCases = 10

    public static func isIndicative(_ tally: Tally) -> Bool {
        tally.applicable > 0 && tally.applicable < minimumApplicableCases
    }
}

/// What the sample can be broken down by: the responsible officer's grade (PO / PSO, as HMIP's
/// annual report does), the officer, or the sample.
public enum BreakdownDimension: String, Sendable, CaseIterable {
    case grade
    case officer
    case sample
}

/// The sample split into groups, with a Scoring per group, so that each group's key-question
/// percentages can be read beside the whole sample's.
public struct Breakdown: Sendable {
    public struct Group: Sendable {
        /// The group as shown: "PO", "Chloé Duval", "case-supervision".
        public var name: String
        public var cases: [Case]
        public var scoring: Scoring

        /// Key questions and computed standard ratings over this group's cases only. Recorded
        /// ratings belong to the whole inspection, so none are applied here.
        public var results: InspectionResults { scoring.results(ratings: [:]) }
    }

    /// Name of the group for cases whose grade is not recorded.
    public static let gradeNotRecorded = "grade not recorded"

    public let dimension: BreakdownDimension
    /// In name order.
    public let groups: [Group]

    public init(framework: Framework, cases: [Case], by dimension: BreakdownDimension) {
        self.dimension = dimension
        var members: [String: [Case]] = [:]
        var names: [String: String] = [:]
        for c in cases {
            let name = Breakdown.groupName(of: c, by: dimension)
            members[name.matchKey, default: []].append(c)
            if names[name.matchKey] == nil { names[name.matchKey] = name }
        }
        groups = members.keys.sorted().map { key in
            let groupCases = members[key] ?? []
            return Group(
                name: names[key] ?? key, cases: groupCases,
                scoring: Scoring(framework: framework, cases: groupCases))
        }
    }

    public func group(_ name: String) -> Group? { groups.first { $0.name.matchKey == name.matchKey } }

    static func groupName(of c: Case, by dimension: BreakdownDimension) -> String {
        switch dimension {
        case .grade:
            let grade = c.responsibleOfficer.grade?.trimmed ?? ""
            return grade.isEmpty ? gradeNotRecorded : grade.uppercased()
        case .officer:
            return c.responsibleOfficer.name.trimmed
        case .sample:
            return c.sample
        }
    }
}

/// One key question for a subset of cases beside the whole sample: the officer's column, the
/// sample's column, and the difference in percentage points.
public struct KeyQuestionComparison: Sendable, Equatable {
    public var id: String
    public var subset: KeyQuestionResult
    public var whole: KeyQuestionResult

    public init(id: String, subset: KeyQuestionResult, whole: KeyQuestionResult) {
        self.id = id
        self.subset = subset
        self.whole = whole
    }

    /// Subset percent minus whole-sample percent; nil when either has no percentage.
    public var difference: Int? {
        guard let a = subset.percent, let b = whole.percent else { return nil }
        return a - b
    }

    /// True when the subset's band rests on too few applicable cases to be more than indicative.
    public var isIndicative: Bool { Indicative.isIndicative(subset.tally) }

    /// The difference as shown: "+12", "−23" (a true minus sign), "0", or "—" when there is none.
    public static func points(_ difference: Int?) -> String {
        guard let d = difference else { return "—" }
        return d > 0 ? "+\(d)" : d < 0 ? "−\(-d)" : "0"
    }
}

/// An officer's (or any subset's) results beside the whole inspection's.
public struct Comparison: Sendable {
    public var subset: InspectionResults
    public var whole: InspectionResults

    public init(subset: InspectionResults, whole: InspectionResults) {
        self.subset = subset
        self.whole = whole
    }

    public var keyQuestions: [KeyQuestionComparison] {
        subset.keyQuestions.compactMap { kq in
            whole.keyQuestion(kq.id).map { KeyQuestionComparison(id: kq.id, subset: kq, whole: $0) }
        }
    }
}
