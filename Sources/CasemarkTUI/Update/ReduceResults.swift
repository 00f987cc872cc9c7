func handleResults(_ command: Command, _ returnTo: Screen.ReturnScreen, _ state: inout AppState) -> [Effect] {
    let layout = ListLayout(width: state.width, height: state.height)
    let lastStart = max(0, ResultsView.lineCount(state) - layout.rows.height)
    let page = max(1, layout.rows.height)
    switch command {
    case .up: state.resultsScroll -= 1
    case .down: state.resultsScroll += 1
    case .pageUp: state.resultsScroll -= page
    case .pageDown: state.resultsScroll += page
    case .top: state.resultsScroll = 0
    case .bottom: state.resultsScroll = lastStart
    case .back:
        state.screen = returnTo == .marking && state.marking != nil ? .marking : .cases
        if state.screen == .cases { state.refreshList() }
    default: break
    }
    state.resultsScroll = max(0, min(state.resultsScroll, lastStart))
    return []
}
