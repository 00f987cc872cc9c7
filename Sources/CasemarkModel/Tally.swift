/// How one key question stands across a set of cases: the counts the percentage is made from.
public struct Tally: Sendable, Equatable, Codable {
    public var yes: Int
    public var no: Int
    public var notApplicable: Int
    public var unanswered: Int
    /// Cases where the key question was answered differently on two copies and not yet settled:
    /// unresolved, so outside the denominator like unanswered.
    public var conflicts: Int

    public init(yes: Int = 0, no: Int = 0, notApplicable: Int = 0, unanswered: Int = 0, conflicts: Int = 0) {
        self.yes = yes
        self.no = no
        self.notApplicable = notApplicable
        self.unanswered = unanswered
        self.conflicts = conflicts
    }

    private enum CodingKeys: String, CodingKey { case yes, no, notApplicable, unanswered, conflicts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        yes = try c.decode(Int.self, forKey: .yes)
        no = try c.decode(Int.self, forKey: .no)
        notApplicable = try c.decode(Int.self, forKey: .notApplicable)
        unanswered = try c.decode(Int.self, forKey: .unanswered)
        conflicts = try c.decodeIfPresent(Int.self, forKey: .conflicts) ?? 0
    }

    /// Cases judged yes or no: not-applicable and unanswered are outside the denominator.
    public var applicable: Int { yes + no }

    /// Every case of the sample this key question was counted over.
    public var total: Int { yes + no + notApplicable + unanswered + conflicts }

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
        case .inConflict: conflicts += delta
        }
    }

    public static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(
            yes: lhs.yes + rhs.yes, no: lhs.no + rhs.no,
            notApplicable: lhs.notApplicable + rhs.notApplicable,
            unanswered: lhs.unanswered + rhs.unanswered, conflicts: lhs.conflicts + rhs.conflicts)
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
    /// Answered differently on two copies and not yet settled: unresolved.
    case inConflict
}

extension Case {
    /// How this case counts for a key question; nil when the key question is not marked for the
    /// case's sample at all.
    public func classification(for keyQuestion: KeyQuestion, of standard: Standard) -> Classification? {
        guard standard.ratedFrom == .cases, standard.sample == sample else { return nil }
        return classification(keyQuestionID: keyQuestion.id, condition: keyQuestion.notApplicableWhen)
    }

    /// The same for a key question of the case's sample given by its id and its sub-sample
    /// condition: what `Scoring` counts 10,000 cases with, without a KeyQuestion or Standard.
    @inline(__always)
    public func classification(keyQuestionID id: String, condition: AttributeCondition?) -> Classification {
        if let condition, condition.matches(attributes) {
            return .notApplicableByAttribute
        }
        if !conflicts.isEmpty, isInConflict(id) { return .inConflict }
        switch answers[id]?.answer {
        case .yes: return .yes
        case .no: return .no
        case .notApplicable: return .notApplicable
        case nil: return .unanswered
        }
    }
}
