import CasemarkModel

extension Band {
    /// The two letters a band is shown as where a screen is narrow (OS GD RI IN), `~` before it
    /// when indicative. A display string, so it is the screens' and not the model's; the printed
    /// reports spell the bands the same way (CasemarkReport's `PrintedBandNames.swift`), and a
    /// test on each side pins the four, so the two cannot drift apart.
    var abbreviation: String {
        switch self {
        case .inadequate: "IN"
        case .requiresImprovement: "RI"
        case .good: "GD"
        case .outstanding: "OS"
        }
    }
}
