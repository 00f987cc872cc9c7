import CasemarkModel

@testable import CasemarkTUI

/// The state a step of a `ReducerTest` expects, written as the state before plus named changes
/// (`$0.marking?.row = 1`), and the effects it expects. Every part of the state a test names is
/// reached through this type, so when the state's shape changes only this file follows it.
struct Expected {
    /// The state before the step, to read from (the case as it was, say).
    let before: AppState
    var state: AppState
    var effects: [Effect] = []

    init(before: AppState) {
        self.before = before
        state = before
    }

    // What the person sees: the window, the screen, the box over it, the status line.
    var width: Int {
        get { state.width }
        set { state.width = newValue }
    }
    var screen: Screen {
        get { state.screen }
        set { state.screen = newValue }
    }
    var overlay: Overlay? {
        get { state.overlay }
        set { state.overlay = newValue }
    }
    var status: StatusMessage {
        get { state.status }
        set { state.status = newValue }
    }
    var notice: String? {
        get { state.notice }
        set { state.notice = newValue }
    }

    // Each screen's own place.
    var list: CaseListState {
        get { state.list }
        set { state.list = newValue }
    }
    var marking: MarkingState? {
        get { state.marking }
        set { state.marking = newValue }
    }
    var reading: ReadingState? {
        get { state.reading }
        set { state.reading = newValue }
    }
    var moderation: ModerationState? {
        get { state.moderation }
        set { state.moderation = newValue }
    }
    var resultsScroll: Int {
        get { state.results.scroll }
        set { state.results.scroll = newValue }
    }
    var resultsMode: ResultsMode {
        get { state.results.mode }
        set { state.results.mode = newValue }
    }

    // The marking session: what is unsaved, in conflict, in use.
    var savedBase: [String: Case] {
        get { state.session.savedBase }
        set { state.session.savedBase = newValue }
    }
    var unsaved: [String: String] {
        get { state.session.unsaved }
        set { state.session.unsaved = newValue }
    }
    var conflicts: [String: SaveConflict] {
        get { state.session.conflicts }
        set { state.session.conflicts = newValue }
    }
    var caseMarkedInUse: String? {
        get { state.session.caseMarkedInUse }
        set { state.session.caseMarkedInUse = newValue }
    }

    /// The case as it was before the step.
    func caseBefore(_ id: String) -> Case {
        before.session.caseWith(id: id)!
    }

    /// `new` replaces its case in the session. The counts expected are worked out again from all
    /// the cases (`Scoring.init`), not moved by the difference as the reducer moves them, so a
    /// mistake in either shows.
    mutating func caseIs(_ new: Case) {
        let index = state.session.cases.firstIndex { $0.id == new.id }!
        state.session.cases[index] = new
        recount()
    }

    /// The officer chosen for the results and the list (nil: everybody), with their counts.
    mutating func officerIs(_ name: String?) {
        state.session.officerScope = name
        recount()
    }

    private mutating func recount() {
        let cases = state.session.cases
        state.session.scoring = Scoring(framework: state.framework, cases: cases)
        state.session.officerScoring = state.session.officerScope.map {
            Scoring(framework: state.framework, cases: Officers.cases(of: $0, in: cases))
        }
    }
}

extension AppState {
    /// The status line cleared, as a test's starting point.
    mutating func clearStatus() {
        status = .none
    }
}
