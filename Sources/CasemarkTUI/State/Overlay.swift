/// Something drawn over the current screen that takes the keys until it is closed.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    case confirm(Confirmation)
    case reopenReason(TextField)
    case filter(FilterMenu)
    case search(TextField)
    case noteEditor(NoteEditor)
    case officerPicker(OfficerPicker)
    case comment(CommentDraft)
    /// `R` in the QA mode: the reason a case is returned to its marker, being typed.
    case returnReason(caseID: String, field: TextField)
}

/// A yes/no question before something hard to take back.
public enum Confirmation: Equatable, Sendable {
    /// Completing a case with applicable key questions still unanswered.
    case complete(caseID: String, unanswered: [String])
    /// Quitting while a case's latest change is not on disk.
    case quitUnsaved
}

/// The filter being chosen: which line (sample, officer, status) and the choices so far.
public struct FilterMenu: Equatable, Sendable {
    public var row = 0
    public var filter: CaseFilter

    public init(filter: CaseFilter) { self.filter = filter }
}
