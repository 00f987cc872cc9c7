import CasemarkModel

/// The whole application as a value, in three kinds of part:
///
/// - what never changes while casemark runs (the framework, the inspection's record, who is
///   marking, read-only or not);
/// - the marking session (`session`: the cases, the live scoring, what is unsaved), shared by
///   every screen and changed only through its own methods (`MarkingSession.commit`, `adopt`,
///   the save results), which only the top reducer calls;
/// - the parent's own fields (the window, the screen, the box over it, the status line), and
///   each screen's own state (`list`, `marking`, `reading`, `results`, `moderation`), each
///   changed by its screen's reducer, as The Composable Architecture's `Scope` hands a child
///   reducer its part of the state (see `reduce` and docs/architecture.md).
///
/// Only `reduce` changes it; the views only read it. It can be compared: a reducer test states
/// the whole state it expects after a key.
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

    /// The cases, their counts and what is not on disk yet: changed only through its own
    /// methods, called by the top reducer, so the counts always follow the cases.
    public internal(set) var session: MarkingSession

    // The parent's own: what every screen shares. Nothing here is saved.
    public var width: Int
    public var height: Int
    public var screen: Screen = .cases
    /// A box over the screen that takes the keys until it is closed (the parent's: each reaches
    /// across screens).
    public var overlay: Overlay?
    public var status: StatusMessage
    /// Something found on opening that must not pass with the next key (files that cannot be
    /// read): shown on the status line whenever nothing newer is, until Esc dismisses it.
    public var notice: String?

    // Each screen's own state, changed by its reducer (`CasesScreen`, `MarkingScreen`,
    // `ReadingScreen`, `ResultsScreen`, `ModerationScreen`); the parent sets a screen's state up
    // when it opens the screen.
    /// The list of cases: kept in step with the cases whenever it is on screen.
    public var list = CaseListState()
    public var marking: MarkingState?
    /// The case being read whole.
    public var reading: ReadingState?
    public var results = ResultsState()
    /// The disagreements with a second marking, when opened with `--moderate`.
    public var moderation: ModerationState?

    /// Gives this state a list of cases of its own, if it shares one with another copy of the
    /// state (the one its maker still holds): otherwise the first answer would copy every case
    /// on the key press itself (tens of milliseconds at 100,000 cases).
    public mutating func takeOwnCaseList() {
        session.takeOwnCaseList()
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
        self.width = width
        self.height = height
        self.status = status
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

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// The case being marked, if any.
    public var currentCase: Case? { marking.flatMap { session.caseWith(id: $0.caseID) } }

    /// "Risk of serious harm issues apply: N", the attribute that rules a key question out.
    public func ruledOutReason(_ kq: KeyQuestion, of c: Case? = nil) -> String {
        guard let condition = kq.notApplicableWhen else { return "" }
        let title = framework.attributes.first { $0.id == condition.attribute }?.title ?? condition.attribute
        let value = (c ?? currentCase)?.attributes[condition.attribute] ?? condition.values.joined(separator: "/")
        return "\(title): \(value)"
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
