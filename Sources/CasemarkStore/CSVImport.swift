import CasemarkModel

/// Reads the CSV interchange layout (docs/file-format.md; fixed: users' spreadsheets rely on it): a header
/// `case_id,responsible_officer,sample,<key-question ids…>`, optional `officer_grade`, `status`,
/// `by`, `at` and attribute columns anywhere, one case per record, cells `Y`, `N`, `NA` or empty.
///
/// Parsing is a pure function from bytes to cases or to every problem found, so that nothing is
/// written unless the whole file is sound; `CSVImport.importFile` then writes through the store.
public enum CSVImport {
    public static let caseIDColumn = "case_id"
    public static let officerColumn = "responsible_officer"
    public static let sampleColumn = "sample"
    public static let gradeColumn = "officer_grade"
    /// Optional: who made the row's judgements and when (a UTC time in ISO 8601, as the history
    /// writes it). An empty cell, or no such column, credits the importer at the time of the import.
    public static let byColumn = "by"
    public static let atColumn = "at"
    /// Every column the importer reads as something other than an attribute or a key question.
    public static let fixedColumns = [caseIDColumn, officerColumn, gradeColumn, sampleColumn, CSVExport.statusColumn, byColumn, atColumn]
    /// The grades a responsible officer can hold, as they are stored.
    public static let grades = ["PO", "PSO"]
    public static let requiredColumns = [caseIDColumn, officerColumn, sampleColumn]

    /// Reads `bytes` (the file named `file` in messages) into cases marked against `framework`.
    /// - Parameters:
    ///   - existingCaseIDs: ids already in the inspection; a record reusing one is refused.
    ///   - answeredBy, answeredAt: recorded as who and when on every imported answer whose row
    ///     does not say (a `by` or `at` column with an empty cell, or none).
    public static func parse(
        _ bytes: [UInt8], file: String, framework: Framework,
        existingCaseIDs: Set<String> = [], answeredBy: String? = nil, answeredAt: String? = nil
    ) -> Result<[Case], CSVImportError> {
        var cases: [Case] = []
        let read = eachRecord(bytes, file: file, framework: framework, existingCaseIDs: existingCaseIDs, answeredBy: answeredBy, answeredAt: answeredAt) { reader, fields, number, line, header in
            if let c = reader.readRecord(fields, number: number, line: line, header: header) {
                cases.append(c)
            }
        }
        return read.map { cases }
    }

    /// The checks of the whole file (bytes, quotes, header), then `each` for each record that is
    /// not a blank line, given the reader that checks it; a failure holds every problem found,
    /// the reader's included. Shared by `parse` and `scoring`, so that both refuse exactly the same.
    static func eachRecord(
        _ bytes: [UInt8], file: String, framework: Framework,
        existingCaseIDs: Set<String> = [], answeredBy: String? = nil, answeredAt: String? = nil,
        _ each: (inout RecordReader, [String], Int, Int?, CSVHeader) -> Void
    ) -> Result<Void, CSVImportError> {
        func fail(_ problem: CSVProblem) -> Result<Void, CSVImportError> {
            .failure(CSVImportError(problems: [problem]))
        }
        // Byte level: the library would accept all of these silently or mangle them.
        var body = bytes
        if body.starts(with: CSVBytes.bom) { body.removeFirst(CSVBytes.bom.count) }
        if let (offset, line) = CSVBytes.firstInvalidUTF8(body) {
            let skipped = bytes.count - body.count
            return fail(CSVProblem(
                file: file, line: line, byteOffset: offset + skipped,
                message: "the file is not UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)) cannot start or continue a character); save it as \"CSV UTF-8\" and import it again"))
        }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return fail(CSVProblem(
                file: file,
                message: "the file is empty; expected a header row \(requiredColumns.joined(separator: ",")),<key-question ids…> and one row per case"))
        }
        // Records straight from the bytes (see CSVBytes.records), with the line each starts on,
        // each checked as it is cut. A quoting problem anywhere is the one problem reported,
        // and header problems stop the records' checks: both as if every record were cut first.
        var reader = RecordReader(
            file: file, framework: framework, existingCaseIDs: existingCaseIDs,
            answeredBy: answeredBy, answeredAt: answeredAt)
        var header: CSVHeader?
        var headerRefused = false
        var index = 0
        let cut = CSVBytes.forEachRecord(body) { fields, line in
            defer { index += 1 }
            if index == 0 {
                header = reader.readHeader(fields)
                headerRefused = header == nil
                // Room for every case id: about one record a line.
                if header != nil { reader.expectRecords(body.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }) }
                return
            }
            guard let header else { return }
            // A blank line is a record of one empty field to the reader: skip it.
            if fields.count == 1 && fields[0].trimmed.isEmpty && header.columns.count > 1 { return }
            each(&reader, fields, index, line, header)
        }
        switch cut {
        case .success:
            break
        case .failure(.unterminated(let line)):
            return fail(CSVProblem(
                file: file, line: line,
                message: "a quoted cell opened on this line is never closed; expected a closing '\"' (a quote inside a quoted cell is written '\"\"')"))
        case .failure(.cellTooLarge(let line, let size)):
            return fail(CSVProblem(
                file: file, line: line,
                message: "a cell of \(SizeLimits.mebibytes(size)) (\(size) bytes or more), over the limit of \(SizeLimits.mebibytes(SizeLimits.csvCell)) for a CSV cell; expected a shorter cell (a note of a few pages is far smaller)"))
        case .failure(.textAfterClosingQuote(let line, let character)):
            return fail(CSVProblem(
                file: file, line: line, value: character,
                message: "text follows a closing quote; expected a comma or the end of the line after a quoted cell (a quote inside a quoted cell is written '\"\"')"))
        }
        if index == 0 {
            return fail(CSVProblem(file: file, message: "the file has no header row"))
        }
        if headerRefused {
            return .failure(CSVImportError(problems: reader.problems))
        }
        if !reader.problems.isEmpty { return .failure(CSVImportError(problems: reader.problems)) }
        return .success(())
    }
}
