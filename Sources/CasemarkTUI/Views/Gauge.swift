import CasemarkModel

/// A bar for a percentage: `███████░░░`. Drawn in the band's colour, and always beside the band's
/// name and the number, so it says nothing by colour alone.
public enum Gauge {
    public static func bar(percent: Int?, width: Int) -> String {
        guard width > 0 else { return "" }
        guard let percent else { return String(repeating: "·", count: width) }
        let filled = max(0, min(width, (percent * width + 50) / 100))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// "62%", or "—" when there is no percentage.
    public static func percentText(_ percent: Int?) -> String { percent.map { "\($0)%" } ?? "—" }
}
