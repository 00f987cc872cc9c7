/// Two markings of the same cases side by side (a first marking and a blind second marking):
/// for each key question, the cases judged in both and how far the judgements agree; the same
/// pooled over every key question; and every disagreement with both answers.
public struct MarkingComparison: Sendable, Equatable {
    /// One key question's agreement over the cases judged (yes, no or na) in both markings.
    public struct KeyQuestionAgreement: Sendable, Equatable {
        public var keyQuestion: String
        public var table: AgreementTable
    }

    /// A case and key question judged differently, with both answers (notes, prompts, who, when).
    public struct Disagreement: Sendable, Equatable {
        public var caseID: String
        public var keyQuestion: String
        public var first: Answer
        public var second: Answer

        public var firstJudgement: Judgement { first.answer! }
        public var secondJudgement: Judgement { second.answer! }
    }

    /// Why two inspections cannot be compared.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case differentFrameworks(first: String, second: String)
        case differentSamples(caseID: String, first: String, second: String)

        public var description: String {
            switch self {
            case .differentFrameworks(let first, let second):
                "the two inspections are marked against different frameworks (\"\(first)\" and \"\(second)\"); only markings against the same framework can be compared"
            case .differentSamples(let id, let first, let second):
                "case \(id) is in sample \"\(first)\" in the first inspection but \"\(second)\" in the second; a second marking keeps each case's sample, so these are not markings of the same case"
            }
        }
    }

    /// Key questions in framework order; only those judged in both for at least one case.
    public var keyQuestions: [KeyQuestionAgreement]
    /// Every key question's table added together.
    public var overall: AgreementTable
    /// In case order, then framework order.
    public var disagreements: [Disagreement]
    /// Ids of the cases in both inspections.
    public var casesInBoth: [String]
    /// Cases only in the first, and only in the second (not compared).
    public var onlyInFirst: [String]
    public var onlyInSecond: [String]

    /// Compares `first` and `second`: over the cases with the same id in both, each key question
    /// answered yes, no or na in both. Unanswered key questions (either side) are left out.
    public init(first: Inspection, second: Inspection) throws(Problem) {
        guard first.framework.id == second.framework.id else {
            throw .differentFrameworks(first: first.framework.id, second: second.framework.id)
        }
        let secondByID = Dictionary(second.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let firstIDs = Set(first.cases.map(\.id))
        let order = first.framework.standards.flatMap { $0.keyQuestions.map(\.id) }
        var tables: [String: AgreementTable] = [:]
        var found: [Disagreement] = []
        var both: [String] = []
        for c in first.cases {
            guard let other = secondByID[c.id] else { continue }
            guard c.sample == other.sample else {
                throw .differentSamples(caseID: c.id, first: c.sample, second: other.sample)
            }
            both.append(c.id)
            for kq in order {
                guard let a = c.answers[kq], let judgedFirst = a.answer,
                    let b = other.answers[kq], let judgedSecond = b.answer
                else { continue }
                tables[kq, default: AgreementTable()].add(first: judgedFirst, second: judgedSecond)
                if judgedFirst != judgedSecond {
                    found.append(Disagreement(caseID: c.id, keyQuestion: kq, first: a, second: b))
                }
            }
        }
        keyQuestions = order.compactMap { id in tables[id].map { KeyQuestionAgreement(keyQuestion: id, table: $0) } }
        overall = keyQuestions.reduce(AgreementTable()) { $0 + $1.table }
        disagreements = found
        casesInBoth = both
        onlyInFirst = first.cases.map(\.id).filter { secondByID[$0] == nil }
        onlyInSecond = second.cases.map(\.id).filter { !firstIDs.contains($0) }
    }
}
