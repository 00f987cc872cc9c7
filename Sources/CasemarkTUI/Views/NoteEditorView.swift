import CasemarkModel

/// The evidence-note editor, drawn over the detail pane: the note word-wrapped to the pane, with
/// the terminal cursor at the insertion point.
public enum NoteEditorView {

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, _ editor: NoteEditor) {
        let area = NoteEditorArea.area(state)
        guard area.height > 1 else { return }
        buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        buffer.put(TextLayout.fit("Note for \(editor.keyQuestion): saved as you type, Esc when done", to: area.width),
                   x: area.x, y: area.y, style: .selected)
        let place = editor.cursorPlace(width: NoteEditorArea.textWidth(state))
        let rows = area.height - 1
        let scroll = place.line >= rows ? place.line - rows + 1 : 0
        for (offset, range) in place.lines.dropFirst(scroll).prefix(rows).enumerated() {
            // A line may end with the space it wrapped at, one column past the edge: that space is
            // dropped, never the word's last letter (cut with "…").
            var text = String(editor.characters[range])
            while text.last == " ", CellWidth.of(text) > area.width { text.removeLast() }
            buffer.put(text, x: area.x, y: area.y + 1 + offset, limit: area.width)
        }
        buffer.cursor = Position(x: area.x + min(place.column, area.width - 1), y: area.y + 1 + place.line - scroll)
    }
}
