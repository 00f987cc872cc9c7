import CasemarkModel

/// An inspection opened for reading only. This type has no method that writes or deletes
/// anything, so a session opened with it (the manager's `--read-only`) cannot change the folder
/// by any code path.
public struct ReadOnlyInspection: Sendable {
    public let folder: InspectionFolder
    public let inspection: Inspection
    /// Everything found wrong on opening: unreadable cases (left out) and warnings.
    public let problems: [StoreProblem]

    /// Opens the folder at `path`. Throws `StoreError.problems` when the inspection as a whole
    /// cannot be used; a bad case file is reported in `problems` and left out.
    public static func open(at path: String, progress: StoreProgress? = nil) throws -> ReadOnlyInspection {
        let folder = InspectionFolder(path)
        let scan = FolderScan.scan(folder, progress: progress)
        guard let record = scan.record, let framework = scan.framework else {
            throw StoreError.problems(scan.fatalProblems)
        }
        return ReadOnlyInspection(
            folder: folder, inspection: Inspection(record: record, framework: framework, cases: scan.cases),
            problems: scan.problems)
    }

    /// Who has this case open for marking in another casemark process, if anyone. Reads only.
    public func inUse(_ id: String) -> CaseInUse? {
        guard CaseID.isValid(id), let folders = try? OpenFolders(folder), folders.cases >= 0 else { return nil }
        return EditingMarker.holder(EditingMarker.name(id: id), in: folders.cases)
    }
}
