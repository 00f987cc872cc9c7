import CasemarkModel

/// The reading screen's reducer, a case read whole: scrolling and jumping to a standard (its own
/// state); stepping through the list's cases, over to the marking screen on the key question in
/// view, the results and back are asked of the parent.
enum ReadingScreen {
    static func reduce(
        _ reading: inout ReadingState, _ command: KeyIntent, _ key: KeyEvent, _ c: Case, _ app: AppState, _ out: inout ScreenOutcome
    ) {
        let page = ReadingPage.page(app, c)
        let height = max(1, ReadingPage.bodyHeight(app))
        let lastStart = max(0, page.lines.count - height)
        switch command {
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            reading.scroll = scrolled(reading.scroll, by: command, page: height, lastStart: lastStart)
        case .jumpToStandard:
            guard case .char(let digit) = key, let n = Int(String(digit)), page.standards.indices.contains(n - 1) else {
                out.say("this case has \(page.standards.count) standards")
                break
            }
            reading.scroll = page.standards[n - 1]
        case .previousCase, .nextCase:
            out.move = .stepReading(command == .nextCase ? 1 : -1)
            return
        case .mark:
            // On the key question at the top of the page, so the place is kept.
            let top = min(max(0, reading.scroll), lastStart)
            out.move = .mark(caseID: c.id, row: page.keyQuestions.last { $0.line <= top }?.index)
            return
        case .results:
            out.move = .results(returnTo: .reading)
            return
        case .back:
            out.move = .backToList(on: reading.caseID)
            return
        default:
            break
        }
        reading.scroll = max(0, min(reading.scroll, lastStart))
    }

    /// Where a case read from `keyQuestion`'s section starts (the top with none).
    static func opened(_ c: Case, at keyQuestion: Int?, _ app: AppState) -> ReadingState {
        var reading = ReadingState(caseID: c.id)
        if let keyQuestion {
            let page = ReadingPage.page(app, c)
            reading.scroll = page.keyQuestions.first { $0.index == keyQuestion }?.line ?? 0
            reading.scroll = min(reading.scroll, max(0, page.lines.count - ReadingPage.bodyHeight(app)))
        }
        return reading
    }
}
