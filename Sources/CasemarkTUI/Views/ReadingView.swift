import CasemarkModel

/// One case read whole, as a page that scrolls: for every key question of its sample, the answer
/// with who gave it and when, the prompts (ticked or not) and the whole evidence note, and any
/// earlier judgement the history keeps. Nothing on it can be changed.
enum ReadingView {

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let reading = state.reading, let c = state.session.caseWith(id: reading.caseID) else { return }
        let layout = ListLayout(width: buffer.width, height: buffer.height)
        let progress = c.progress(in: state.framework)
        let position = state.list.order.firstIndex(of: c.id).map { "case \($0 + 1) of \(state.list.order.count)" } ?? ""
        let statusWord = c.status == .complete ? "complete ✓" : progress.status.displayName
        let right = ([state.readOnly ? "READ-ONLY" : "", statusWord, buffer.width < 60 ? "" : position])
            .filter { !$0.isEmpty }.joined(separator: " · ")
        Chrome.header(
            &buffer, row: layout.headerRow,
            left: "\(c.id) · \(Wording.officer(c.responsibleOfficer)) · \(Wording.sampleTitle(c.sample, state.framework))",
            right: right)

        let page = ReadingPage.page(state, c)
        let body = layout.rows
        let scroll = max(0, min(reading.scroll, page.lines.count - body.height))
        let details = MarkingView.attributeTexts(c, state.framework) + ["\(progress.answered) of \(progress.applicable) answered"] + [ReadingPage.lastEvent(c)].compactMap { $0 }
        let shown = page.lines.isEmpty ? "" : "lines \(scroll + 1)–\(min(page.lines.count, scroll + body.height)) of \(page.lines.count)"
        Chrome.header(&buffer, row: layout.columnsRow, left: details.joined(separator: " · "),
                      right: page.lines.count > body.height ? shown : "", style: .dim)
        for (offset, line) in page.lines.dropFirst(scroll).prefix(body.height).enumerated() {
            buffer.put(line.text, x: 0, y: body.y + offset, style: line.style)
        }
        buffer.cursor = body.height > 0 ? Position(x: 0, y: body.y) : nil
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, keyTable(for: .reading, review: state.review), readOnly: state.readOnly, row: layout.hintRow)
    }
}
