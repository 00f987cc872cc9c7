import CasemarkModel

/// What each column of an interchange CSV holds, once the header has been checked.
struct CSVHeader {
    enum Column {
        case caseID, officer, sample, grade, status
        /// Who made the row's judgements, and when.
        case by, at
        /// By position in `keyQuestions`: binding an Int per cell costs nothing, where binding
        /// the KeyQuestion and Standard retained and released their strings and arrays.
        case keyQuestion(Int)
        case attribute(String)
    }
    /// What reading a key question's cells needs, taken out of the framework once.
    struct KeyQuestionColumn {
        var id: String
        /// The sample the key question is marked on.
        var sample: String?
        var condition: AttributeCondition?
    }
    var names: [String]
    var columns: [Column]
    var keyQuestions: [KeyQuestionColumn] = []

    /// Where each key question's cells are (by position in `keyQuestions`), and the fixed
    /// columns: positions worked out once, so that reading a record binds no column's strings.
    var keyQuestionFields: [Int] { columns.indices.filter { if case .keyQuestion = columns[$0] { true } else { false } } }
}

/// Turns header and records into cases, collecting every problem with its record, line, column
/// and value rather than stopping at the first, so that one import attempt shows them all.
struct RecordReader {
    let file: String
    let framework: Framework
    let existingCaseIDs: Set<String>
    let answeredBy: String?
    let answeredAt: String?
    var problems: [CSVProblem] = []
    /// Case ids seen so far, folded for case-insensitive file systems, with where they were seen.
    private var seen: [String: (record: Int, line: Int?)] = [:]
    private let existingFolded: Set<String>
    /// Set by `readHeader`: the key questions' cells, in `keyQuestions` order, and the fixed columns.
    private var keyQuestionFields: [Int] = []
    private var fixedColumns: [(field: Int, column: CSVHeader.Column)] = []
    /// The attribute columns, each with the framework's definition of it taken out once: its
    /// values, and the same in lower case (nil for an attribute the framework lists no values for).
    private var attributeColumns: [(field: Int, name: String, definition: AttributeDefinition?, lowered: [String])] = []

    init(file: String, framework: Framework, existingCaseIDs: Set<String>, answeredBy: String?, answeredAt: String?) {
        self.file = file
        self.framework = framework
        self.existingCaseIDs = existingCaseIDs
        self.answeredBy = answeredBy
        self.answeredAt = answeredAt
        existingFolded = Set(existingCaseIDs.map { $0.lowercased() })
    }

    /// Whether `cell.tidiedName` is empty, without making it for nearly every name: tidying
    /// keeps the first character of the trimmed cell when it is not white space (a printable
    /// ASCII first byte is such a character).
    static func tidiesToNothing(_ cell: String) -> Bool {
        if let first = cell.utf8.first, first > 0x20, first < 0x7F { return false }
        if let first = cell.trimmed.first, !first.isWhitespace { return false }
        return cell.tidiedName.isEmpty
    }

    /// Room for `count` more case ids (a whole file's records, known before the first is read).
    mutating func expectRecords(_ count: Int) { seen.reserveCapacity(seen.count + count) }

    /// `2026-11-24T10:15:00Z`: a real UTC time to the second, as `Timestamp` writes it.
    static func isHistoryTime(_ text: String) -> Bool {
        text.utf8.count == 20 && text.hasSuffix("Z") && HistoryGraph.isReadableTime(text)
    }

