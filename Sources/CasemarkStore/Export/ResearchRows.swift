import CasemarkModel
import Foundation

/// Puts one inspection's rows into the research database through prepared statements (made once
/// for the whole export): its record, its framework, every case with its attributes, answers,
/// ticked prompts, history, QA comments and conflicts, the recorded ratings and their history.
final class ResearchRows {
    private let inspections: SQLiteStatement
    private let standards: SQLiteStatement
    private let keyQuestions: SQLiteStatement
    private let frameworkPrompts: SQLiteStatement
    private let bands: SQLiteStatement
    private let cases: SQLiteStatement
    private let attributes: SQLiteStatement
    private let outside: SQLiteStatement
    private let answers: SQLiteStatement
    private let prompts: SQLiteStatement
    private let history: SQLiteStatement
    private let ratings: SQLiteStatement
    private let comments: SQLiteStatement
    private let conflicts: SQLiteStatement
    private var codes: ResearchCodes

    init(_ database: SQLiteDatabase, codes: ResearchCodes) throws(SQLiteError) {
        func insert(_ table: String, _ columns: String) throws(SQLiteError) -> SQLiteStatement {
            let count = columns.split(separator: ",").count
            let marks = Array(repeating: "?", count: count).joined(separator: ", ")
            return try database.prepare("INSERT INTO \(table) (\(columns)) VALUES (\(marks))")
        }
        inspections = try insert("inspections", """
            inspection, provider, framework, framework_title, cases, created_at, created_by, second_mark_of, \
            overall_score, overall_rating, rated_standards, total_standards, anonymised, overall_maximum_score
            """)
        standards = try insert("standards", "inspection, standard, domain, title, rated_from, sample, position, counts_toward_overall")
        keyQuestions = try insert("key_questions", "inspection, key_question, standard, text, not_applicable_when, not_applicable_values, position")
        frameworkPrompts = try insert("framework_prompts", "inspection, key_question, prompt, text")
        bands = try insert("band_thresholds", "inspection, band, minimum_percent")
        cases = try insert("cases", "inspection, case_id, sample, status, responsible_officer, officer_grade")
        attributes = try insert("case_attributes", "inspection, case_id, name, value")
        outside = try insert("outside_sub_sample", "inspection, case_id, key_question, attribute")
        answers = try insert("answers", "inspection, case_id, key_question, answer, note, by, at")
        prompts = try insert("prompts", "inspection, case_id, key_question, prompt")
        history = try insert("history", """
            inspection, case_id, change_id, event, key_question, standard, previous, value, previous_note, note, \
            prompts, reason, moderated, replaces, by, at
            """)
        ratings = try insert("ratings", "inspection, standard, kind, rating, reason, by, at")
        comments = try insert("comments", "inspection, case_id, comment_id, kind, thread, key_question, text, by, at")
        conflicts = try insert("conflicts", "inspection, case_id, field, key_question, standard, change_id, value, note, prompts, detail, by, at")
        self.codes = codes
    }

    /// One inspection under the name `name`; `progress` is told after each case.
    func add(_ inspection: Inspection, as name: String, progress: (Int) -> Void) throws(SQLiteError) {
        let record = inspection.record
        let framework = inspection.framework
        let results = inspection.results()
        try inspections.insert(
            .text(name), .text(record.provider), .text(framework.id), .text(framework.title), .int(inspection.cases.count),
            .optional(record.createdAt), .optional(codes.person(record.createdBy)),
            .optional(record.secondMarkOf.map { ($0.inspection as NSString).lastPathComponent }),
            .optional(results.overall.score), .optional(results.overall.band?.displayName),
            .int(results.overall.ratedStandards), .int(results.overall.totalStandards), .int(codes.anonymise ? 1 : 0), .int(framework.maximumScore))
        try addFramework(framework, as: name)
        try addRatings(record, framework: framework, as: name)
        // Sub-sample conditions by sample, worked out once: a case's outside_sub_sample rows are
        // the key questions whose condition its attributes meet (the rule `Scoring` counts by).
        var conditions: [String: [(id: String, condition: AttributeCondition)]] = [:]
        for standard in framework.standards where standard.ratedFrom == .cases {
            guard let sample = standard.sample else { continue }
            for kq in standard.keyQuestions {
                if let condition = kq.notApplicableWhen { conditions[sample, default: []].append((kq.id, condition)) }
            }
        }
        for (i, c) in inspection.cases.enumerated() {
            try addCase(c, in: name, conditions: conditions[c.sample] ?? [])
            progress(i + 1)
        }
    }

    private func addFramework(_ framework: Framework, as name: String) throws(SQLiteError) {
        for (position, standard) in framework.standards.enumerated() {
            try standards.insert(
                .text(name), .text(standard.id), .text(standard.domain), .text(standard.title), .text(standard.ratedFrom.rawValue),
                .optional(standard.sample), .int(position + 1), .int(standard.countsTowardOverall ? 1 : 0))
        }
        for (position, kq) in framework.keyQuestions.enumerated() {
            guard let standard = framework.standard(containing: kq.id) else { continue }
            try keyQuestions.insert(
                .text(name), .text(kq.id), .text(standard.id), .text(kq.text), .optional(kq.notApplicableWhen?.attribute),
                .optional(kq.notApplicableWhen?.values.joined(separator: ",")), .int(position + 1))
            for prompt in kq.prompts {
                try frameworkPrompts.insert(.text(name), .text(kq.id), .text(prompt.id), .text(prompt.text))
            }
        }
        for threshold in framework.bands {
            try bands.insert(.text(name), .text(threshold.band.displayName), .int(threshold.minimumPercent))
        }
    }

