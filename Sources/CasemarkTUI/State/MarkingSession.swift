import CasemarkModel

/// What is being marked, as this process holds it: the cases, the live counts (the whole
/// sample's, and the chosen officer's), and what is not on disk yet. Every screen reads it; it
/// changes only through the methods below, which only the top reducer (`reduce` and the
/// parent's moves) calls, so the counts always follow the cases.
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
    public internal(set) var unsaved: [String: String] = [:]
    /// Cases whose save clashed with another process's change to the same answer: not retried,
    /// kept on screen until reloaded (`R`).
    public internal(set) var conflicts: [String: SaveConflict] = [:]
    /// Each case with a change not yet saved, as it was before that change: what the file on
    /// disk held as far as this process knows, so a reload can tell whose change is whose.
    var savedBase: [String: Case] = [:]
    /// The case this process has asked to be marked as in use (`Effect.beginEditing`), if any.
    public internal(set) var caseMarkedInUse: String?

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

    public func caseWith(id: String) -> Case? { indexByID[id].map { cases[$0] } }

    /// Whether `c` is one of the scoped officer's cases (any case, with no officer chosen).
    public func inScope(_ c: Case) -> Bool {
        guard let officerScope else { return true }
        return c.responsibleOfficer.name.matchKey == officerScope.matchKey
    }

    /// Every case the list could show (the officer scope applied, nothing else).
    public var visibleCaseCount: Int {
        guard let scope = officerScope?.matchKey else { return cases.count }
        return cases.reduce(0) { $0 + ($1.responsibleOfficer.name.matchKey == scope ? 1 : 0) }
    }

    /// See `AppState.takeOwnCaseList`.
    mutating func takeOwnCaseList() {
        cases.reserveCapacity(cases.count + 1)
    }

    // MARK: The changes

    /// A case changed here: the scoring moves by the difference, and the version on disk is
    /// remembered until the save is reported. False when `new` changes nothing (or is unknown).
    mutating func commit(_ new: Case) -> Bool {
        guard let index = indexByID[new.id] else { return false }
        let old = cases[index]
        guard old != new else { return false }
        if savedBase[new.id] == nil { savedBase[new.id] = old }
        cases[index] = new
        scoring.replace(old, with: new)
        rescoreOfficer(old, new)
        return true
    }

    /// Takes in a case as the store now holds it (another process's change merged in), with no
    /// save: it is already on disk. False for a case not in the inspection.
    mutating func adopt(_ c: Case) -> Bool {
        guard let index = indexByID[c.id] else { return false }
        scoring.replace(cases[index], with: c)
        rescoreOfficer(cases[index], c)
        cases[index] = c
        return true
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

    /// Counts `name`'s cases on their own (nil: nobody's).
    mutating func scope(to name: String?, framework: Framework) {
        officerScope = name
        officerScoring = name.map { Scoring(framework: framework, cases: Officers.cases(of: $0, in: cases)) }
    }

    /// The store wrote `id`: nothing of it is pending any more.
    mutating func saved(_ id: String) {
        unsaved[id] = nil
        conflicts[id] = nil
        savedBase[id] = nil
    }

    /// The store could not write `id`: kept, and retried.
    mutating func saveFailed(_ id: String, message: String) {
        unsaved[id] = message
    }

    /// The store refused `id`'s save: another process changed the same fields. Not retried.
    mutating func refused(_ id: String, _ conflict: SaveConflict) {
        unsaved[id] = nil
        conflicts[id] = conflict
    }

    /// `id` was read again from its file: whatever was pending is settled by the reload.
    mutating func reloaded(_ id: String) {
        conflicts[id] = nil
        unsaved[id] = nil
        savedBase[id] = nil
    }

    /// The case marked as in use for other processes is now `id` (nil: none).
    mutating func markInUse(_ id: String?) {
        caseMarkedInUse = id
    }
}
