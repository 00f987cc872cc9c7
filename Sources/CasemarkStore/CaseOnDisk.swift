import CasemarkModel

extension WritableInspection {
    /// The case as its file holds it right now, without taking it in (what this process last
    /// read or wrote stays the base of its next save). Used after a save clashed, to say who
    /// changed the case. Nil when the file is gone or cannot be read.
    public func caseOnDisk(_ id: String) -> Case? {
        guard CaseID.isValid(id) else { return nil }
        let file = InspectionFolder.caseFile(id)
        guard folders.cases >= 0, let data = try? DurableFile.read(InspectionFolder.caseFileName(id), in: folders.cases, display: file) else { return nil }
        let (c, _) = CaseFile.decode(data, file: file, framework: framework)
        return c?.id == id ? c : nil
    }
}
