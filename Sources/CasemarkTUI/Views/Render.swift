import CasemarkModel

/// The whole screen for a state: a pure function of the state and its size.
public func render(_ state: AppState) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    if state.isTooSmall {
        TooSmallView.draw(&buffer, state)
        return buffer
    }
    switch state.screen {
    case .cases: CasesView.draw(&buffer, state)
    case .marking: MarkingView.draw(&buffer, state)
    case .reading: ReadingView.draw(&buffer, state)
    case .results: ResultsView.draw(&buffer, state)
    case .moderation: ModerationView.draw(&buffer, state)
    }
    if let overlay = state.overlay {
        switch overlay {
        case .help(let scroll): HelpView.draw(&buffer, state, scroll: scroll)
        case .confirm(let confirmation): DialogView.confirm(&buffer, state, confirmation)
        case .reopenReason(let field): DialogView.reason(&buffer, state, field)
        case .filter(let menu): DialogView.filter(&buffer, state, menu)
        case .search(let field): DialogView.search(&buffer, state, field)
        case .noteEditor(let editor): NoteEditorView.draw(&buffer, state, editor)
        case .officerPicker(let picker): OfficerPickerView.draw(&buffer, state, picker)
        case .comment(let draft): CommentView.draw(&buffer, state, draft)
        case .returnReason(let id, let field): DialogView.returnReason(&buffer, id, field)
        }
        if case .help = overlay {} else {
            let row = buffer.height - 1
            buffer.fill(x: 0, y: row, width: buffer.width, height: 1)
            Chrome.hints(&buffer, keyTable(for: overlay), readOnly: state.readOnly, row: row)
        }
    }
    return buffer
}

/// What shows when the terminal is smaller than the screens can use; it recovers on resize.
enum TooSmallView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let message = "\(AppState.minimumWidth)×\(AppState.minimumHeight) needed, this is \(state.width)×\(state.height)"
        var lines = TextLayout.wrap(message, width: max(1, buffer.width))
        lines.append("q quits")
        for (row, line) in lines.prefix(buffer.height).enumerated() {
            buffer.put(line, x: 0, y: row, style: row < lines.count - 1 ? .bold : .plain)
        }
        buffer.cursor = buffer.width > 0 && buffer.height > 0 ? Position(x: 0, y: 0) : nil
    }
}
