import CasemarkModel

/// What a key asks for, before any screen decides what that means for the state.
public enum KeyIntent: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case nextPane, previousPane
    case open, back, quit, help, results
    case search, filter, sort, clearSearch
    case answer(Judgement), clearAnswer, tickPrompt, editNote
    case previousCase, nextCase, nextUnanswered, jumpToStandard
    case undo, redo, complete, reopen, reload
    /// Settle a conflict by taking the first (0) or second (1) value shown.
    case takeSide(Int)
    // The manager's review: choose an officer, cycle the breakdowns, read a case whole, or step
    // through its key questions.
    case officer, breakdown, read, mark
    // Moderation: step to the next disagreement not yet settled.
    case nextUnsettled
    // QA comments: leave one on the selected case or key question.
    case comment
    // Review stages (`--review`): approve the case, or return it to its marker with a reason.
    case approve, returnCase
    // Inside overlays.
    case confirm, cancel, change(Int), clearFilter
    case finish, newline, left, right, lineStart, lineEnd, deleteBackward, deleteForward, type
}
