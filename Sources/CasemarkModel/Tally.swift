/// How one key question stands across a set of cases: the counts the percentage is made from.
public struct Tally: Sendable, Equatable, Codable {
    public var yes: Int
    public var no: Int
    public var notApplicable: Int
    public var unanswered: Int

    public init(yes: Int = 0, no: Int = 0, notApplicable: Int = 0, unanswered: Int = 0) {
        self.yes = yes
        self.no = no
        self.notApplicable = notApplicable
        self.unanswered = unanswered
    }

    /// Cases judged yes or no: not-applicable and unanswered are outside the denominator.
    public var applicable: Int { yes + no }

    /// Every case of the sample this key question was counted over.
    public var total: Int { yes + no + notApplicable + unanswered }

    /// `yes / (yes + no) × 100`, rounded half up to a whole number, in integers so that 49.5 is
    /// exactly 50; nil when no case has a yes or no.
    public var percent: Int? {
        let denominator = applicable
        guard denominator > 0 else { return nil }
        return (200 * yes + denominator) / (2 * denominator)
    }

    mutating func count(_ classification: Classification, by delta: Int) {
        switch classification {
        case .yes: yes += delta
        case .no: no += delta
        case .notApplicable, .notApplicableByAttribute: notApplicable += delta
        case .unanswered: unanswered += delta
        }
    }

    public static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(
            yes: lhs.yes + rhs.yes, no: lhs.no + rhs.no,
            notApplicable: lhs.notApplicable + rhs.notApplicable,
            unanswered: lhs.unanswered + rhs.unanswered)
    }
}

/// Where one case stands on one key question.
public enum Classification: Sendable, Equatable {
    case yes
    case no
    /// The inspector answered not applicable.
    case notApplicable
    /// The case's attributes put it outside the key question's sub-sample.
    case notApplicableByAttribute
    case unanswered
}

extension Case {
    /// How this case counts for a key question; nil when the key question is not marked for the
    /// case's sample at all.
    public func classification(for keyQuestion: KeyQuestion, of standard: Standard) -> Classification? {
        guard standard.ratedFrom == .cases, standard.sample == sample else { return nil }
        if let condition = keyQuestion.notApplicableWhen, condition.matches(attributes) {
            return .notApplicableByAttribute
        }
        switch answers[keyQuestion.id]?.answer {
        case .yes: return .yes
        case .no: return .no
        case .notApplicable: return .notApplicable
        case nil: return .unanswered
        }
    }
}