    private func addRatings(_ record: InspectionRecord, framework: Framework, as name: String) throws(SQLiteError) {
        for (standard, recorded) in record.ratings.sorted(by: { $0.key < $1.key }) {
            let kind = framework.standard(standard)?.ratedFrom == .cases ? "discretion" : "evidence"
            try ratings.insert(
                .text(name), .text(standard), .text(kind), .text(recorded.rating.displayName), .optional(codes.text(recorded.reason)),
                .optional(codes.person(recorded.by)), .optional(recorded.at))
        }
        let scope = name + "\u{0}"
        for change in record.ratingHistory {
            try history.insert(
                .text(name), .null, .text(codes.changeID(change.id, scope: scope)), .text("rating"), .null, .text(change.standard),
                .optional(change.previous?.rating.displayName), .optional(change.value?.rating.displayName), .null, .null, .null,
                .optional(codes.text(change.value?.reason)), .int(0), .optional(replaced(change.replaces, scope: scope)),
                .text(codes.person(change.by)), .text(change.at))
        }
        try addConflicts(record.conflictDetails, in: name, caseID: nil, scope: scope)
    }

    private func addCase(_ c: Case, in name: String, conditions: [(id: String, condition: AttributeCondition)]) throws(SQLiteError) {
        let id = codes.caseID(c.id, in: name)
        let caseID = SQLiteValue.text(id)
        let inspection = SQLiteValue.text(name)
        try cases.insert(
            inspection, caseID, .text(c.sample), .text(c.status.rawValue), .text(codes.person(c.responsibleOfficer.name)),
            .optional(c.responsibleOfficer.grade))
        for (attribute, value) in c.attributes.sorted(by: { $0.key < $1.key }) {
            try attributes.insert(inspection, caseID, .text(attribute), .text(value))
        }
        for (kq, condition) in conditions where condition.matches(c.attributes) {
            try outside.insert(inspection, caseID, .text(kq), .text(condition.attribute))
        }
        for (kq, answer) in c.answers.sorted(by: { $0.key < $1.key }) {
            try answers.insert(
                inspection, caseID, .text(kq), .optional(answer.answer?.rawValue), .optional(codes.text(answer.note)),
                .optional(codes.person(answer.by)), .optional(answer.at))
            for prompt in answer.prompts {
                try prompts.insert(inspection, caseID, .text(kq), .text(prompt))
            }
        }
        let scope = name + "\u{0}" + c.id
        for entry in c.history {
            let event: String = entry.event.rawValue
            try history.insert(
                inspection, caseID, .text(codes.changeID(entry.id, scope: scope)), .text(event), .optional(entry.keyQuestion), .null,
                .optional(entry.event == .answered ? entry.previous?.answer?.rawValue : nil),
                .optional(entry.event == .answered ? entry.value?.answer?.rawValue : entry.statusValue.rawValue),
                .optional(codes.text(entry.previous?.note)), .optional(codes.text(entry.value?.note)),
                .optional(entry.value.map { $0.prompts.joined(separator: " ") }),
                .optional(codes.text(entry.reason)), .int(entry.isModeration ? 1 : 0),
                .optional(replaced(entry.replaces, scope: scope)), .text(codes.person(entry.by)), .text(entry.at))
        }
        let commentScope = scope + "\u{0}comments"
        for entry in c.comments {
            try comments.insert(
                inspection, caseID, .text(codes.changeID(entry.id, scope: commentScope)), .text(entry.kind.rawValue),
                .text(codes.changeID(entry.threadID, scope: commentScope)), .optional(entry.keyQuestion), .optional(codes.text(entry.text)),
                .text(codes.person(entry.by)), .text(entry.at))
        }
        if !c.conflicts.isEmpty { try addConflicts(c.conflictDetails, in: name, caseID: id, scope: scope) }
    }

    private func addConflicts(_ details: [FieldConflict], in name: String, caseID: String?, scope: String) throws(SQLiteError) {
        for conflict in details {
            for value in conflict.values {
                try conflicts.insert(
                    .text(name), .optional(caseID), .text(conflict.field), .optional(conflict.keyQuestion), .optional(conflict.standard),
                    .text(codes.changeID(value.change, scope: scope)), .optional(value.value), .optional(codes.text(value.note)),
                    .optional(conflict.keyQuestion == nil ? nil : value.prompts.joined(separator: " ")),
                    .optional(codes.text(value.detail)), .text(codes.person(value.by)), .text(value.at))
            }
        }
    }

    /// The ids a change replaced, space-separated; nil when none.
    private func replaced(_ ids: [String], scope: String) -> String? {
        ids.isEmpty ? nil : ids.map { codes.changeID($0, scope: scope) }.joined(separator: " ")
    }
}
