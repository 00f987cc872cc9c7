import CasemarkModel

/// The whole application as a value: what never changes while casemark runs (the framework,
/// the inspection's record, who is marking, read-only or not), the marking session (the cases,
/// the live scoring, what is unsaved) and the navigation (screen, overlay, list, scroll, status,
/// size). Only `reduce` changes it; the views only read it. Both halves, and so the whole, can be
/// compared: a reducer test states the whole state it expects after a key.
public struct AppState: Sendable, Equatable {
    public let framework: Framework
    public let record: InspectionRecord
    /// Who is marking: stamped on every answer and history entry.
    public var inspector: String
    /// True when `inspector` is only the login name (no --inspector, no CASEMARK_INSPECTOR): the
    /// case list's header then says how to set it.
    public var inspectorIsLoginName = false
    /// Nothing can change: every edit key is refused in `reduce` with "read-only" in the status line.
    public let readOnly: Bool
    /// Read-only, but QA comments may be left (`--review`): they never change an answer.
    public let review: Bool
    /// Where answers are written, for the status line.
    public let location: String
    /// Each key question's wording as the narrow list shows it (see `Wording.distinctiveText`),
    /// worked out once: the framework does not change while marking.
    public let shortWording: [String: String]

    /// Changed only by the reducer (through `commit`, `adopt` and the save results), so the
    /// counts always follow the cases.
    public internal(set) var session: MarkingSession
    public var navigation: Navigation

    /// Gives this state a list of cases of its own, if it shares one with another copy of the
    /// state (the one its maker still holds): otherwise the first answer would copy every case
    /// on the key press itself (tens of milliseconds at 100,000 cases).
    public mutating func takeOwnCaseList() {
        session.cases.reserveCapacity(session.cases.count + 1)
    }

    public init(
        inspection: Inspection, inspector: String, readOnly: Bool = false, officer: String? = nil,
        location: String = "", width: Int = 80, height: Int = 24, review: Bool = false
    ) {
        framework = inspection.framework
        record = inspection.record
        session = MarkingSession(
            cases: inspection.cases, framework: inspection.framework, scoring: inspection.scoring(), officer: officer)
        var wording: [String: String] = [:]
        for standard in inspection.framework.standards {
            for kq in standard.keyQuestions { wording[kq.id] = Wording.distinctiveText(kq, in: standard) }
        }
        shortWording = wording
        self.inspector = inspector
        self.readOnly = readOnly
        self.review = readOnly && review
        self.location = location
        var status = StatusMessage(
            readOnly ? (readOnly && review ? "QA review: answers read-only · A approves, R returns, C comments" : "read-only: nothing can be changed")
                : (location.isEmpty ? "" : "answers are saved in \(location)"))
        if readOnly, let officerScope = session.officerScope {
            status = StatusMessage("read-only · r: \(officerScope)'s results beside the whole sample")
        }
        navigation = Navigation(width: width, height: height, status: status)
        navigation.listOfficer = session.officerScope
        refreshList()
    }

    /// Case files that could not be read on opening, counted as files (one file can have
    /// several problems).
    public mutating func noteUnreadable(files: some Sequence<String>, first: String? = nil) {
        let count = Set(files).count
        guard count > 0 else { return }
        let what = count == 1 ? "1 case file" : "\(count) case files"
        // It matters more than where answers are saved.
        if status.kind == .info { status = .none }
        let named = first.map { "\($0); " } ?? ""
        notice = "\(what) could not be read and \(count == 1 ? "is" : "are") left untouched: \(named)casemark validate lists them (Esc hides this)"
    }

    public func caseWith(id: String) -> Case? { session.indexByID[id].map { session.cases[$0] } }

    /// The one way a case changes: the scoring moves by the difference, and the change is saved.
    /// Refused when read-only, whatever asked for it.
    mutating func commit(_ new: Case) -> [Effect] {
        guard !readOnly, let index = session.indexByID[new.id] else { return [] }
        let old = session.cases[index]
        guard old != new else { return [] }
        if savedBase[new.id] == nil { savedBase[new.id] = old }
        session.cases[index] = new
        session.scoring.replace(old, with: new)
        rescoreOfficer(old, new)
        list.stale = true
        return [.save(new)]
    }

