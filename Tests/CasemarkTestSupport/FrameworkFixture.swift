import CasemarkModel

/// What the tests' small frameworks share with HM Inspectorate of Probation's: the band
/// thresholds (80, 65, 50), the points per rating, and the risk-of-serious-harm attribute. Each
/// test target gives its own samples, domains, standards and overall score bands, written out
/// where its tests can see exactly what they rely on.
public enum FrameworkFixture {
    public static let roshIssuesApply = AttributeDefinition(id: "rosh_issues_apply", title: "RoSH issues apply", values: ["Y", "N"])

    /// A key question outside the sub-sample where risk-of-serious-harm issues do not apply.
    public static let notApplicableWithoutRoSH = AttributeCondition(attribute: "rosh_issues_apply", values: ["N"])

    public static let bands = [
        BandThreshold(minimumPercent: 80, band: .outstanding),
        BandThreshold(minimumPercent: 65, band: .good),
        BandThreshold(minimumPercent: 50, band: .requiresImprovement),
        BandThreshold(minimumPercent: 0, band: .inadequate),
    ]

    public static let points: [Band: Int] = [.outstanding: 3, .good: 2, .requiresImprovement: 1, .inadequate: 0]

    /// The framework `test-2018` with the above and what is given.
    public static func make(samples: [Sample], domains: [Domain], scoreBands: [ScoreBand], standards: [Standard]) -> Framework {
        Framework(
            id: "test-2018", title: "Test framework", samples: samples, attributes: [roshIssuesApply], bands: bands,
            overall: OverallScheme(points: points, bands: scoreBands), domains: domains, standards: standards)
    }
}
