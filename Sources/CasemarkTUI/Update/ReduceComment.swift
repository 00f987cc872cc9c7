import CasemarkModel

/// `C`: a QA comment on the selected key question (marking screen) or the selected case (case
/// list). Marking, the comment is part of the case's next save; reviewing read-only
/// (`--review`), it is handed to the shell as a comment alone (`Effect.addComment`), which can
/// change nothing else in the file.
func startComment(_ state: inout AppState) -> [Effect] {
    guard state.canComment else {
        state.status = StatusMessage("read-only: open with --review to leave QA comments (answers stay unchangeable)")
        return []
    }
    switch state.screen {
    case .marking:
        guard let marking = state.marking, let c = state.session.caseWith(id: marking.caseID) else { return [] }
        let questions = c.markedKeyQuestions(in: state.framework)
        let kq = questions.indices.contains(marking.row) ? questions[marking.row].keyQuestion.id : nil
        state.overlay = .comment(CommentDraft(caseID: c.id, keyQuestion: kq))
    case .cases:
        guard let id = state.list.selectedID else {
            state.status = StatusMessage("no case selected")
            return []
        }
        state.overlay = .comment(CommentDraft(caseID: id, keyQuestion: nil))
    case .reading:
        guard let reading = state.reading, let c = state.session.caseWith(id: reading.caseID) else { return [] }
        // The key question at the top of the page, as v opens it.
        let page = ReadingPage.page(state, c)
        let questions = c.markedKeyQuestions(in: state.framework)
        let top = min(max(0, reading.scroll), max(0, page.lines.count - ReadingPage.bodyHeight(state)))
        let row = page.keyQuestions.last { $0.line <= top }?.index ?? 0
        state.overlay = .comment(CommentDraft(caseID: c.id, keyQuestion: questions.indices.contains(row) ? questions[row].keyQuestion.id : nil))
    default:
        state.status = StatusMessage("C: comments are left from the case list, a case or the marking screen")
    }
    return []
}

func handleComment(_ draft: CommentDraft, _ binding: KeyBinding?, _ key: KeyEvent, _ state: inout AppState, _ moment: Moment) -> [Effect] {
    var draft = draft
    switch binding?.command {
    case .confirm:
        guard var c = state.session.caseWith(id: draft.caseID) else {
            state.overlay = nil
            return []
        }
        let entry: CommentEntry
        do {
            entry = try c.addComment(draft.field.text, on: draft.keyQuestion, in: state.framework, by: state.inspector, at: moment.now)
        } catch {
            state.status = StatusMessage("\(error)")
            return []
        }
        state.overlay = nil
        state.status = StatusMessage("comment left on \(draft.caseID) \(draft.keyQuestion ?? "(the case)")")
        if state.readOnly {
            // Reviewing: the comment alone goes to the file; the answers are not this session's to write.
            state.adoptComments(c)
            return [.addComment(caseID: c.id, entry: entry)]
        }
        return state.commit(c)
    case .cancel:
        state.overlay = nil
        state.status = StatusMessage("no comment left")
    case .deleteBackward:
        draft.field.deleteBackward()
        state.overlay = .comment(draft)
    default:
        if case .char(let c) = key {
            draft.field.insert(c)
            state.overlay = .comment(draft)
        }
    }
    return []
}
