import CasemarkModel

/// Where a case stands, as the list of cases shows it.
public enum ProgressStatus: String, CaseIterable, Sendable {
    case notStarted = "not started"
    case inProgress = "in progress"
    case complete

    public var displayName: String { rawValue }
}

/// Answered of applicable key questions for one case: applicable ones are those of the case's
/// sample that its attributes do not rule out.
public struct CaseProgress: Equatable, Sendable {
    public var answered: Int
    public var applicable: Int
    public var status: ProgressStatus

    public var unanswered: Int { applicable - answered }
}

extension Case {
    public func progress(in framework: Framework) -> CaseProgress {
        var answered = 0
        var applicable = 0
        for standard in framework.standards(forSample: sample) {
            for kq in standard.keyQuestions {
                switch classification(for: kq, of: standard) {
                case .notApplicableByAttribute, nil: continue
                case .unanswered, .inConflict: applicable += 1
                case .yes, .no, .notApplicable:
                    applicable += 1
                    answered += 1
                }
            }
        }
        let status: ProgressStatus
        if self.status == .complete {
            status = .complete
        } else if answers.values.allSatisfy(\.isEmpty) {
            status = .notStarted
        } else {
            status = .inProgress
        }
        return CaseProgress(answered: answered, applicable: applicable, status: status)
    }

    /// The ids of the key questions that apply to this case and have no answer yet, in order.
    public func unansweredKeyQuestions(in framework: Framework) -> [String] {
        framework.standards(forSample: sample).flatMap { standard in
            standard.keyQuestions.filter { classification(for: $0, of: standard) == .unanswered }.map(\.id)
        }
    }
}
