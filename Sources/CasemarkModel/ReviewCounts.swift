/// How many cases stand where in review: what the reports give as `review`, and what
/// `validate --final` waits on (every case approved).
public struct ReviewCounts: Sendable, Equatable {
    public var awaiting = 0
    public var approved = 0
    public var returned = 0
    /// Not complete and never returned: still with their marker.
    public var inProgress = 0
    /// Approved on one copy and returned on another, not yet settled.
    public var inConflict = 0

    public init() {}

    public init(_ cases: [Case]) {
        for c in cases { add(c.reviewState) }
    }

    public mutating func add(_ state: Case.ReviewState) {
        switch state {
        case .awaiting: awaiting += 1
        case .approved: approved += 1
        case .returned: returned += 1
        case .inProgress: inProgress += 1
        case .inConflict: inConflict += 1
        }
    }

    public var total: Int { awaiting + approved + returned + inProgress + inConflict }

    /// "3 approved, 1 returned, 12 awaiting review, 14 in progress" (the last two parts only
    /// when there are any).
    public var summary: String {
        var parts = ["\(approved) approved", "\(returned) returned", "\(awaiting) awaiting review"]
        if inProgress > 0 { parts.append("\(inProgress) in progress") }
        if inConflict > 0 { parts.append("\(inConflict) with the review in conflict") }
        return parts.joined(separator: ", ")
    }
}
