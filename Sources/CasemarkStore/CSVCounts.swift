import CasemarkModel

extension CSVImport {
    /// What `Scoring(framework:cases:)` counts over the cases `parse` makes of the file, counted
    /// straight from the cells (for `casemark report FILE.csv`): every record is checked exactly
    /// as `parse` checks it, with the same problems, but no case is built. A test holds the two
    /// to the same counts and the same problems on random and damaged files.
    public static func scoring(_ bytes: [UInt8], file: String, framework: Framework) -> Result<Scoring, CSVImportError> {
        counts(bytes, file: file, framework: framework).map(\.scoring)
    }

    /// The scoring, and where the cases imported would stand in review: a record `complete`
    /// awaits review, any other is in progress (a CSV file holds no review).
    public static func counts(_ bytes: [UInt8], file: String, framework: Framework) -> Result<(scoring: Scoring, review: ReviewCounts), CSVImportError> {
        // Each sample's marked key questions by position, as Scoring counts cases.
        let plan = Scoring.Plan(framework)
        let samples = plan.samples, ids = plan.ids, conditions = plan.conditions
        // The sub-sample conditions, each different one once (the 2018 framework has one, on
        // three key questions): each record is tested against each once.
        var distinct: [AttributeCondition] = []
        let conditionIndex = conditions.map { list in
            list.map { condition -> Int? in
                guard let condition else { return nil }
                if let i = distinct.firstIndex(of: condition) { return i }
                distinct.append(condition)
                return distinct.count - 1
            }
        }
        var matched = [Bool](repeating: false, count: distinct.count)
        var counts = ids.map { Array(repeating: Tally(), count: $0.count) }
        var counted = Array(repeating: 0, count: samples.count)
        // Where each sample's key questions are among the header's key-question columns (nil: no
        // column, so unanswered), worked out with the header.
        var columns: [[Int?]] = []
        var review = ReviewCounts()
        let read = eachRecord(bytes, file: file, framework: framework) { reader, fields, number, line, header in
            if columns.isEmpty {
                columns = ids.map { sampleIDs in sampleIDs.map { id in header.keyQuestions.firstIndex { $0.id == id } } }
            }
            guard let record = reader.checkRecord(fields, number: number, line: line, header: header),
                let s = samples.firstIndex(of: record.sample)
            else { return }
            counted[s] += 1
            review.add(record.status == .complete ? .awaiting : .inProgress)
            for c in distinct.indices { matched[c] = distinct[c].matches(record.attributes) }
            for j in ids[s].indices {
                if let c = conditionIndex[s][j], matched[c] {
                    counts[s][j].notApplicable += 1
                    continue
                }
                switch columns[s][j].flatMap({ record.judgements[$0] }) {
                case .yes: counts[s][j].yes += 1
                case .no: counts[s][j].no += 1
                case .notApplicable: counts[s][j].notApplicable += 1
                case nil: counts[s][j].unanswered += 1
                }
            }
        }
        return read.map { (Scoring(framework: framework, plan: plan, counts: counts, counted: counted), review) }
    }
}
