import CasemarkModel

/// What a screen's reducer hands back to the top reducer: the parts of a key that reach beyond
/// the screen's own state (The Composable Architecture's delegate actions). A screen's reducer
/// changes only its own state; it reads the rest of the state, and asks for the rest here.
/// `reduce` carries it out in this order: the changed case committed, the status line set, the
/// box opened, the move made, the effects passed on.
struct ScreenOutcome {
    /// The case as the key changed it: committed by the parent (`AppState.commit`), which saves it.
    var changed: Case?
    var status: StatusMessage?
    var overlay: Overlay?
    var move: Move?
    /// Effects other than the save of `changed` (a reload).
    var effects: [Effect] = []

    /// A move to another screen or another case: the parent's, since it reaches across screens.
    enum Move: Equatable {
        /// The marking screen on a case, at its first unanswered key question, or at `row`.
        case mark(caseID: String, row: Int? = nil)
        /// A case read whole, from the top or from a key question's section.
        case read(caseID: String, keyQuestion: Int? = nil)
        /// Back to the list, on the case just left.
        case backToList(on: String?)
        /// The previous (-1) or next (+1) case of the list, marked.
        case stepMarking(Int)
        /// The previous (-1) or next (+1) case of the list, read.
        case stepReading(Int)
        case results(returnTo: Screen.ReturnScreen)
        /// The screen the results were opened from, or the list.
        case leaveResults(returnTo: Screen.ReturnScreen)
    }

    mutating func say(_ text: String, kind: StatusMessage.Kind = .info) {
        status = StatusMessage(text, kind: kind)
    }
}
