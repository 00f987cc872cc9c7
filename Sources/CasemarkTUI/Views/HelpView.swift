import CasemarkModel

/// `?`: every key of the current screen, from the same table the screen handles keys with, and
/// what the words and marks on the screens mean.
public enum HelpView {

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, scroll: Int) {
        buffer.fill(x: 0, y: 0, width: buffer.width, height: buffer.height)
        let table = keyTable(for: state.screen, review: state.review)
        Chrome.header(&buffer, row: 0, left: "Help: \(table.title) keys", right: state.readOnly ? "READ-ONLY" : "")
        let all = HelpPage.lines(state)
        var rows = buffer.height - 3
        let scroll = min(scroll, HelpPage.lastScroll(state))
        // When there is more than fits, the last row says so: the keys below are easily missed.
        let more = all.count - scroll > rows && rows > 1
        if more { rows -= 1 }
        for (offset, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            buffer.put(line.text, x: 0, y: 1 + offset, style: line.style)
        }
        if more {
            let down = KeyTables.help.binding(doing: .down)?.label ?? ""
            buffer.put("\(down): \(all.count - scroll - rows) more lines", x: 0, y: 1 + rows, style: .dim)
        }
        buffer.cursor = Position(x: 0, y: 1)
        Chrome.hints(&buffer, KeyTables.help, readOnly: state.readOnly, row: buffer.height - 1)
    }
}
