import CasemarkModel
import Foundation

/// The other write the QA mode (`--review`) makes besides a comment: a quality lead's review of
/// a case. It takes the decision, never a case, and makes it on the case as its file holds it,
/// locked, atomic and durable like every save; so no answer can change through it. A case whose
/// review changed on disk since the lead saw it (another reviewer at the same moment) is refused.
public struct ReviewWriter: Sendable {
    public let folder: InspectionFolder
    private let reader: PlainCaseReader

    public init(folder: InspectionFolder, framework: Framework) {
        self.folder = folder
        self.reader = PlainCaseReader(framework: framework)
    }

    /// Approves (`reason` nil) or returns case `id`, as `by` at `at`; `seen` is the ids of the
    /// review's heads when the lead looked. Returns the case as now on disk.
    @discardableResult
    public func review(_ id: String, returning reason: String?, by: String, at: String, seen: [String]) throws -> Case {
        if let problem = CaseID.problem(with: id) {
            throw StoreError.refused(file: "case id \"\(id)\"", reason: "refused: \(problem)")
        }
        let file = InspectionFolder.caseFile(id)
        let folders = try OpenFolders(folder)
        let cases = try folders.requireCases()
        let name = "\(id).json"
        let lock = try FileLock.exclusive(name, in: cases, display: file)
        defer { lock.unlock() }
        guard let disk = try DurableFile.read(name, in: cases, display: file) else {
            throw StoreError.refused(file: file, reason: "no such case")
        }
        let (found, problems) = CaseFile.decode(disk, file: file, reader: reader)
        guard var c = found else {
            throw StoreError.refused(
                file: file, reason: "cannot be read (\(problems.filter(\.isError).map(\.description).joined(separator: "; "))); the review was not recorded")
        }
        guard c.reviewHeads.map(\.id).sorted() == seen.sorted() else {
            throw StoreError.refused(file: file, reason: "reviewed by someone else meanwhile (now \(c.reviewState.displayName)); nothing was written")
        }
        if let reason {
            try c.returnToMarker(reason: reason, by: by, at: at)
        } else {
            try c.approve(by: by, at: at)
        }
        try DurableFile.write(try CaseFile.encode(c), to: name, in: cases, display: file)
        return c
    }
}
