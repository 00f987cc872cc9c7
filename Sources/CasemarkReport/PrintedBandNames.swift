import CasemarkModel

extension Band {
    /// The two letters a band is printed as in narrow tables and chart labels (OS GD RI IN).
    /// A display string, so it is the reports' and not the model's; the screens spell the bands
    /// the same way (CasemarkTUI's `ScreenBandNames.swift`), and a test on each side pins the
    /// four, so the two cannot drift apart.
    var abbreviation: String {
        switch self {
        case .inadequate: "IN"
        case .requiresImprovement: "RI"
        case .good: "GD"
        case .outstanding: "OS"
        }
    }
}
