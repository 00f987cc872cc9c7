import CasemarkModel

/// The officer picker: typing narrows, Enter chooses; a name that matches nobody says so in the
/// status line, naming the officers there are, and the picker stays open to try again.
func pickOfficer(_ picker: inout OfficerPicker, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState) {
    let choices = picker.choices(in: state.cases)
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
            let names = Officers.summaries(of: state.cases).map(\.name).joined(separator: ", ")
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
    /// `officer`'s figures in the results (nil: nobody's). Chosen on the list, it also narrows the
    /// list to their cases, leaving a case that is no longer in it.
    mutating func choose(_ officer: OfficerSummary?) {
        var onResults = false
        if case .results = screen { onResults = true }
        // From the results, the choice adds the officer's figures there; the list behind (narrowed
        // to an officer or not), and the case the results were opened from, stay as they were.
        chooseOfficer(officer?.name, narrowingList: !onResults)
        resultsScroll = 0
        if !onResults, let open = marking?.caseID ?? reading?.caseID, let c = caseWith(id: open), !inScope(c) {
            marking = nil
            reading = nil
            screen = .cases
        }
        // On the results the list is not narrowed, so the count is the officer's own.
        let count = officer.map { onResults ? $0.caseCount : visibleCaseCount } ?? visibleCaseCount
        let cases = "\(count) case\(count == 1 ? "" : "s")"
        if let officer {
            let grade = officer.grades.isEmpty ? "" : " (\(officer.grades.joined(separator: "/")))"
            status = StatusMessage(onResults
                ? "\(officer.name)\(grade): \(cases), beside the whole sample (the list is unchanged)"
                : "\(officer.name)\(grade): \(cases); r shows their results beside the whole sample")
        } else {
            status = StatusMessage("every officer: \(cases)")
        }
    }
}
