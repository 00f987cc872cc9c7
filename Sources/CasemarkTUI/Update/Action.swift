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
    /// The save was refused: another process changed the same fields differently. `disk` is the
    /// case as it saved it, when its file could be read.
    case saveConflict(caseID: String, fields: [String], disk: Case?)
    /// The case as its file now holds it, read again at the inspector's asking.
    case reloaded(Case)
    case reloadFailed(caseID: String, message: String)
    /// The session was to end, but a save made on the way failed: ask before losing it.
    case quitRequested
    /// A QA comment left while reviewing is in the case file, which now holds `Case`.
    case commented(Case, file: String)
    case commentFailed(caseID: String, message: String)
    /// A review made in the QA mode is in the case file, which now holds `Case`.
    case reviewed(Case, file: String)
    case reviewFailed(caseID: String, message: String)
}

/// A quality lead's decision on a complete case.
public enum ReviewDecision: Equatable, Sendable {
    case approve
    case `return`(reason: String)
}

/// What the shell must do for the state: values, executed outside `reduce`, whose outcomes come
/// back as actions.
public enum Effect: Equatable, Sendable {
    /// Write this case durably before the next key is handled.
    case save(Case)
    /// Read this case's file again and report it as `reloaded`.
    case reload(caseID: String)
    /// Mark the case as open here, for other casemark processes to see; if another already has
    /// it open, report it as `caseInUse`.
    case beginEditing(caseID: String)
    /// Release that mark.
    case endEditing(caseID: String)
    /// Add this QA comment entry to the case's file, and nothing else (reviewing read-only).
    case addComment(caseID: String, entry: CommentEntry)
    /// Record this review on the case's file and nothing else (the QA mode), unless the case's
    /// review has changed there since it was seen (`seen`: the ids of its review's heads then).
    case review(caseID: String, decision: ReviewDecision, seen: [String])
    /// End the session once this moment's saves are done; if one of them fails, report
    /// `quitRequested` instead of ending.
    case quit
    /// End the session whatever is not saved: the inspector agreed to lose it.
    case quitLosingUnsaved
}
