import CSV
import CasemarkModel
import Foundation

/// Writes an inspection's cases in the CSV interchange layout (docs/file-format.md, "The CSV
/// interchange layout"; docs/commands.md, "export"): one row per
/// case with every key-question column of the framework, `officer_grade`, `status` and every
/// attribute column, so that `casemark import` of the file into a new folder gives back the same
/// answers, officers, attributes and status.
///
/// The file is a faithful interchange file: cells are written exactly as they are, even one that
/// a spreadsheet would take for a formula (docs/file-format.md says how to open it safely).
/// Notes, prompts and history are not part of the layout and are not written.
public enum CSVExport {
    public static let statusColumn = "status"
    /// UTF-8's byte order mark, which Excel needs to read a CSV as UTF-8.
    public static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The header: the fixed columns, the framework's case-marked key questions in order, then the
    /// attributes the framework defines (in its order) and any others the cases carry (sorted).
    public static func header(framework: Framework, cases: [Case]) -> [String] {
        let fixed = [CSVImport.caseIDColumn, CSVImport.officerColumn, CSVImport.gradeColumn, CSVImport.sampleColumn, statusColumn]
        return fixed + framework.markedKeyQuestions.map(\.id) + attributeColumns(framework: framework, cases: cases)
    }

    static func attributeColumns(framework: Framework, cases: [Case]) -> [String] {
        let defined = framework.attributes.map(\.id)
        let others = Set(cases.flatMap(\.attributes.keys)).subtracting(defined).sorted()
        return defined + others
    }

    /// The whole file as text (with a final newline), or the reason it cannot be written faithfully.
    public static func render(_ inspection: Inspection) throws(CSVExportError) -> String {
        let framework = inspection.framework
        // Cases in a stable order, so that exporting twice gives the same file.
        let cases = inspection.cases.sorted { $0.id < $1.id }
        let header = header(framework: framework, cases: cases)
        try checkAttributeNames(header.dropFirst(5 + framework.markedKeyQuestions.count), cases: cases)
        let attributes = attributeColumns(framework: framework, cases: cases)
        var rows: [[String]] = [header]
        for c in cases {
            var row = [
                c.id, c.responsibleOfficer.name, c.responsibleOfficer.grade ?? "", c.sample, c.status.rawValue,
            ]
            row += framework.markedKeyQuestions.map { c.answers[$0.id]?.answer?.csvCell ?? "" }
            row += attributes.map { c.attributes[$0] ?? "" }
            rows.append(row)
        }
        do {
            return try write(rows)
        } catch {
            throw .writer("\(error)")
        }
    }

    /// An attribute whose name the importer reads as something else (a fixed column, a key
    /// question) would not come back as an attribute: refuse rather than write a file that lies.
    static func checkAttributeNames(_ names: ArraySlice<String>, cases: [Case]) throws(CSVExportError) {
        let reserved = Set(CSVImport.fixedColumns)
        for name in names {
            let clash = name.trimmed.isEmpty || name.trimmed != name || reserved.contains(name.lowercased())
                || RecordReader.looksLikeKeyQuestionID(name)
            guard clash else { continue }
            let holder = cases.first { $0.attributes[name] != nil }?.id ?? "?"
            throw .unexportableAttribute(name: name, caseID: holder)
        }
    }

    /// RFC 4180 through the CSV library's writer (the same one the report uses), CRLF-free.
    static func write(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVExportError.writer("the CSV writer produced no output")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Why an inspection cannot be exported.
public enum CSVExportError: Error, Sendable, Equatable, CustomStringConvertible {
    case unexportableAttribute(name: String, caseID: String)
    case writer(String)

    public var description: String {
        switch self {
        case .unexportableAttribute(let name, let caseID):
            return "case \(caseID) (cases/\(caseID).json): attribute '\(name)' cannot be a column of the interchange layout (it would be read back as a fixed column or a key question, or its name is blank or has surrounding spaces); expected an attribute name such as rosh_issues_apply. Nothing was exported."
        case .writer(let why):
            return "the CSV could not be written (\(why)). Nothing was exported."
        }
    }
}
