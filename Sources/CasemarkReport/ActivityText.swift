import CasemarkModel
import CasemarkText

/// The activity feed (`casemark history INSPECTION --all`) as text, one line an item with its
/// values on that line (control characters spelled out), or as a JSON list.
public enum ActivityText {
    public static func text(_ items: [ActivityFeed.Item]) -> String {
        let shown = VisibleText.line
        guard !items.isEmpty else { return "Nothing recorded." }
        let byWidth = items.map { shown($0.by).count }.max() ?? 0
        let caseWidth = items.map { shown($0.caseID ?? "ratings").count }.max() ?? 0
        func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var lines = items.map { item in
            let by = shown(item.by.isEmpty ? "(unnamed)" : item.by)
            return "\(shown(item.at.isEmpty ? "(no time)" : item.at))  \(pad(by, byWidth))  \(pad(shown(item.caseID ?? "ratings"), caseWidth))  \(shown(item.what))"
        }
        lines.append("\(items.count) change\(items.count == 1 ? "" : "s"), newest first.")
        return lines.joined(separator: "\n")
    }

    /// A list of `{"at", "by", "case", "event", "keyQuestion", "standard", "what", "change",
    /// "settlesConflict"}` (null where a key does not apply).
    public static func json(_ items: [ActivityFeed.Item]) -> String {
        ReportJSON.array(items.map { item in
            .object([
                "at": .string(item.at),
                "by": .string(item.by),
                "case": item.caseID.map(ReportJSON.string) ?? .null,
                "event": .string(item.kind.rawValue),
                "keyQuestion": item.keyQuestion.map(ReportJSON.string) ?? .null,
                "standard": item.standard.map(ReportJSON.string) ?? .null,
                "what": .string(item.what),
                "change": .string(item.change),
                "settlesConflict": .bool(item.settles),
            ])
        }).rendered
    }
}
