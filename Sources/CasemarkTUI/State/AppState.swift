import CasemarkModel

/// The whole application as a value: the inspection being marked, the live scoring, and where the
/// inspector is. Only `reduce` changes it; the views only read it.
public struct AppState: Sendable {
    public let framework: Framework
    public let record: InspectionRecord
    /// In case-id order.
    public private(set) var cases: [Case]
    private var indexByID: [String: Int]
    /// Counts for every key question across the whole inspection, kept current one answer at a time.
    public private(set) var scoring: Scoring

    /// Who is marking: stamped on every answer and history entry.
    public var inspector: String
    /// True when `inspector` is only the login name (no --inspector, no CASEMARK_INSPECTOR): the
    /// case list's header then says how to set it.
    public var inspectorIsLoginName = false
    /// Nothing can change: every edit key is refused in `reduce` with "read-only" in the status line.
    public let readOnly: Bool
    /// Read-only, but QA comments may be left (`--review`): they never change an answer.
    public let review: Bool
    /// Only this responsible officer's cases are listed (`--officer`, or chosen with `o`); the
    /// live percentages stay whole-sample, and the results put the officer's beside them.
    public private(set) var officerScope: String?
    /// Whether the list of cases is narrowed to `officerScope`: an officer chosen on the case list
    /// (or with --officer) narrows it; one chosen on the results screen only adds their figures
    /// to the results, and the list behind stays as it was.
    public internal(set) var listNarrowedToOfficer = true
    /// The officer the list is narrowed to, if any.
    public var listOfficer: String? { listNarrowedToOfficer ? officerScope : nil }
    /// The scoped officer's cases counted on their own, kept current as `scoring` is.
    public private(set) var officerScoring: Scoring?
    /// Where answers are written, for the status line.
    public let location: String

    /// Each key question's wording as the narrow list shows it (see `MarkingView.distinctiveText`),
    /// worked out once: the framework does not change while marking.
    public let shortWording: [String: String]

    public var width: Int
    public var height: Int
    public var screen: Screen = .cases
    public var overlay: Overlay?
    public var list = CaseListState()
    public var marking: MarkingState?
    /// The case being read whole.
    public var reading: ReadingState?
    /// The disagreements with a second marking, when opened with `--moderate`.
    public var moderation: ModerationState?
    public var resultsScroll = 0
    /// The results table, or one of its breakdowns (`b` cycles).
    public var resultsMode = ResultsMode.table
    public var status: StatusMessage
    /// Something found on opening that must not pass with the next key (files that cannot be
    /// read): shown on the status line whenever nothing newer is, until Esc dismisses it.
    public var notice: String?
    /// Cases whose latest version is not on disk, with the reason; retried until saved.
    public var unsaved: [String: String] = [:]
    /// Cases whose save clashed with another process's change to the same answer: not retried,
    /// kept on screen until reloaded (`R`).
    public internal(set) var conflicts: [String: SaveConflict] = [:]
    /// Each case with a change not yet saved, as it was before that change: what the file on
    /// disk held as far as this process knows, so a reload can tell whose change is whose.
    var savedBase: [String: Case] = [:]
    /// The case this process has asked to be marked as in use (`Effect.beginEditing`), if any.
    public internal(set) var caseMarkedInUse: String?

    public init(
        inspection: Inspection, inspector: String, readOnly: Bool = false, officer: String? = nil,
        location: String = "", width: Int = 80, height: Int = 24, review: Bool = false
    ) {
        framework = inspection.framework
        record = inspection.record
        cases = inspection.cases
        indexByID = Dictionary(inspection.cases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        scoring = inspection.scoring()
        var wording: [String: String] = [:]
        for standard in inspection.framework.standards {
            for kq in standard.keyQuestions { wording[kq.id] = MarkingView.distinctiveText(kq, in: standard) }
        }
        shortWording = wording
        self.inspector = inspector
        self.readOnly = readOnly
        self.review = readOnly && review
        // Held as the cases spell it, whatever form of the name was typed.
        officerScope = officer.map { Officers.find($0, in: inspection.cases)?.name ?? $0 }
        officerScoring = officerScope.map { Scoring(framework: inspection.framework, cases: Officers.cases(of: $0, in: inspection.cases)) }
        self.location = location
        self.width = width
        self.height = height
        status = StatusMessage(
            readOnly ? "read-only: nothing can be changed" : (location.isEmpty ? "" : "answers are saved in \(location)"))
        if readOnly, let officerScope {
            status = StatusMessage("read-only · r: \(officerScope)'s results beside the whole sample")
        }
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

    public func caseWith(id: String) -> Case? { indexByID[id].map { cases[$0] } }

    /// The one way a case changes: the scoring moves by the difference, and the change is saved.
    /// Refused when read-only, whatever asked for it.
    mutating func commit(_ new: Case) -> [Effect] {
        guard !readOnly, let index = indexByID[new.id] else { return [] }
        let old = cases[index]
        guard old != new else { return [] }
        if savedBase[new.id] == nil { savedBase[new.id] = old }
        cases[index] = new
        scoring.replace(old, with: new)
        rescoreOfficer(old, new)
        list.stale = true
        return [.save(new)]
    }

    /// Takes in a case as the store now holds it (another process's change merged in), with no
    /// save: it is already on disk.
    mutating func adopt(_ c: Case) {
        guard let index = indexByID[c.id] else { return }
        scoring.replace(cases[index], with: c)
        rescoreOfficer(cases[index], c)
        cases[index] = c
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
        case (true, true): officerScoring?.replace(old, with: new)
        case (true, false): officerScoring?.remove(old)
        case (false, true): officerScoring?.add(new)
        case (false, false): break
        }
    }

    /// Lists only `officer`'s cases (nil: every case) and counts them on their own for the
    /// results. `officer` is matched as the command line matches it; false when nobody matches.
    @discardableResult
    mutating func chooseOfficer(_ officer: String?) -> Bool {
        if let officer {
            guard let found = Officers.find(officer, in: cases) else { return false }
            officerScope = found.name
            officerScoring = Scoring(framework: framework, cases: Officers.cases(of: found.name, in: cases))
        } else {
            officerScope = nil
            officerScoring = nil
        }
        // The filter's officer line would fight the choice.
        list.filter.officer = nil
        refreshList()
        return true
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
