import CasemarkModel

/// Where the note editor sits and how wide the note is wrapped: the cursor keys move by that
/// width (the reducer) and the view draws in that area.
public enum NoteEditorArea {
    /// The width the note is wrapped to, which the cursor keys also move by.
    public static func textWidth(_ state: AppState) -> Int {
        max(1, area(state).width)
    }

    static func area(_ state: AppState) -> Rect {
        let layout = MarkingLayout(width: state.width, height: state.height)
        if layout.stacked {
            return Rect(x: 0, y: layout.questions.y, width: state.width, height: layout.liveRows.first! - layout.questions.y)
        }
        return layout.detail
    }
}
