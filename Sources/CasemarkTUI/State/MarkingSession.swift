import CasemarkModel

/// What is being marked, as this process holds it: the cases, the live counts (the whole
/// sample's, and the chosen officer's), and what is not on disk yet. Changed only through
/// `AppState.commit`, `adopt` and the save results, so the counts always follow the cases.
public struct MarkingSession: Equatable, Sendable {
    /// In case-id order.
    public internal(set) var cases: [Case]
    var indexByID: [String: Int]
    /// Counts for every key question across the whole inspection, kept current one answer at a time.
    public internal(set) var scoring: Scoring
    /// Only this responsible officer's cases are listed (`--officer`, or chosen with `o`); the
    /// live percentages stay whole-sample, and the results put the officer's beside them.
    public internal(set) var officerScope: String?
    /// The scoped officer's cases counted on their own, kept current as `scoring` is.
    public internal(set) var officerScoring: Scoring?
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
    /// Where new change ids come from (a counted sequence in tests).
    public var changeIDs = ChangeIDSource.random

    init(cases: [Case], framework: Framework, scoring: Scoring, officer: String?) {
        self.cases = cases
        // A list of its own now, while the inspection opens: shared with the store's, the first
        // answer would copy every case (51 ms at 100,000 cases) on the key press itself.
        self.cases.reserveCapacity(cases.count + 1)
        indexByID = Dictionary(cases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.scoring = scoring
        // Held as the cases spell it, whatever form of the name was typed.
        officerScope = officer.map { Officers.find($0, in: cases)?.name ?? $0 }
        officerScoring = officerScope.map { Scoring(framework: framework, cases: Officers.cases(of: $0, in: cases)) }
    }
}
