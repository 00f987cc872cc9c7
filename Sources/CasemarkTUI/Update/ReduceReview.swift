import CasemarkModel

/// `A` and `R` in the QA mode (`--review`): approve the selected or open case, or return it to
/// its marker with a reason typed in a box. The screens stay read-only for answers: the decision
/// goes to the shell as a review alone (`Effect.review`), written on the case as its file holds
/// it, so nothing else of the case can change through it.
func startReview(_ command: KeyIntent, _ state: inout AppState) -> [Effect] {
    guard state.review else {
        state.status = StatusMessage("A and R review cases in the QA mode: open with --review")
        return []
    }
    guard let id = state.reviewedCaseID, let c = state.session.caseWith(id: id) else {
        state.status = StatusMessage("no case selected")
        return []
    }
    // The model's rules, tried on a copy, so a refusal is said before any box opens.
    var trial = c
    do {
        if command == .approve {
            try trial.approve(by: state.inspector, at: "", changeID: "-", completionID: "-")
        } else {
            try trial.returnToMarker(reason: "-", by: state.inspector, at: "", changeID: "-", reopenID: "-")
        }
    } catch {
        state.status = StatusMessage("\(error)")
        return []
    }
    let seen = c.reviewHeads.map(\.id).sorted()
    if command == .approve {
        state.status = StatusMessage("approving \(id)…")
        return [.review(caseID: id, decision: .approve, seen: seen)]
    }
    state.overlay = .returnReason(caseID: id, field: TextField())
    return []
}

func handleReturnReason(_ id: String, _ field: inout TextField, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState) -> [Effect] {
    switch command {
    case .confirm:
        let reason = field.text.trimmed
        if let problem = reason.isEmpty ? CaseReviewError.reasonRequired : Case.reviewTextProblem(reason, what: "reason") {
            state.status = StatusMessage(problem == .reasonRequired ? "a return needs a reason: what is the marker to put right?" : "\(problem)")
            return []
        }
        state.overlay = nil
        guard let c = state.session.caseWith(id: id) else { return [] }
        state.status = StatusMessage("returning \(id)…")
        return [.review(caseID: id, decision: .return(reason: reason), seen: c.reviewHeads.map(\.id).sorted())]
    case .cancel:
        state.overlay = nil
        state.status = StatusMessage("\(id) not returned")
    case .deleteBackward:
        field.deleteBackward()
        state.overlay = .returnReason(caseID: id, field: field)
    default:
        if case .char(let c) = key {
            field.insert(c)
            state.overlay = .returnReason(caseID: id, field: field)
        }
    }
    return []
}

extension AppState {
    /// The case `A` and `R` act on: the one open, or the one selected in the list.
    var reviewedCaseID: String? {
        switch screen {
        case .marking: marking?.caseID
        case .reading: reading?.caseID
        case .cases: list.selectedID
        default: nil
        }
    }

}
