/// The counts behind every key question's percentage, kept up to date one case at a time:
/// changing one answer moves one key question's counts by one, so a key press costs the same
/// on 10 cases or 10,000.
public struct Scoring: Sendable {
    public let framework: Framework
    /// For each sample, the key questions its cases are marked on, with their standards.
    private let marked: [String: [(standard: Standard, keyQuestion: KeyQuestion)]]
    public private(set) var tallies: [String: Tally]
    /// The number of cases counted, by sample.
    public private(set) var caseCounts: [String: Int]

    public init(framework: Framework, cases: some Sequence<Case> = [Case]()) {
        self.framework = framework
        var marked: [String: [(standard: Standard, keyQuestion: KeyQuestion)]] = [:]
        var tallies: [String: Tally] = [:]
        for standard in framework.standards where standard.ratedFrom == .cases {
            guard let sample = standard.sample else { continue }
            for kq in standard.keyQuestions {
                marked[sample, default: []].append((standard, kq))
                tallies[kq.id] = Tally()
            }
        }
        self.marked = marked
        // Counted by position into one list per sample, then stored by id once: the same counts
        // as `add` for each case, without a dictionary update per case and key question.
        let plan = Plan(marked)
        var counts = plan.ids.map { Array(repeating: Tally(), count: $0.count) }
        var counted = Array(repeating: 0, count: plan.samples.count)
        // An array (nearly always) is read in place: each case is lent to `count`, not copied
        // (a copy retains and releases every string, dictionary and list it holds).
        func countIn(_ c: Case) {
            guard let s = plan.samples.firstIndex(of: c.sample) else { return }
            counted[s] += 1
            Scoring.count(c, ids: plan.ids[s], conditions: plan.conditions[s], into: &counts[s])
        }
        if let array = cases as? [Case] {
            for i in array.indices { countIn(array[i]) }
        } else {
            for c in cases { countIn(c) }
        }
        (self.tallies, self.caseCounts) = plan.stored(counts, counted: counted, into: tallies)
    }

    /// Each sample's marked key questions by position: plain lists of ids and sub-sample
    /// conditions, so that counting a case (or a CSV record, `CSVCounts`) copies no Standard or
    /// KeyQuestion (their strings and arrays would be retained and released for every case and
    /// key question).
    public struct Plan: Sendable {
        public let samples: [String]
        /// `ids[s][j]`: the `j`th key question of `samples[s]`.
        public let ids: [[String]]
        public let conditions: [[AttributeCondition?]]

        public init(_ framework: Framework) {
            var marked: [String: [(standard: Standard, keyQuestion: KeyQuestion)]] = [:]
            for standard in framework.standards where standard.ratedFrom == .cases {
                guard let sample = standard.sample else { continue }
                for kq in standard.keyQuestions { marked[sample, default: []].append((standard, kq)) }
            }
            self.init(marked)
        }

        fileprivate init(_ marked: [String: [(standard: Standard, keyQuestion: KeyQuestion)]]) {
            samples = Array(marked.keys)
            ids = samples.map { marked[$0]!.map(\.keyQuestion.id) }
            conditions = samples.map { marked[$0]!.map(\.keyQuestion.notApplicableWhen) }
        }

        /// Counts made by position under this plan, stored by key question id and by sample.
        fileprivate func stored(_ counts: [[Tally]], counted: [Int], into tallies: [String: Tally])
            -> (tallies: [String: Tally], caseCounts: [String: Int])
        {
            var tallies = tallies
            var caseCounts: [String: Int] = [:]
            for (s, sample) in samples.enumerated() {
                if counted[s] > 0 { caseCounts[sample] = counted[s] }
                for (j, id) in ids[s].enumerated() { tallies[id] = (tallies[id] ?? Tally()) + counts[s][j] }
            }
            return (tallies, caseCounts)
        }
    }

    /// Counts made elsewhere by position under `plan` (a CSV file counted cell by cell):
    /// `counts[s][j]` for the `j`th key question of `plan.samples[s]`, `counted[s]` records of it.
    public init(framework: Framework, plan: Plan, counts: [[Tally]], counted: [Int]) {
        self.init(framework: framework)
        (tallies, caseCounts) = plan.stored(counts, counted: counted, into: tallies)
    }

