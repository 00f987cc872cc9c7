import CasemarkModel

/// Which side of the marking screen has the keyboard.
public enum MarkingFocus: Equatable, Sendable {
    case questions
    case prompts
}

/// A key question's result just before and just after the last answer changed it, so the screen
/// can say "62% → 63%" even after the selection moved on to the next key question.
public struct LiveChange: Equatable, Sendable {
    public var keyQuestion: String
    public var before: KeyQuestionResult
    public var after: KeyQuestionResult
    public var standardBefore: Band?
    public var standardAfter: Band?
}

/// The marking screen: which case, which key question, which prompt.
public struct MarkingState: Equatable, Sendable {
    public var caseID: String
    /// Index into the case's key questions (all standards of its sample, in framework order).
    public var row: Int
    public var focus: MarkingFocus = .questions
    public var promptRow = 0
    public var lastChange: LiveChange?
    /// Where the case stood in the list when it was opened ("case 3 of 40"), so drawing never
    /// has to search the list.
    public var listIndex: Int?

    public init(caseID: String, row: Int = 0, listIndex: Int? = nil) {
        self.caseID = caseID
        self.row = row
        self.listIndex = listIndex
    }
}

/// A key question as it stands on one case, for the marking screen.
public struct MarkedKeyQuestion: Equatable, Sendable {
    public var standard: Standard
    public var keyQuestion: KeyQuestion
    /// True when the case's attributes rule it out: it shows so, and takes no answer.
    public var ruledOut: Bool
    public var answer: Answer?
    /// Answered differently on two copies and not yet settled.
    public var inConflict = false
}

extension Case {
    /// The key questions this case is marked on, in framework order.
    public func markedKeyQuestions(in framework: Framework) -> [MarkedKeyQuestion] {
        framework.standards(forSample: sample).flatMap { standard in
            standard.keyQuestions.map { kq in
                MarkedKeyQuestion(
                    standard: standard, keyQuestion: kq,
                    ruledOut: classification(for: kq, of: standard) == .notApplicableByAttribute,
                    answer: answers[kq.id], inConflict: !conflicts.isEmpty && isInConflict(kq.id))
            }
        }
    }
}
