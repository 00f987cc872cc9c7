import CasemarkModel
import Foundation

/// What `casemark import` did.
public struct CSVImportSummary: Sendable, Equatable {
    /// The inspection folder's path.
    public var inspection: String
    /// True when the import created the inspection.
    public var created: Bool
    public var provider: String
    /// How many cases were written.
    public var count: Int
    /// "case-supervision 148, unpaid-work 97, through-the-gate 79", in file order.
    public var countsBySample: String
}

extension CSVImport {
    /// Imports the CSV file at `csvPath` into the inspection folder at `inspectionPath`, creating
    /// the inspection (with `provider` and `framework`) when the folder holds none.
    ///
    /// All or nothing: the whole file is read and checked against the framework and the cases
    /// already there before anything is written; a file with any problem throws `CSVImportError`
    /// and leaves the folder exactly as it was (not even created). Should a write fail part way
    /// (a full disk, a case made meanwhile by another process), the case files this import made
    /// are removed again, and a folder it created is removed, before the error is thrown. The
    /// cases are written together, durably, with one folder fsync (see `NewCaseFiles`).
    public static func importFile(
        csvPath: String, into inspectionPath: String, provider: String?, framework: Framework?,
        by inspector: String, at time: String = Timestamp.now(), progress: StoreProgress? = nil
    ) throws -> CSVImportSummary {
        let display = (csvPath as NSString).lastPathComponent
        guard let data = try DurableFile.read(csvPath, display: csvPath, following: true) else {
            throw CSVImportError(problems: [CSVProblem(file: csvPath, message: "no such file; expected a CSV file to import")])
        }
        let folder = InspectionFolder(inspectionPath)
        // An import that created the inspection and was killed part way left its marker: what
        // it made goes, and this one starts afresh (see `CreationMarker`).
        try CreationMarker.clearInterrupted(at: folder.path)
        let exists = FileManager.default.fileExists(atPath: folder.recordPath)

        // Read only until the file is known to be sound: a refused import changes nothing, not
        // even the clean-up of temporary files that opening for writing does.
        let existing: Inspection? = exists ? try InspectionFolder.load(at: folder.path).0 : nil
        let useFramework = try existing?.framework ?? framework ?? FrameworkLibrary.bundled()
        var existingIDs = Set(existing?.cases.map(\.id) ?? [])
        // Files that are there but cannot be read still own their ids.
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.casesPath) {
            for name in names where !name.hasPrefix(".") {
                if let id = InspectionFolder.caseID(ofFileName: name) { existingIDs.insert(id) }
            }
        }
        // Checked whole first, keeping no case (a million rows would not fit in memory as cases):
        // nothing is written unless every record is sound. Then read again and written in batches.
        let arguments = (file: display, framework: useFramework, existing: existingIDs)
        let bytes = [UInt8](data)
        var count = 0
        var bySample: [String: Int] = [:]
        var sampleOrder: [String] = []
        let checked = eachRecord(bytes, file: arguments.file, framework: arguments.framework, existingCaseIDs: arguments.existing, answeredBy: inspector, answeredAt: time) { reader, fields, number, line, header in
            guard let c = reader.readRecord(fields, number: number, line: line, header: header) else { return }
            count += 1
            if bySample[c.sample] == nil { sampleOrder.append(c.sample) }
            bySample[c.sample, default: 0] += 1
        }
        if case .failure(let error) = checked { throw error }

        let providerName = existing?.record.provider ?? provider?.trimmed.nonEmpty ?? folder.defaultProvider
        var undoCreation: (() -> Void)?
        if !exists {
            undoCreation = try WritableInspection.createUndoably(
                at: folder.path, provider: providerName, framework: useFramework, by: inspector, at: time
            ).undo
        }
        var batches: NewCaseFiles.Batches?
        do {
            if count > 0 {
                let writer = try NewCaseFiles.Batches(folder, total: count, progress: progress)
                batches = writer
                var failure: Error?
                _ = eachRecord(bytes, file: arguments.file, framework: arguments.framework, existingCaseIDs: arguments.existing, answeredBy: inspector, answeredAt: time) { reader, fields, number, line, header in
                    guard failure == nil, let c = reader.readRecord(fields, number: number, line: line, header: header) else { return }
                    do { try writer.add(c) } catch { failure = error }
                }
                if let failure { throw failure }
                try writer.finish()
            }
            if !exists { try CreationMarker.finish(in: folder.path) }
        } catch {
            // Only what this import made goes: a folder that was there (a fresh git
            // repository, say) stays with what it held.
            batches?.abandon()
            undoCreation?()
            throw error
        }
        return CSVImportSummary(
            inspection: folder.path, created: !exists, provider: providerName, count: count,
            countsBySample: sampleOrder.map { "\($0) \(bySample[$0]!)" }.joined(separator: ", "))
    }
}

extension InspectionFolder {
    /// The provider a new inspection gets when none is given: the folder's name.
    var defaultProvider: String { (path as NSString).lastPathComponent }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
