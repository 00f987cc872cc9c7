import CasemarkModel

/// The box a QA comment is typed in, naming what it is about.
enum CommentView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, _ draft: CommentDraft) {
        let width = min(70, buffer.width)
        let about = draft.keyQuestion.map { "\(draft.caseID) \($0)" } ?? "\(draft.caseID) (the case as a whole)"
        let inside = Chrome.box(&buffer, title: "QA comment on \(about)", width: width, height: 4)
        buffer.put("For the marking inspector; never changes an answer:", x: inside.x, y: inside.y, limit: inside.width)
        DialogView.textField(&buffer, draft.field, x: inside.x, y: inside.y + 1, width: inside.width)
    }
}
