import CasemarkText

/// The line long work draws on a terminal while it runs: what it is doing, how far it has got,
/// how fast, and how long is left. A pure function of the figures, so that its wording is tested
/// without a terminal or a clock.
public enum ProgressLine {
    /// "Reading cases: 42,000 of 100,000 cases (42%) · 21,000 cases/s · 3 s left", cut to `width`
    /// cells. Without a total (not known yet): the count and rate only. No rate nor time left
    /// until a tenth of a second has passed, and no time left until a hundredth of the work is
    /// done or a second has passed: one case done in the first third of a second (an import
    /// still reading its CSV) once promised "1 h 49 min left" for a 5-second import.
    public static func text(label: String, unit: String, done: Int, total: Int?, elapsed: Double, width: Int = 80) -> String {
        var parts: [String] = []
        if let total, total > 0 {
            let percent = min(100, done * 100 / total)
            parts.append("\(label): \(grouped(done)) of \(grouped(total)) \(unit) (\(percent)%)")
        } else {
            parts.append("\(label): \(grouped(done)) \(unit)")
        }
        if elapsed >= 0.1, done > 0 {
            let rate = Double(done) / elapsed
            parts.append("\(grouped(Int(rate.rounded()))) \(unit)/s")
            if let total, total > done, done * 100 >= total || elapsed >= 1 {
                parts.append("\(duration(Double(total - done) / rate)) left")
            }
        }
        return TextLayout.clip(parts.joined(separator: " · "), to: max(10, width - 1))
    }

    /// 1234567 → "1,234,567".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "under 1 s", "42 s", "3 min 05 s", "2 h 07 min".
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "—" }
        if seconds < 1 { return "under 1 s" }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(pad(s % 60)) s" }
        return "\(s / 3600) h \(pad(s / 60 % 60)) min"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
