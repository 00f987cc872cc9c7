import CasemarkModel
import CasemarkText

/// The recorded ratings' history as text, oldest first; values from the files on one line each,
/// control characters spelled out (`VisibleText.line`).
public enum RatingHistoryText {
    public static func render(_ record: InspectionRecord, framework: Framework, standard: String?) -> String {
        let shown = VisibleText.line
        func name(_ id: String) -> String { shown(framework.standard(id).map { "\(id) \($0.title)" } ?? id) }
        let wanted = { (id: String) in standard == nil || standard == id }
        var lines = [standard.map { "Recorded rating of \(name($0)) (\(shown(record.provider)))" } ?? "Recorded ratings of \(shown(record.provider))"]
        // A rating recorded before casemark kept this history (or by an older build) has no
        // change that led to it: it is shown first, as the oldest known.
        let changed = Set(record.ratingHistory.map(\.standard))
        let unexplained = record.ratings.keys.filter { !changed.contains($0) && wanted($0) }.sorted()
        for id in unexplained {
            let rating = record.ratings[id]!
            lines.append("\(shown(rating.at ?? "(time not kept)"))  \(shown(rating.by ?? "(name not kept)"))  \(name(id))")
            lines.append("    before: (not kept: recorded before casemark kept rating changes)")
            lines.append("    after:  \(describe(rating, by: rating.by, at: rating.at))")
        }
        let changes = record.ratingHistory.filter { wanted($0.standard) }
        for change in changes {
            lines.append("\(shown(change.at))  \(shown(change.by))  \(name(change.standard))")
            lines.append("    before: \(change.previous.map { describe($0) } ?? "(nothing)")")
            lines.append("    after:  \(change.value.map { describe($0, by: change.by, at: change.at) } ?? "(cleared)")")
        }
        if unexplained.isEmpty && changes.isEmpty { lines.append("No ratings recorded.") }
        return lines.joined(separator: "\n")
    }

    /// `Good; reason: "…"; recorded by Ann Lead at 2026-…`, leaving out who and when where they
    /// are the same as the line above says (`by`, `at`).
    public static func describe(_ rating: RecordedRating, by: String? = nil, at: String? = nil) -> String {
        var text = "\(rating.rating.displayName); reason: \(VisibleText.line(rating.reason.debugDescription))"
        if rating.by != by || rating.at != at {
            var who: [String] = []
            if let by = rating.by { who.append("by \(by)") }
            if let at = rating.at { who.append("at \(at)") }
            if !who.isEmpty { text += "; recorded " + VisibleText.line(who.joined(separator: " ")) }
        }
        return text
    }
}
