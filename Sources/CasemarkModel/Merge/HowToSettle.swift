/// How a conflict is settled, each kind its own way (an answer by answering again, a status by
/// completing or reopening again, a rating by recording it again, a review by reviewing again:
/// answering again settles only an answer), in the words the messages use. One home for the
/// summaries of `conflicts` and `merge` and for the refusal to complete a case in conflict.
public enum HowToSettle {
    static let answer = "answer again on the marking screen or with casemark mark"
    static let status = "by completing or reopening the case again (casemark complete, casemark reopen)"
    static let rating = "by recording it again (casemark rate)"
    static let review = "by approving or returning the case again (casemark review)"

    /// The ways the conflicts listed are settled, joined with "; ".
    public static func conflicts(_ conflicts: [FieldConflict]) -> String {
        var ways: [String] = []
        if conflicts.contains(where: { $0.keyQuestion != nil }) { ways.append(answer) }
        if conflicts.contains(where: { $0.field == Case.statusField }) { ways.append("a status \(status)") }
        if conflicts.contains(where: { $0.standard != nil }) { ways.append("a rating \(rating)") }
        if conflicts.contains(where: { $0.field == Case.reviewField }) { ways.append("a review \(review)") }
        return ways.isEmpty ? answer : ways.joined(separator: "; ")
    }

    /// How one case's fields in conflict (labels such as `2.1.1`, and the review) are settled
    /// before it can be completed: an answer with a new answer, the review by reviewing again.
    static func fields(_ fields: [String]) -> String {
        let answers = fields.filter { $0 != Case.reviewField }
        let review = "the review \(Self.review)"
        if answers.count == fields.count { return "settle \(fields.count == 1 ? "it" : "each") with a new answer first" }
        if answers.isEmpty { return "settle \(review) first" }
        return "settle \(answers.count == 1 ? "the answer" : "each answer") with a new answer, and \(review), first"
    }
}