    /// Takes in a case as the store now holds it (another process's change merged in), with no
    /// save: it is already on disk.
    mutating func adopt(_ c: Case) {
        guard let index = session.indexByID[c.id] else { return }
        session.scoring.replace(session.cases[index], with: c)
        rescoreOfficer(session.cases[index], c)
        session.cases[index] = c
        list.stale = true
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// The case being marked, if any.
    public var currentCase: Case? { marking.flatMap { caseWith(id: $0.caseID) } }

    /// Whether `c` is one of the scoped officer's cases (any case, with no officer chosen).
    public func inScope(_ c: Case) -> Bool {
        guard let officerScope else { return true }
        return c.responsibleOfficer.name.matchKey == officerScope.matchKey
    }

    /// Keeps the officer's own counts in step with a case that changed.
    private mutating func rescoreOfficer(_ old: Case, _ new: Case) {
        guard officerScope != nil else { return }
        switch (inScope(old), inScope(new)) {
        case (true, true): session.officerScoring?.replace(old, with: new)
        case (true, false): session.officerScoring?.remove(old)
        case (false, true): session.officerScoring?.add(new)
        case (false, false): break
        }
    }

    /// Counts `officer`'s cases on their own for the results and lists only their cases (nil:
    /// everybody's). `officer` is matched as the command line matches it; false when nobody matches.
    @discardableResult
    mutating func chooseOfficer(_ officer: String?) -> Bool {
        var name: String?
        if let officer {
            guard let found = Officers.find(officer, in: cases) else { return false }
            name = found.name
        }
        session.officerScope = name
        session.officerScoring = name.map { Scoring(framework: framework, cases: Officers.cases(of: $0, in: cases)) }
        navigation.listOfficer = name
        // The filter's officer line would fight the choice.
        list.filter.officer = nil
        refreshList()
        return true
    }
}

/// The session's and the navigation's parts by their old names, so that reducers and views read
/// `state.cases` and `state.screen` as before; what each half holds is in its own type.
extension AppState {
    public var cases: [Case] { session.cases }
    public var scoring: Scoring { session.scoring }
    public var officerScope: String? { session.officerScope }
    public var officerScoring: Scoring? { session.officerScoring }
    /// The officer the list is narrowed to, if any.
    public var listOfficer: String? { navigation.listOfficer }
    public var unsaved: [String: String] {
        get { session.unsaved }
        set { session.unsaved = newValue }
    }
    public internal(set) var conflicts: [String: SaveConflict] {
        get { session.conflicts }
        set { session.conflicts = newValue }
    }
    var savedBase: [String: Case] {
        get { session.savedBase }
        set { session.savedBase = newValue }
    }
    public internal(set) var caseMarkedInUse: String? {
        get { session.caseMarkedInUse }
        set { session.caseMarkedInUse = newValue }
    }

    public var width: Int {
        get { navigation.width }
        set { navigation.width = newValue }
    }
    public var height: Int {
        get { navigation.height }
        set { navigation.height = newValue }
    }
    public var screen: Screen {
        get { navigation.screen }
        set { navigation.screen = newValue }
    }
    public var overlay: Overlay? {
        get { navigation.overlay }
        set { navigation.overlay = newValue }
    }
    public var list: CaseListState {
        get { navigation.list }
        set { navigation.list = newValue }
    }
    public var marking: MarkingState? {
        get { navigation.marking }
        set { navigation.marking = newValue }
    }
    public var reading: ReadingState? {
        get { navigation.reading }
        set { navigation.reading = newValue }
    }
    public var moderation: ModerationState? {
        get { navigation.moderation }
        set { navigation.moderation = newValue }
    }
    public var resultsScroll: Int {
        get { navigation.resultsScroll }
        set { navigation.resultsScroll = newValue }
    }
    public var resultsMode: ResultsMode {
        get { navigation.resultsMode }
        set { navigation.resultsMode = newValue }
    }
    public var status: StatusMessage {
        get { navigation.status }
        set { navigation.status = newValue }
    }
    public var notice: String? {
        get { navigation.notice }
        set { navigation.notice = newValue }
    }
}

/// The screens under the overlays.
public enum Screen: Equatable, Sendable {
    case cases
    case marking
    /// One case read whole: every answer, its prompts, note, who and when.
    case reading
    /// The results table; `back` returns to the screen it was opened from.
    case results(returnTo: ReturnScreen)
    /// The disagreements with a second marking, one at a time, to settle.
    case moderation

    public enum ReturnScreen: Equatable, Sendable {
        case cases
        case marking
        case reading
    }
}
