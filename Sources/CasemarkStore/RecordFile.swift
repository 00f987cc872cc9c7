import CasemarkModel
import Foundation

/// Reading and writing `inspection.json`, by the fields `RecordFileFields` declares.
enum RecordFile {
    static func decode(_ data: Data, framework: Framework? = nil) -> (InspectionRecord?, [StoreProblem]) {
        let file = InspectionFolder.recordFileName
        let root: JSONValue
        do {
            root = try JSONReader.parse([UInt8](data))
        } catch {
            return (nil, [StoreProblem(file: file, message: "\(error)")])
        }
        if let problem = SchemaVersionCheck.problem(root, file: file, supported: InspectionRecord.supportedSchemaVersion) {
            return (nil, [problem])
        }
        var c = FieldChecker(file: file)
        RecordFileFields.record.check(root, [], required: true, &c)
        if c.problems.contains(where: \.isError) { return (nil, c.problems) }
        // Every field's type is checked, so the record is built from the parsed file directly.
        guard let record = RecordFileFields.record.build(root)?.givingChangesIDs() else {
            return (nil, c.problems + [StoreProblem(file: file, message: "cannot be read as an inspection record")])
        }
        // A rating history a merge cannot trust is refused, each break named (the standards it
        // names are checked once the framework is known: `framework`, or `FolderScan`).
        let breaks = HistoryGraph.breaks(of: record, in: framework.map(HistoryGraph.Vocabulary.init))
        if !breaks.isEmpty { return (nil, c.problems + breaks.map { StoreProblem(file: file, historyBreak: $0) }) }
        return (record, c.problems)
    }

    /// The file's bytes, as `JSONCoding.encode` would write them (see `JSONFileWriter`).
    static func encode(_ record: InspectionRecord) -> Data {
        JSONFileWriter.encode(record, RecordFileFields.record, capacity: 1024 + 400 * record.ratingHistory.count)
    }
}
