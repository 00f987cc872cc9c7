import CasemarkModel
import CasemarkText

/// Everything one report shows, computed once from an inspection: the results over the cases
/// selected (all of them, or one officer's), the whole sample's beside an officer's, and an
/// optional breakdown by grade, officer or sample. Every format is rendered from this.
public struct ResultsReport: Sendable {
    public var provider: String
    public var framework: Framework
    /// The officer the report is filtered to; nil for the whole inspection.
    public var officer: OfficerSummary?
    /// The cases counted, by sample id.
    public var caseCounts: [String: Int]
    /// Over the selected cases. With an officer, recorded ratings (which belong to the whole
    /// inspection) are not applied: standards show what that officer's cases compute to.
    public var results: InspectionResults
    /// The whole inspection's results, beside an officer's; nil without an officer.
    public var whole: InspectionResults?
    public var breakdown: Breakdown?
    /// Recorded ratings changed differently on two copies, by standard: shown, never counted.
    public var ratingConflicts: [String: FieldConflict] = [:]
    /// Where the cases counted stand in review; nil when there are no case files to say (a
    /// report of a CSV file).
    public var review: ReviewCounts?

    public init(
        provider: String, framework: Framework, officer: OfficerSummary?, caseCounts: [String: Int],
        results: InspectionResults, whole: InspectionResults?, breakdown: Breakdown?
    ) {
        self.provider = provider
        self.framework = framework
        self.officer = officer
        self.caseCounts = caseCounts
        self.results = results
        self.whole = whole
        self.breakdown = breakdown
    }

    /// Builds the report for `inspection`, filtered to the officer whose name matches `officer`
    /// (case-insensitively, whatever the accents' Unicode form) and broken down `by` a dimension.
    public init(inspection: Inspection, officer name: String? = nil, by grouping: GroupBy? = nil) throws(ReportError) {
        var selected = inspection.cases
        var officer: OfficerSummary?
        var whole: InspectionResults?
        let wholeScoring = inspection.scoring()
        let wholeResults = wholeScoring.results(ratings: inspection.record.ratings)
        if let name {
            guard let found = Officers.find(name, in: inspection.cases) else {
                throw .unknownOfficer(typed: name, officers: Officers.summaries(of: inspection.cases))
            }
            officer = found
            selected = Officers.cases(of: found.name, in: inspection.cases)
            whole = wholeResults
        }
        if let grouping { try ReportError.check(grouping, cases: inspection.cases) }
        // The whole inspection is counted once; an officer's cases once more.
        let scoring = officer == nil ? wholeScoring : Scoring(framework: inspection.framework, cases: selected)
        self.init(
            provider: inspection.record.provider, framework: inspection.framework, officer: officer,
            caseCounts: scoring.caseCounts.filter { $0.value > 0 },
            results: officer == nil ? wholeResults : scoring.results(ratings: [:]),
            whole: whole,
            breakdown: grouping.map {
                Breakdown(framework: inspection.framework, cases: selected, by: $0, provider: inspection.record.provider)
            })
        review = ReviewCounts(selected)
        for conflict in inspection.record.conflictDetails {
            if let standard = conflict.standard { ratingConflicts[standard] = conflict }
        }
    }

    /// "Review: 3 approved, 1 returned, 12 awaiting review, 14 in progress."; nil without case files.
    public var reviewLine: String? { review.map { "Review: \($0.summary)." } }

    /// "Case supervision 148 · Unpaid work 97 · Through the Gate 79 (324 cases)".
    public var caseCountSummary: String {
        let parts = framework.samples.compactMap { sample -> String? in
            guard let n = caseCounts[sample.id], n > 0 else { return nil }
            return "\(sample.title) \(n)"
        }
        let total = caseCounts.values.reduce(0, +)
        if parts.isEmpty { return "no cases" }
        return parts.joined(separator: " · ") + " (\(total) case\(total == 1 ? "" : "s"))"
    }
}

/// Why a report cannot be made as asked.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownOfficer(typed: String, officers: [OfficerSummary])
    /// `--by` named an attribute that no case has.
    case unknownAttribute(typed: String, attributes: [String])

    /// Refuses `--by` an attribute none of `cases` has: most likely a typing slip, and a
    /// breakdown with one group "not recorded" would hide it.
    static func check(_ grouping: GroupBy, cases: [Case]) throws(ReportError) {
        guard case .attribute(let name) = grouping else { return }
        guard !cases.contains(where: { $0.attribute(named: name) != nil }) else { return }
        throw .unknownAttribute(typed: name, attributes: Breakdown.attributeNames(of: cases))
    }

    public var description: String {
        switch self {
        case .unknownOfficer(let typed, let officers):
            if officers.isEmpty {
                return "No responsible officer matches '\(VisibleText.line(typed))': this inspection has no cases yet."
            }
            // One officer a line: a line feed in a name must not make a line of its own.
            let list = officers.map { "  \(VisibleText.line($0.label))" }.joined(separator: "\n")
            return "No responsible officer matches '\(VisibleText.line(typed))'. The officers in this inspection are:\n\(list)\nNames match without regard to capitals, and accents may be left out; give the whole name."
        case .unknownAttribute(let typed, let attributes):
            let known = attributes.isEmpty ? "the cases have no attributes" : "the cases' attributes are \(attributes.map(VisibleText.line).joined(separator: ", "))"
            return "--by \(VisibleText.line(typed)): no case has an attribute '\(VisibleText.line(typed))'; expected grade, officer, sample, provider or an attribute name (\(known))."
        }
    }
}
