import CasemarkModel

/// One case file changed by a single change made on the case as the file holds it, under the
/// file's lock, atomic and durable: the writes of the read-only QA mode (a comment, a review),
/// which take a change and never a case, so that nothing else in the file can change through them.
enum LockedCaseChange {
    /// Reads case `id`, applies `change` (false: nothing to write) and writes it; returns the
    /// case as now on disk. Refuses an id outside the allowed set, a missing case and a file that
    /// cannot be read (never overwritten); `what` names the change in that refusal.
    static func apply(
        _ id: String, in folder: InspectionFolder, reader: PlainCaseReader, what: String, _ change: (inout Case) throws -> Bool
    ) throws -> Case {
        if let reason = CaseID.problem(with: id) {
            throw StoreError.refused(file: "case id \"\(id)\"", reason: "refused: \(reason)")
        }
        let file = InspectionFolder.caseFile(id)
        // Relative to the cases folder, never through a link, as every save is.
        let folders = try OpenFolders(folder)
        let cases = try folders.requireCases()
        let name = InspectionFolder.caseFileName(id)
        let lock = try FileLock.exclusive(name, in: cases, display: file)
        defer { lock.unlock() }
        guard let disk = try DurableFile.read(name, in: cases, display: file) else {
            throw StoreError.refused(file: file, reason: "no such case")
        }
        let (found, problems) = CaseFile.decode(disk, file: file, reader: reader)
        guard var c = found else {
            throw StoreError.refused(
                file: file,
                reason: "cannot be read (\(problems.filter(\.isError).map(\.description).joined(separator: "; "))); \(what) was not recorded")
        }
        guard try change(&c) else { return c }
        try DurableFile.write(try CaseFile.encode(c), to: name, in: cases, display: file)
        return c
    }
}
