/// Review stages: a quality lead approves a completed case, or returns it to its marker with a
/// reason. The review is one more field of the case (`review`), whose value is that of its
/// heads in the history, as for an answer or the status: an approval or a return each replaces
/// the review changes before it, and names the completion it reviewed. So a case is
///
/// - **awaiting review** when complete and no review stands for its latest completion;
/// - **approved** when an approval names the completion the case now stands on (a case reopened
///   and completed again after it awaits review again);
/// - **returned** when a return is the review's latest change and the case is in progress (the
///   return reopened it, with its reason for the marker); completed again, it awaits review.
///
/// Approve on one copy and return on another are two heads of the field: a conflict, shown and
/// settled like the others (by a new approval or return).
extension Case {
    public static let reviewField = "review"

    /// Where a case stands in review.
    public enum ReviewState: String, Sendable, Equatable, CaseIterable {
        /// Not complete, and not returned: its marker is still at work.
        case inProgress = "in-progress"
        case awaiting
        case approved
        case returned
        /// Approved on one copy and returned on another.
        case inConflict = "in-conflict"

        /// As people read it in a list.
        public var displayName: String {
            switch self {
            case .inProgress: "in progress"
            case .awaiting: "awaiting review"
            case .approved: "approved"
            case .returned: "returned"
            case .inConflict: "review in conflict"
            }
        }
    }

    /// The review changes behind the review's value (more than one only in a conflict).
    public var reviewHeads: [HistoryEntry] {
        // Most cases were never reviewed: a look at the events, with no field names made, says so
        // (the reports count the review of every case).
        guard history.contains(where: { $0.event == .approved || $0.event == .returned }) else { return [] }
        return heads(of: Self.reviewField)
    }

    /// Their ids, in order: what the merge by value compares.
    public var reviewHeadIDs: [String] { reviewHeads.map(\.id).sorted() }

    public var reviewState: ReviewState {
        let heads = reviewHeads
        if heads.isEmpty, conflicts.isEmpty { return status == .complete ? .awaiting : .inProgress }
        if conflicts[Self.reviewField] != nil || Set(heads.map(\.event)).count > 1 { return .inConflict }
        let latest = heads.last
        if status == .complete {
            guard let latest, latest.event == .approved else { return .awaiting }
            // Approved only what it saw: the completion the case stands on now.
            let completions = replacedBy(newChangeTo: Self.statusField)
            return !completions.isEmpty && Set(completions).isSubset(of: latest.replaces) ? .approved : .awaiting
        }
        return latest?.event == .returned ? .returned : .inProgress
    }

    /// The return the marker is to act on: the review's latest change, while the case is returned.
    public var standingReturn: HistoryEntry? {
        reviewState == .returned ? reviewHeads.last : nil
    }

    /// The approval the case stands approved by.
    public var standingApproval: HistoryEntry? {
        reviewState == .approved ? reviewHeads.last : nil
    }

    /// The completion the case stands on: who completed it and when (nil for a case found
    /// complete in the file with no completion recorded, or not complete).
    public var standingCompletion: HistoryEntry? {
        guard status == .complete else { return nil }
        return heads(of: Self.statusField).last { $0.event == .completed }
    }

    /// Approves the completed case. A case whose review is in conflict may be approved, which
    /// settles it; if a return had reopened it, it is completed again first (by the reviewer),
    /// since the approval is of the case as it stands.
    public mutating func approve(
        note: String? = nil, by: String, at: String, changeID: String,
        completionID: String
    ) throws(CaseReviewError) {
        let settling = try checkReviewable()
        let note = note?.trimmed
        if let note, let problem = Self.reviewTextProblem(note, what: "note") { throw problem }
        var next = self
        if status != .complete {
            guard settling else { throw .notComplete(caseID: id) }
            // The review in conflict keeps a marker from completing the case; this completion is
            // the approval's own, which settles it.
            next.conflicts[Self.reviewField] = nil
            do { try next.complete(by: by, at: at, changeID: completionID) } catch { throw .notComplete(caseID: id) }
        } else if !settling, let approval = standingApproval {
            throw .alreadyApproved(caseID: id, by: approval.by, at: approval.at)
        }
        next.appendReview(HistoryEntry(event: .approved, by: by, at: at, note: (note?.isEmpty ?? true) ? nil : note, id: changeID, replaces: next.reviewReplaces()))
        self = next
    }

    /// Returns the completed case to its marker: the return (with its reason) and a reopening
    /// with the same reason, so the case is in progress again. Settles a review in conflict.
    public mutating func returnToMarker(
        reason: String, by: String, at: String, changeID: String, reopenID: String
    ) throws(CaseReviewError) {
        let settling = try checkReviewable()
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw .reasonRequired }
        if let problem = Self.reviewTextProblem(reason, what: "reason") { throw problem }
        guard status == .complete || settling else { throw .notComplete(caseID: id) }
        appendReview(HistoryEntry(event: .returned, by: by, at: at, reason: reason, id: changeID, replaces: reviewReplaces()))
        if status == .complete {
            do { try reopen(reason: reason, by: by, at: at, changeID: reopenID) } catch { throw .notComplete(caseID: id) }
        }
    }

    /// Whether the case can be reviewed now; true when the review is in conflict (a review
    /// settles it). Any other field in conflict must be settled first.
    private func checkReviewable() throws(CaseReviewError) -> Bool {
        let others = conflicts.keys.filter { $0 != Self.reviewField }.sorted()
        if !others.isEmpty { throw .inConflict(caseID: id, fields: others) }
        return reviewState == .inConflict
    }

    /// A review replaces the review changes before it, and names the completion it reviewed.
    private func reviewReplaces() -> [String] {
        Array(Set(replacedBy(newChangeTo: Self.reviewField) + replacedBy(newChangeTo: Self.statusField))).sorted()
    }

    private mutating func appendReview(_ entry: HistoryEntry) {
        appendChange(entry)
        schemaVersion = Swift.max(schemaVersion, Self.reviewSchemaVersion)
    }

    /// A reason or note is one line of text for people: no control characters (a line feed,
    /// an escape), which would reach the marker's terminal and the reports.
    public static func reviewTextProblem(_ text: String, what: String) -> CaseReviewError? {
        let control = text.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        guard let control else { return nil }
        return .controlCharacter(what: what, scalar: control.value)
    }
}

/// Why a review was refused.
public enum CaseReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case notComplete(caseID: String)
    case inConflict(caseID: String, fields: [String])
    case alreadyApproved(caseID: String, by: String, at: String)
    case reasonRequired
    case controlCharacter(what: String, scalar: UInt32)

    public var description: String {
        switch self {
        case .notComplete(let id):
            "case \(id) is in progress; only a complete case can be reviewed (its marker completes it first)"
        case .inConflict(let id, let fields):
            "case \(id) has \(fields.count == 1 ? "a field" : "fields") in conflict (\(fields.joined(separator: ", "))); settle \(fields.count == 1 ? "it" : "them") before reviewing (casemark conflicts lists them)"
        case .alreadyApproved(let id, let by, let at):
            "case \(id) is already approved (by \(by.isEmpty ? "someone" : by) at \(at.isEmpty ? "an unknown time" : at))"
        case .reasonRequired:
            "a return needs a reason: say what the marker is to put right (--reason \"…\")"
        case .controlCharacter(let what, let scalar):
            "the \(what) holds a control character (U+\(String(scalar, radix: 16, uppercase: true).leftPadded(to: 4))); expected one line of plain text"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
