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
    /// Nothing can change: every edit key is refused in `reduce` with "read-only" in the status line.
    public let readOnly: Bool
    /// Only this responsible officer's cases are listed (`--officer`); percentages stay whole-sample.
    public let officerScope: String?
    /// Where answers are written, for the status line.
    public let location: String

    public var width: Int
    public var height: Int
    public var screen: Screen = .cases
    public var overlay: Overlay?
    public var list = CaseListState()
    public var marking: MarkingState?
    public var resultsScroll = 0
    public var status: StatusMessage
    /// Cases whose latest version is not on disk, with the reason; retried until saved.
    public var unsaved: [String: String] = [:]

    public init(
        inspection: Inspection, inspector: String, readOnly: Bool = false, officer: String? = nil,
        location: String = "", width: Int = 80, height: Int = 24
    ) {
        framework = inspection.framework
        record = inspection.record
        cases = inspection.cases
        indexByID = Dictionary(inspection.cases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        scoring = inspection.scoring()
        self.inspector = inspector
        self.readOnly = readOnly
        officerScope = officer
        self.location = location
        self.width = width
        self.height = height
        status = StatusMessage(
            readOnly ? "read-only: nothing can be changed" : (location.isEmpty ? "" : "answers are saved in \(location)"))
        refreshList()
    }

    public func caseWith(id: String) -> Case? { indexByID[id].map { cases[$0] } }

    /// The one way a case changes: the scoring moves by the difference, and the change is saved.
    /// Refused when read-only, whatever asked for it.
    mutating func commit(_ new: Case) -> [Effect] {
        guard !readOnly, let index = indexByID[new.id] else { return [] }
        let old = cases[index]
        guard old != new else { return [] }
        cases[index] = new
        scoring.replace(old, with: new)
        list.stale = true
        return [.save(new)]
    }

    /// Takes in a case as the store now holds it (another process's change merged in), with no
    /// save: it is already on disk.
    mutating func adopt(_ c: Case) {
        guard let index = indexByID[c.id] else { return }
        scoring.replace(cases[index], with: c)
        cases[index] = c
        list.stale = true
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// The case being marked, if any.
    public var currentCase: Case? { marking.flatMap { caseWith(id: $0.caseID) } }
}

/// The screens under the overlays.
public enum Screen: Equatable, Sendable {
    case cases
    case marking
    /// The results table; `back` returns to the screen it was opened from.
    case results(returnTo: ReturnScreen)

    public enum ReturnScreen: Equatable, Sendable {
        case cases
        case marking
    }
}
