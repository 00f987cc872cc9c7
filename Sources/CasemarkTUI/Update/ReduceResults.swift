func handleResults(_ command: KeyIntent, _ returnTo: Screen.ReturnScreen, _ state: inout AppState) -> [Effect] {
    let height = ResultsPage.bodyHeight(state)
    let lastStart = max(0, ResultsPage.lineCount(state) - height)
    let page = max(1, height)
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
        state.resultsScroll = scrolled(state.resultsScroll, by: command, page: page, lastStart: lastStart)
    case .officer:
        state.overlay = .officerPicker(OfficerPicker())
        return []
    case .breakdown:
        state.resultsMode = state.resultsMode.next
        state.resultsScroll = 0
        state.status = StatusMessage(
            state.resultsMode == .table ? "back to the results table" : "the whole inspection \(state.resultsMode.title) (b: next)")
        return []
    case .back:
        switch returnTo {
        case .marking where state.marking != nil: state.screen = .marking
        case .reading where state.reading != nil: state.screen = .reading
        default:
            state.screen = .cases
            state.refreshList()
        }
    default: break
    }
    state.resultsScroll = max(0, min(state.resultsScroll, lastStart))
    return []
}

extension AppState {
    /// The results, from the top of the table (not a breakdown left from last time).
    mutating func openResults(returnTo: Screen.ReturnScreen) {
        screen = .results(returnTo: returnTo)
        resultsScroll = 0
        resultsMode = .table
    }
}
