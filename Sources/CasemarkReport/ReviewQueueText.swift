import CasemarkModel
import CasemarkText

/// The review queue (or a dip sample of it) as `casemark review --queue` prints it: a line a
/// case in text (values on one line, control characters spelled out), or a JSON list.
public enum ReviewQueueText {
    public static func text(_ items: [ReviewQueue.Item], of queued: Int, dip: (size: Int, seed: UInt64)?) -> String {
        let shown = VisibleText.line
        var lines: [String] = []
        if let dip {
            lines.append("Dip sample of \(items.count) of the \(queued) case\(queued == 1 ? "" : "s") awaiting review (seed \(dip.seed)), oldest completion first:")
        } else {
            lines.append(queued == 0 ? "No cases awaiting review." : "\(queued) case\(queued == 1 ? "" : "s") awaiting review, oldest completion first:")
        }
        let width = items.map { shown($0.caseID).count }.max() ?? 0
        for item in items {
            let id = shown(item.caseID)
            let completed = item.completedAt.map { "completed \(shown($0))" } ?? "found complete (no completion recorded)"
            let by = item.completedBy.map { " by \(shown($0.isEmpty ? "someone unnamed" : $0))" } ?? ""
            lines.append("  " + id + String(repeating: " ", count: max(0, width - id.count)) + "  " + completed + by)
        }
        return lines.joined(separator: "\n")
    }

    /// A list of `{"case", "completedBy", "completedAt"}` (null where unknown).
    public static func json(_ items: [ReviewQueue.Item]) -> String {
        ReportJSON.array(items.map { item in
            .object([
                "case": .string(item.caseID),
                "completedBy": item.completedBy.map(ReportJSON.string) ?? .null,
                "completedAt": item.completedAt.map(ReportJSON.string) ?? .null,
            ])
        }).rendered
    }
}
