import Foundation

/// The four-point scale HMIP uses for key questions, standards and the overall rating.
/// Declared worst first so that `min()` gives "the lowest band".
public enum Band: String, Codable, Sendable, CaseIterable, Comparable {
    case inadequate = "Inadequate"
    case requiresImprovement = "Requires improvement"
    case good = "Good"
    case outstanding = "Outstanding"

    /// The exact display string used in every report and in the JSON report's keys.
    public var displayName: String { rawValue }

    /// The two letters a band is shown as where columns are few (OS GD RI IN): the narrow
    /// screens, the narrow printed tables and the chart labels, `~` before it when indicative.
    /// Spelled here once so that a screen and a page never name a band differently.
    public var abbreviation: String {
        switch self {
        case .inadequate: "IN"
        case .requiresImprovement: "RI"
        case .good: "GD"
        case .outstanding: "OS"
        }
    }

    /// Best first, as the legends list them.
    public static var bestFirst: [Band] { allCases.reversed() }

    /// What the two letters stand for, as the legends under narrow tables say it:
    /// "OS Outstanding, GD Good, RI Requires improvement, IN Inadequate" with `separator` ", ".
    public static func abbreviationLegend(separator: String) -> String {
        bestFirst.map { "\($0.abbreviation) \($0.displayName)" }.joined(separator: separator)
    }

    /// The command-line spelling (`requires-improvement`).
    public var argument: String {
        switch self {
        case .inadequate: "inadequate"
        case .requiresImprovement: "requires-improvement"
        case .good: "good"
        case .outstanding: "outstanding"
        }
    }

    private var order: Int {
        switch self {
        case .inadequate: 0
        case .requiresImprovement: 1
        case .good: 2
        case .outstanding: 3
        }
    }

    public static func < (lhs: Band, rhs: Band) -> Bool { lhs.order < rhs.order }

    /// Parses `outstanding`, `good`, `requires-improvement`, `inadequate` and the display names,
    /// case-insensitively, as the `rate` command accepts them.
    public init?(parsing text: String) {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: " ")
            .replacingOccurrences(of: "-", with: " ")
        guard let band = Band.allCases.first(where: { $0.rawValue.lowercased() == folded }) else {
            return nil
        }
        self = band
    }
}
