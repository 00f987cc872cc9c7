/// The results screen's reducer: scrolling and the breakdowns (its own state); the officer picker
/// and going back are asked of the parent.
enum ResultsScreen {
    static func reduce(
        _ results: inout ResultsState, _ command: KeyIntent, _ returnTo: Screen.ReturnScreen, _ app: AppState, _ out: inout ScreenOutcome
    ) {
        let height = ResultsPage.bodyHeight(app)
        let lastStart = max(0, ResultsPage.lineCount(app) - height)
        let page = max(1, height)
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            results.scroll = scrolled(results.scroll, by: command, page: page, lastStart: lastStart)
        case .officer:
            out.overlay = .officerPicker(OfficerPicker())
            return
        case .breakdown:
            results.mode = results.mode.next
            results.scroll = 0
            out.say(results.mode == .table ? "back to the results table" : "the whole inspection \(results.mode.title) (b: next)")
            return
        case .back:
            out.move = .leaveResults(returnTo: returnTo)
        default: break
        }
        results.scroll = max(0, min(results.scroll, lastStart))
    }
}
