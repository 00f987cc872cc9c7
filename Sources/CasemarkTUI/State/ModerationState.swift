import CasemarkModel

/// The moderation screen (`casemark open FIRST --moderate SECOND`): the disagreements between
/// this inspection (the first marking) and a second marking, one at a time, and which is shown.
/// The second marking is read once and never written; the first's answers are the live ones in
/// the state, so a settled answer shows at once.
public struct ModerationState: Equatable, Sendable {
    /// The second marking's folder, as named in the history of a settled answer.
    public let against: String
    /// Every disagreement, in case order then framework order, with the second's answer.
    public let disagreements: [MarkingComparison.Disagreement]
    public var selected = 0
    /// How far the two answers' columns are scrolled (long notes).
    public var scroll = 0

    public init(against: String, disagreements: [MarkingComparison.Disagreement]) {
        self.against = against
        self.disagreements = disagreements
    }

    public var current: MarkingComparison.Disagreement? {
        disagreements.indices.contains(selected) ? disagreements[selected] : nil
    }
}

extension AppState {
    /// Opens on the moderation screen with `moderation`'s disagreements.
    public mutating func startModeration(_ moderation: ModerationState) {
        self.moderation = moderation
        screen = .moderation
        let count = moderation.disagreements.count
        status = StatusMessage(
            count == 0
                ? "no disagreements with \(moderation.against): nothing to moderate"
                : "\(count) disagreement\(count == 1 ? "" : "s") with \(moderation.against); y n a settles one")
    }

    /// Whether a disagreement has been settled: its key question's latest moderation on the case.
    public func settled(_ d: MarkingComparison.Disagreement) -> HistoryEntry? {
        session.caseWith(id: d.caseID)?.moderation(of: d.keyQuestion)
    }

    /// How many of the disagreements are settled.
    public var settledCount: Int {
        moderation?.disagreements.filter { settled($0) != nil }.count ?? 0
    }
}
