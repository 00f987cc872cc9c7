import CasemarkModel

/// Everything that can happen to the application: a key, or the outcome of an effect.
public enum Action: Equatable, Sendable {
    case key(KeyEvent)
    case saved(caseID: String, file: String)
    case saveFailed(caseID: String, message: String)
    /// The save merged in another process's change to other fields: this is the case now.
    case mergedOnDisk(Case)
    /// Another casemark has this case open ("in use by Sam since …").
    case caseInUse(caseID: String, holder: String)
    /// Time passed with a save still failing: try again.
    case retrySaves
}

/// What the shell must do for the state: values, executed outside `reduce`, whose outcomes come
/// back as actions.
public enum Effect: Equatable, Sendable {
    /// Write this case durably before the next key is handled.
    case save(Case)
    case quit
}