    /// `4.9.1`: digits, dot, digits, dot, digits. Such a column must be a key question.
    static func looksLikeKeyQuestionID(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    mutating func readHeader(_ record: [String]) -> CSVHeader? {
        let before = problems.count
        func problem(_ column: String?, _ value: String?, _ message: String) {
            problems.append(CSVProblem(file: file, line: 1, column: column, value: value, message: message))
        }
        var names: [String] = []
        var columns: [CSVHeader.Column] = []
        var keyQuestions: [CSVHeader.KeyQuestionColumn] = []
        var firstColumn: [String: Int] = [:]
        for (i, raw) in record.enumerated() {
            let name = raw.trimmed
            let position = "\(i + 1)"
            names.append(name)
            if name.isEmpty {
                problem(position, nil, "the header cell of column \(position) is empty; expected a column name such as 2.1.1 or an attribute name")
                columns.append(.attribute(name))
                continue
            }
            if let first = firstColumn[name.lowercased()] {
                problem(name, nil, "column '\(name)' appears twice (columns \(first) and \(position)); expected each column once")
            } else {
                firstColumn[name.lowercased()] = i + 1
            }
            switch name.lowercased() {
            case CSVImport.caseIDColumn: columns.append(.caseID)
            case CSVImport.officerColumn: columns.append(.officer)
            case CSVImport.sampleColumn: columns.append(.sample)
            case CSVImport.gradeColumn: columns.append(.grade)
            case CSVExport.statusColumn: columns.append(.status)
            case CSVImport.byColumn: columns.append(.by)
            case CSVImport.atColumn: columns.append(.at)
            default:
                if Self.looksLikeKeyQuestionID(name) {
                    guard let standard = framework.standard(containing: name),
                        let kq = framework.keyQuestion(name)
                    else {
                        problem(name, nil, "'\(name)' has the shape of a key question id but framework \(framework.id) has no such key question; expected one of \(framework.markedKeyQuestions.map(\.id).joined(separator: ", "))")
                        columns.append(.attribute(name))
                        continue
                    }
                    guard standard.ratedFrom == .cases else {
                        problem(name, nil, "key question \(name) belongs to standard \(standard.id) \(standard.title), which is rated from evidence, not marked per case; remove the column and record the rating with 'casemark rate'")
                        columns.append(.attribute(name))
                        continue
                    }
                    columns.append(.keyQuestion(keyQuestions.count))
                    keyQuestions.append(.init(id: kq.id, sample: standard.sample, condition: kq.notApplicableWhen))
                } else {
                    columns.append(.attribute(name))
                }
            }
        }
        for required in CSVImport.requiredColumns where firstColumn[required] == nil {
            problem(required, nil, "the required column '\(required)' is missing; expected a header starting \(CSVImport.requiredColumns.joined(separator: ",")) followed by key-question ids")
        }
        guard problems.count == before else { return nil }
        let header = CSVHeader(names: names, columns: columns, keyQuestions: keyQuestions)
        keyQuestionFields = header.keyQuestionFields
        attributeColumns = columns.indices.compactMap { i in
            guard case .attribute(let name) = columns[i], !name.isEmpty else { return nil }
            let definition = framework.attributes.first(where: { $0.id == name }).flatMap { $0.values.isEmpty ? nil : $0 }
            return (i, name, definition, definition?.values.map { $0.lowercased() } ?? [])
        }
        fixedColumns = columns.indices.compactMap { i in
            switch columns[i] {
            case .caseID, .officer, .grade, .sample, .status, .by, .at: (field: i, column: columns[i])
            default: nil
            }
        }
        return header
    }

    /// One record checked: what its case is made of, without the case itself. The judgements
    /// are by position in the header's `keyQuestions` (nil: unanswered, or NA on a key question
    /// of another sample, which says the same).
    struct CheckedRecord {
        var id: String
        /// The officer's cell as it is (`tidiedName` makes the name kept).
        var officerCell: String
        var grade: String?
        var sample: String
        var status: CaseStatus
        var attributes: [String: String]
        var judgements: [Judgement?]
        /// Who made the judgements and when, where the row says (`by`, `at`); nil: the importer,
        /// at the time of the import.
        var by: String?
        var at: String?
    }

    mutating func readRecord(_ fields: [String], number: Int, line: Int?, header: CSVHeader) -> Case? {
        guard let record = checkRecord(fields, number: number, line: line, header: header) else { return nil }
        var answers: [String: Answer] = [:]
        answers.reserveCapacity(header.keyQuestions.count)
        for (k, judgement) in record.judgements.enumerated() {
            if let judgement {
                answers[header.keyQuestions[k].id] = Answer(answer: judgement, by: record.by ?? answeredBy, at: record.at ?? answeredAt)
            }
        }
        return Case(
            id: record.id, sample: record.sample,
            responsibleOfficer: ResponsibleOfficer(name: record.officerCell.tidiedName, grade: record.grade),
            attributes: record.attributes, status: record.status, answers: answers)
    }

    /// Every check `readRecord` makes, each problem recorded with its record, line, column and
    /// value; nil when the record has any. What `report FILE.csv` counts from, without cases.
    mutating func checkRecord(_ fields: [String], number: Int, line: Int?, header: CSVHeader) -> CheckedRecord? {
        let before = problems.count
        func problem(_ column: String?, _ value: String?, _ message: String) {
            problems.append(CSVProblem(file: file, record: number, line: line, column: column, value: value, message: message))
        }
        guard fields.count == header.columns.count else {
            problem(nil, nil, "expected \(header.columns.count) cells as in the header; found \(fields.count) (check for a missing or extra comma, or a quote that is not closed)")
            return nil
        }

        var id = ""
        var officer = ""
        var grade: String?
        var sampleCell = ""
        var statusCell = ""
        var by: String?
        var atCell = ""
        for i in fixedColumns.indices {
            let value = fields[fixedColumns[i].field]
            switch fixedColumns[i].column {
            case .caseID: id = value.trimmed
            case .officer: officer = value
            case .grade: grade = value.trimmed.isEmpty ? nil : value.trimmed
            case .sample: sampleCell = value.trimmed
            case .status: statusCell = value.trimmed
            case .by: by = value.tidiedName.nonEmpty
            case .at: atCell = value.trimmed
            default: break
            }
        }

        let folded = id.lowercased()
        if let why = CaseID.problem(with: id) {
            problem(CSVImport.caseIDColumn, id, why)
        } else if existingFolded.contains(folded) {
            let existing = existingCaseIDs.first { $0.lowercased() == id.lowercased() } ?? id
            problem(CSVImport.caseIDColumn, id, "the inspection already has case '\(existing)' (cases/\(existing).json); expected a new case id (nothing is overwritten by an import)")
        } else if let earlier = seen[folded] {
            let at = earlier.line.map { "record \(earlier.record) (line \($0))" } ?? "record \(earlier.record)"
            problem(CSVImport.caseIDColumn, id, "case id used twice: also at \(at); expected each case once (ids differing only in capitals count as the same)")
        } else {
            seen[folded] = (number, line)
        }
        if Self.tidiesToNothing(officer) {
            problem(CSVImport.officerColumn, "", "expected the responsible officer's name")
        }
        if let typed = grade {
            if let known = CSVImport.grades.first(where: { $0.sameIgnoringCase(typed) }) {
                grade = known
            } else {
                problem(CSVImport.gradeColumn, typed, "expected PO, PSO or empty (any capitals)")
            }
        }
        // The column `casemark export` writes: empty means in progress, as for a new case.
        var status = CaseStatus.inProgress
        if !statusCell.isEmpty {
            if let known = CaseStatus.allCases.first(where: { $0.rawValue.lowercased() == statusCell.lowercased() }) {
                status = known
            } else {
                problem(CSVExport.statusColumn, statusCell, "expected in-progress, complete or empty (in progress)")
            }
        }
        // The form the history writes, so that times from a spreadsheet sort among the others.
        if !atCell.isEmpty && !Self.isHistoryTime(atCell) {
            problem(CSVImport.atColumn, atCell, "expected a UTC time in ISO 8601 as the history writes it, such as 2026-11-24T10:15:00Z, or empty (the time of the import)")
        }
        // Nearly every cell is a sample's id as written in the framework: found without making
        // lower-case copies of the cell and of every sample's id and title for each record.
        let sample = framework.samples.first { $0.id == sampleCell } ?? framework.samples.first {
            $0.id.lowercased() == sampleCell.lowercased() || $0.title.lowercased() == sampleCell.lowercased()
        }
        if sample == nil {
            problem(CSVImport.sampleColumn, sampleCell, "unknown sample; expected one of \(framework.samples.map(\.id).joined(separator: ", "))")
        }

        // Attributes first: they decide which key questions apply to this case.
        var attributes: [String: String] = [:]
        for a in attributeColumns.indices {
            let value = fields[attributeColumns[a].field].trimmed
            if value.isEmpty { continue }  // absent: unknown, which never makes anything not applicable
            let name = attributeColumns[a].name
            if let definition = attributeColumns[a].definition {
                // The first of the framework's values that is the cell whatever its capitals.
                guard let index = attributeColumns[a].lowered.firstIndex(of: value.lowercased()) else {
                    problem(name, value, "expected \(definition.values.joined(separator: " or ")) or empty (\(definition.title))")
                    continue
                }
                attributes[name] = definition.values[index]
            } else {
                attributes[name] = value
            }
        }

        var judgements = [Judgement?](repeating: nil, count: header.keyQuestions.count)
        for (k, i) in keyQuestionFields.enumerated() {
            // The column read in place, not copied: a copy retains and releases its id, sample
            // and condition for every cell of every record.
            let cell = fields[i]
            guard let parsed = Judgement.parseCell(cell) else {
                problem(header.keyQuestions[k].id, cell, "expected Y, N, NA or empty (not answered)")
                continue
            }
            guard let judgement = parsed else { continue }
            if let sample, header.keyQuestions[k].sample != sample.id {
                if judgement == .notApplicable { continue }  // says what an empty cell says
                let kq = header.keyQuestions[k]
                problem(kq.id, cell, "key question \(kq.id) is marked on \(kq.sample ?? "other") cases and this case is \(sample.id); expected an empty cell")
                continue
            }
            if judgement != .notApplicable, header.keyQuestions[k].condition?.matches(attributes) == true, let condition = header.keyQuestions[k].condition {
                let kq = header.keyQuestions[k]
                problem(kq.id, cell, "\(condition.attribute) is \(attributes[condition.attribute] ?? "") for this case, so \(kq.id) does not apply to it; expected NA or empty")
                continue
            }
            judgements[k] = judgement
        }

        guard problems.count == before, let sample else { return nil }
        return CheckedRecord(
            id: id, officerCell: officer, grade: grade, sample: sample.id, status: status, attributes: attributes,
            judgements: judgements, by: by, at: atCell.nonEmpty)
    }
}