    /// Adds one case's classifications to `counts`, by position: what `Case.classification` says
    /// for each key question of the case's sample, without building a Standard or KeyQuestion.
    @inline(__always)
    private static func count(_ c: Case, ids: [String], conditions: [AttributeCondition?], into counts: inout [Tally]) {
        for i in ids.indices {
            counts[i].count(c.classification(keyQuestionID: ids[i], condition: conditions[i]), by: 1)
        }
    }

    /// Counts a case in.
    public mutating func add(_ c: Case) { apply(c, delta: 1) }

    /// Counts in every case another scoring of the same framework counted: pooling inspections
    /// adds their counts, without counting their cases again.
    public mutating func add(_ other: Scoring) {
        for (id, tally) in other.tallies { tallies[id] = (tallies[id] ?? Tally()) + tally }
        for (sample, n) in other.caseCounts { caseCounts[sample, default: 0] += n }
    }

    /// Counts a case out.
    public mutating func remove(_ c: Case) { apply(c, delta: -1) }

    /// Replaces a case's old version with its new one, touching only the key questions whose
    /// classification changed.
    public mutating func replace(_ old: Case, with new: Case) {
        guard old.sample == new.sample, old.attributes == new.attributes else {
            remove(old)
            add(new)
            return
        }
        for (standard, kq) in marked[new.sample] ?? [] {
            guard old.answers[kq.id]?.answer != new.answers[kq.id]?.answer || old.isInConflict(kq.id) != new.isInConflict(kq.id),
                let before = old.classification(for: kq, of: standard),
                let after = new.classification(for: kq, of: standard),
                before != after
            else { continue }
            tallies[kq.id]?.count(before, by: -1)
            tallies[kq.id]?.count(after, by: 1)
        }
    }

    private mutating func apply(_ c: Case, delta: Int) {
        guard let questions = marked[c.sample] else { return }
        caseCounts[c.sample, default: 0] += delta
        for (standard, kq) in questions {
            if let classification = c.classification(for: kq, of: standard) {
                tallies[kq.id]?.count(classification, by: delta)
            }
        }
    }

    public func tally(_ keyQuestionID: String) -> Tally { tallies[keyQuestionID] ?? Tally() }

    public func keyQuestionResult(_ keyQuestionID: String) -> KeyQuestionResult {
        let tally = tally(keyQuestionID)
        let percent = tally.percent
        return KeyQuestionResult(
            id: keyQuestionID, tally: tally, percent: percent,
            band: percent.map { framework.band(forPercent: $0) })
    }

    /// A standard's computed rating (the lowest band among its key questions that have a
    /// percentage) beside any rating the lead inspector recorded.
    public func standardResult(_ standard: Standard, recorded: RecordedRating?) -> StandardResult {
        var computed: Band?
        var limiting: [String] = []
        if standard.ratedFrom == .cases {
            let results = standard.keyQuestions.map { keyQuestionResult($0.id) }
            computed = results.compactMap(\.band).min()
            if let lowest = computed {
                limiting = results.filter { $0.band == lowest }.map(\.id)
            }
        }
        return StandardResult(
            id: standard.id, ratedFrom: standard.ratedFrom, computed: computed,
            recorded: recorded, limitingKeyQuestions: limiting,
            countsTowardOverall: standard.countsTowardOverall)
    }

    /// Every key question, every standard and the overall rating.
    public func results(ratings: [String: RecordedRating]) -> InspectionResults {
        let keyQuestions = framework.markedKeyQuestions.map { keyQuestionResult($0.id) }
        let standards = framework.standards.map { standardResult($0, recorded: ratings[$0.id]) }
        return InspectionResults(
            keyQuestions: keyQuestions, standards: standards,
            overall: OverallResult(standards: standards, scheme: framework.overall))
    }
}

/// Two scorings are the same when they count the same framework's key questions the same way
/// (what the screens and reports read); the lists it works from follow from the framework.
extension Scoring: Equatable {
    public static func == (a: Scoring, b: Scoring) -> Bool {
        a.tallies == b.tallies && a.caseCounts == b.caseCounts && a.framework == b.framework
    }
}
