/// What the sample can be broken down by: the responsible officer's grade (PO / PSO, as HMIP's
/// annual report does), the officer, or the sample.
public enum BreakdownDimension: String, Sendable, CaseIterable {
    case grade
    case officer
    case sample
}

/// What a report's `--by` names: one of the fixed groupings, or any case attribute
/// (`--by rosh_level`, as the annual report's table 3 splits cases by risk of serious harm).
public enum GroupBy: Sendable, Hashable, CustomStringConvertible {
    case grade
    case officer
    case sample
    /// By inspection: across inspections, one group per inspection, named by its provider.
    case provider
    case attribute(String)

    /// `grade`, `officer`, `sample` and `provider` (in any capitals) are the fixed groupings;
    /// any other word names a case attribute.
    public init(_ text: String) {
        switch text.trimmed.lowercased() {
        case "grade": self = .grade
        case "officer": self = .officer
        case "sample": self = .sample
        case "provider": self = .provider
        default: self = .attribute(text.trimmed)
        }
    }

    public init(_ dimension: BreakdownDimension) {
        switch dimension {
        case .grade: self = .grade
        case .officer: self = .officer
        case .sample: self = .sample
        }
    }

    /// As typed after `--by`: "grade", "provider", "rosh_level".
    public var description: String {
        switch self {
        case .grade: "grade"
        case .officer: "officer"
        case .sample: "sample"
        case .provider: "provider"
        case .attribute(let name): name
        }
    }

    /// Where a group is drawn from a fraction of the sample, its small groups are only
    /// indicative; a sample is the whole of the sample for its own key questions.
    public var isSubset: Bool { self != .sample }
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

    /// Name of the group for cases without a value for the attribute.
    public static func attributeNotRecorded(_ name: String) -> String { "\(name) not recorded" }

    public let by: GroupBy
    /// In name order (by provider: in the order given).
    public let groups: [Group]

    /// The grouping as one of the screen's fixed dimensions; nil for provider and attributes.
    public var dimension: BreakdownDimension? {
        switch by {
        case .grade: .grade
        case .officer: .officer
        case .sample: .sample
        case .provider, .attribute: nil
        }
    }

    public init(framework: Framework, cases: [Case], by dimension: BreakdownDimension) {
        self.init(framework: framework, cases: cases, by: GroupBy(dimension))
    }

    /// Groups `cases` by grade, officer, sample or attribute; by provider they are all one group,
    /// named `provider`.
    public init(framework: Framework, cases: [Case], by grouping: GroupBy, provider: String = "") {
        var members: [String: [Case]] = [:]
        var names: [String: String] = [:]
        for c in cases {
            let name = grouping == .provider ? provider : Breakdown.groupName(of: c, by: grouping)
            members[name.matchKey, default: []].append(c)
            if names[name.matchKey] == nil { names[name.matchKey] = name }
        }
        self.init(
            framework: framework,
            named: members.keys.sorted().map { (name: names[$0] ?? $0, cases: members[$0] ?? []) },
            by: grouping)
    }

    /// Groups made by the caller, kept in the order given (one per inspection, by provider).
    public init(framework: Framework, named groups: [(name: String, cases: [Case])], by grouping: GroupBy) {
        by = grouping
        self.groups = groups.map { Group(name: $0.name, cases: $0.cases, scoring: Scoring(framework: framework, cases: $0.cases)) }
    }

    public func group(_ name: String) -> Group? { groups.first { $0.name.matchKey == name.matchKey } }

    static func groupName(of c: Case, by grouping: GroupBy) -> String {
        switch grouping {
        case .grade:
            let grade = c.responsibleOfficer.grade?.trimmed ?? ""
            return grade.isEmpty ? gradeNotRecorded : grade.uppercased()
        case .officer:
            return c.responsibleOfficer.name.trimmed
        case .sample, .provider:
            return c.sample
        case .attribute(let name):
            let value = c.attribute(named: name)?.trimmed ?? ""
            return value.isEmpty ? attributeNotRecorded(name) : value
        }
    }

    /// The attribute names used by any of `cases`, in name order: what `--by` can also take.
    public static func attributeNames(of cases: some Sequence<Case>) -> [String] {
        var names: [String: String] = [:]
        for c in cases {
            for name in c.attributes.keys where names[name.matchKey] == nil { names[name.matchKey] = name }
        }
        return names.keys.sorted().compactMap { names[$0] }
    }
}

extension Case {
    /// The attribute's value, its name matched exactly or else without regard to capitals
    /// (a column headed `ROSH_level` answers `--by rosh_level`).
    public func attribute(named name: String) -> String? {
        if let value = attributes[name] { return value }
        let key = name.matchKey
        return attributes.first { $0.key.matchKey == key }?.value
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
    public var isIndicative: Bool { Indicative.isIndicative(subset.tally, subset: true) }

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
