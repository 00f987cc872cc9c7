import CasemarkModel

/// The officer picker: typing narrows, Enter chooses; a name that matches nobody says so in the
/// status line, naming the officers there are, and the picker stays open to try again.
func pickOfficer(_ picker: inout OfficerPicker, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState) {
    let choices = picker.choices(in: state.session.cases)
    switch command {
    case .up:
        picker.row = max(0, picker.row - 1)
    case .down:
        picker.row = max(0, min(choices.count - 1, picker.row + 1))
    case .cancel:
        state.overlay = nil
        return
    case .deleteBackward:
        picker.field.deleteBackward()
        picker.row = 0
    case .confirm:
        guard choices.indices.contains(picker.row) else {
            let names = Officers.summaries(of: state.session.cases).map(\.name).joined(separator: ", ")
            state.status = StatusMessage("No officer matches “\(picker.field.text.trimmed)”. The officers are: \(names)")
            break
        }
        state.overlay = nil
        state.choose(choices[picker.row])
        return
    default:
        guard case .char(let c) = key else { break }
        picker.field.insert(c)
        picker.row = 0
    }
    state.overlay = .officerPicker(picker)
}

extension AppState {
    /// `officer`'s figures in the results and only their cases in the list (nil: everybody's),
    /// wherever they are chosen: a manager who picks Zoë on the results and goes back expects
    /// Zoë's cases, not the officer they opened with (issue 21.6; the list once stayed as it was).
    /// A case open behind the results that is not theirs is left, as the list no longer holds it.
    mutating func choose(_ officer: OfficerSummary?) {
        var onResults = false
        if case .results = screen { onResults = true }
        chooseOfficer(officer?.name)
        results.scroll = 0
        if let open = marking?.caseID ?? reading?.caseID, let c = session.caseWith(id: open), !session.inScope(c) {
            marking = nil
            reading = nil
            if !onResults { screen = .cases }
        }
        // The results compare all of the officer's cases; the list may be filtered further.
        let count = officer.map { onResults ? $0.caseCount : session.visibleCaseCount } ?? session.visibleCaseCount
        let cases = "\(count) case\(count == 1 ? "" : "s")"
        if let officer {
            let grade = officer.grades.isEmpty ? "" : " (\(officer.grades.joined(separator: "/")))"
            status = StatusMessage(onResults
                ? "\(officer.name)\(grade): \(cases), beside the whole sample; the list shows only theirs"
                : "\(officer.name)\(grade): \(cases); r shows their results beside the whole sample")
        } else {
            status = StatusMessage("every officer: \(cases)")
        }
    }
}
