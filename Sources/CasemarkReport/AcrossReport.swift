import CasemarkModel

/// `report --across`: many inspections of one framework, as HMIP's annual report pools them.
/// Each inspection keeps its own ratings (recorded ones included); the key questions are pooled
/// over every case of every inspection, and the standards computed from the pooled key questions
/// (recorded ratings belong to one inspection, so none apply to the pool).
public struct AcrossReport: Sendable {
    /// One inspection's own results, as its own report gives them.
    public struct Member: Sendable {
        public var provider: String
        /// The folder it was read from.
        public var folder: String
        /// Cases counted, by sample id.
        public var caseCounts: [String: Int]
        public var results: InspectionResults

        public var caseTotal: Int { caseCounts.values.reduce(0, +) }
    }

    public var framework: Framework
    public var inspections: [Member]
    /// Every inspection's cases counted, by sample id.
    public var caseCounts: [String: Int]
    /// Pooled over every case: key questions, and standards computed from them; the overall
    /// rating is never complete (domain one is rated per inspection).
    public var results: InspectionResults
    public var breakdown: Breakdown?

    /// Pools `inspections` (folder and inspection, in the order to show them), broken down `by`.
    /// Refuses inspections of different frameworks, naming both.
    public init(inspections: [(folder: String, inspection: Inspection)], by grouping: GroupBy? = nil) throws(AcrossError) {
        guard let first = inspections.first else { throw .noInspections }
        for other in inspections.dropFirst() where other.inspection.framework != first.inspection.framework {
            throw .differentFrameworks(
                first: (first.folder, first.inspection.framework.id), other: (other.folder, other.inspection.framework.id))
        }
        let framework = first.inspection.framework
        var members: [Member] = []
        members.reserveCapacity(inspections.count)
        var pooled = Scoring(framework: framework)
        var all: [Case] = []
        for (folder, inspection) in inspections {
            let scoring = inspection.scoring()
            members.append(Member(
                provider: inspection.record.provider, folder: folder,
                caseCounts: scoring.caseCounts.filter { $0.value > 0 },
                results: scoring.results(ratings: inspection.record.ratings)))
            pooled.add(scoring)
            if grouping != nil { all += inspection.cases }
        }
        self.framework = framework
        self.inspections = members
        self.caseCounts = pooled.caseCounts.filter { $0.value > 0 }
        self.results = pooled.results(ratings: [:])
        switch grouping {
        case nil:
            breakdown = nil
        case .provider?:
            let names = AcrossReport.groupNames(members)
            breakdown = Breakdown(
                framework: framework,
                named: zip(names, inspections).map { (name: $0, cases: $1.inspection.cases) }, by: .provider)
        case let grouping?:
            do { try ReportError.check(grouping, cases: all) } catch { throw .report(error) }
            breakdown = Breakdown(framework: framework, cases: all, by: grouping)
        }
    }

    /// Providers as group names; a provider inspected more than once is told apart by its folder.
    static func groupNames(_ members: [Member]) -> [String] {
        var counts: [String: Int] = [:]
        for m in members { counts[m.provider.matchKey, default: 0] += 1 }
        return members.map { m in
            (counts[m.provider.matchKey] ?? 0) > 1 ? "\(m.provider) (\(lastComponent(m.folder)))" : m.provider
        }
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public var caseTotal: Int { caseCounts.values.reduce(0, +) }

    /// "Case supervision 7,400 · Unpaid work 4,850 (12,250 cases)", as one inspection's.
    public var caseCountSummary: String {
        let parts = framework.samples.compactMap { sample -> String? in
            guard let n = caseCounts[sample.id], n > 0 else { return nil }
            return "\(sample.title) \(n)"
        }
        if parts.isEmpty { return "no cases" }
        return parts.joined(separator: " · ") + " (\(caseTotal) case\(caseTotal == 1 ? "" : "s"))"
    }

    /// "3 inspections".
    public var title: String { "\(inspections.count) inspection\(inspections.count == 1 ? "" : "s") pooled" }
}

/// Why inspections cannot be reported together.
public enum AcrossError: Error, Sendable, CustomStringConvertible {
    case noInspections
    case differentFrameworks(first: (folder: String, framework: String), other: (folder: String, framework: String))
    case report(ReportError)

    public var description: String {
        switch self {
        case .noInspections:
            return "No inspection to report: expected inspection folders, or folders of inspections."
        case .differentFrameworks(let first, let other):
            let same = first.framework == other.framework ? " (the same id, but the framework files differ)" : ""
            return "\(first.folder) is marked against framework \(first.framework) and \(other.folder) against \(other.framework)\(same): key questions of different frameworks cannot be pooled; report them separately."
        case .report(let error):
            return error.description
        }
    }
}
