import CasemarkModel
import CasemarkText

/// A case's history as text, oldest first. Every value from the case file is shown on its line
/// with its control characters spelled out (`VisibleText.line`): a line feed in a name or a
/// reason cannot make a change appear that was never made.
public enum HistoryText {
    public static func render(_ c: Case) -> String {
        let shown = VisibleText.line
        // Where it stands in review, once a quality lead has reviewed it.
        let review = c.reviewHeads.isEmpty ? "" : ", \(c.reviewState.displayName)"
        var lines = ["Case \(shown(c.id)) (\(shown(c.responsibleOfficer.name)), \(shown(c.sample))): \(c.status == .complete ? "complete" : "in progress")\(review)"]
        if c.history.isEmpty {
            lines.append("No changes recorded.")
            if let started = startedWith(c) { lines.append(started) }
            return lines.joined(separator: "\n")
        }
        let byID = Dictionary(c.history.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in c.history {
            switch entry.event {
            case .answered:
                // Why, when the change was not an answer given (an undo, a reload from disk).
                lines.append("\(shown(entry.at))  \(shown(entry.by))  \(shown(entry.keyQuestion ?? "?"))" + (entry.reason.map { " (\(shown($0)))" } ?? ""))
                // A conflict settled had no one answer before it, but the values in conflict
                // (issue 21.4: it read "before: (nothing)").
                let sides = entry.previous == nil
                    ? entry.replaces.compactMap { byID[$0] }.filter { $0.event == .answered && $0.keyQuestion == entry.keyQuestion } : []
                if sides.count > 1 {
                    lines.append("    before: in conflict: " + sides.map { "\(describe($0.value)) (\(shown($0.by)))" }.joined(separator: " / "))
                } else {
                    lines.append("    before: \(describe(entry.previous))")
                }
                lines.append("    after:  \(describe(entry.value))")
            case .completed:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  marked the case complete")
            case .reopened:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  reopened the case: \(shown(entry.reason ?? ""))")
            case .approved:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  approved the case" + (entry.note.map { ": \(shown($0))" } ?? ""))
            case .returned:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  returned the case to its marker: \(shown(entry.reason ?? ""))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Answers with no change behind them are where the case started (an import, or a file
    /// written before histories were kept): said with who gave them and when, so that "No
    /// changes recorded." is not read as "nothing was answered".
    static func startedWith(_ c: Case) -> String? {
        guard !c.answers.isEmpty else { return nil }
        let shown = VisibleText.line
        var counts: [String: Int] = [:]
        for answer in c.answers.values {
            counts["\(shown(answer.by ?? "someone unrecorded")) at \(shown(answer.at ?? "an unrecorded time"))", default: 0] += 1
        }
        let givers = counts.sorted { $0.key < $1.key }.map { "\($0.value) by \($0.key)" }.joined(separator: "; ")
        let answers = c.answers.count == 1 ? "1 answer" : "\(c.answers.count) answers"
        return "The case started with \(answers), as imported: \(givers)."
    }

    public static func describe(_ answer: Answer?) -> String {
        guard let answer, !answer.isEmpty else { return "(nothing)" }
        var parts = [answer.answer?.displayName ?? "not answered"]
        if !answer.prompts.isEmpty { parts.append("prompts \(VisibleText.line(answer.prompts.joined(separator: ", ")))") }
        if !answer.note.isEmpty { parts.append("note: \(quoted(answer.note))") }
        return parts.joined(separator: "; ")
    }

    /// The note in quotes on one line, as typed: only the quote, the backslash and line breaks
    /// are escaped (Swift's own escaping would also turn "O'Neill" into "O\'Neill"), and any other
    /// control character spelled out as everywhere else (`VisibleText`).
    public static func quoted(_ note: String) -> String {
        var out = "\""
        for c in note {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return VisibleText.line(out + "\"")
    }
}
