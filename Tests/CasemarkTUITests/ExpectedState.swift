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
        get { state.navigation.width }
        set { state.navigation.width = newValue }
    }
    var screen: Screen {
        get { state.navigation.screen }
        set { state.navigation.screen = newValue }
    }
    var overlay: Overlay? {
        get { state.navigation.overlay }
        set { state.navigation.overlay = newValue }
    }
    var status: StatusMessage {
        get { state.navigation.status }
        set { state.navigation.status = newValue }
    }
    var notice: String? {
        get { state.navigation.notice }
        set { state.navigation.notice = newValue }
    }

    // Each screen's own place.
    var list: CaseListState {
        get { state.navigation.list }
        set { state.navigation.list = newValue }
    }
    var listOfficer: String? {
        get { state.navigation.listOfficer }
        set { state.navigation.listOfficer = newValue }
    }
    var marking: MarkingState? {
        get { state.navigation.marking }
        set { state.navigation.marking = newValue }
    }
    var reading: ReadingState? {
        get { state.navigation.reading }
        set { state.navigation.reading = newValue }
    }
    var moderation: ModerationState? {
        get { state.navigation.moderation }
        set { state.navigation.moderation = newValue }
    }
    var resultsScroll: Int {
        get { state.navigation.resultsScroll }
        set { state.navigation.resultsScroll = newValue }
    }
    var resultsMode: ResultsMode {
        get { state.navigation.resultsMode }
        set { state.navigation.resultsMode = newValue }
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
        before.caseWith(id: id)!
    }

    /// `new` replaces its case in the session. The counts expected are worked out again from all
    /// the cases (`Scoring.init`), not moved by the difference as the reducer moves them, so a
    /// mistake in either shows; the list is to be ordered again when next shown.
    mutating func caseIs(_ new: Case) {
        let index = state.session.cases.firstIndex { $0.id == new.id }!
        state.session.cases[index] = new
        recount()
        state.navigation.list.stale = true
    }

    /// The officer chosen for the results and the list (nil: everybody), with their counts.
    mutating func officerIs(_ name: String?) {
        state.session.officerScope = name
        state.navigation.listOfficer = name
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
    /// New change ids counted from `prefix`1, so expected cases can be written out.
    mutating func countChangeIDs(prefix: String) {
        session.changeIDs = .counting(prefix: prefix, next: 1)
    }

    /// The id counter as `other` left it: bookkeeping a test does not state.
    mutating func takeChangeIDs(from other: AppState) {
        session.changeIDs = other.session.changeIDs
    }

    /// The status line cleared, as a test's starting point.
    mutating func clearStatus() {
        navigation.status = .none
    }
}
