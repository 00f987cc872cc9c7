import CasemarkModel
import Foundation

/// The one write a reviewer can make: add a QA comment entry (a comment, reply, resolving or
/// reopening) to a case file. It takes the entry, never a case, and writes the case as the file
/// on disk holds it with only that entry added, so no answer, status or history can change
/// through it: a manager reviewing read-only (`--review`) may comment and still cannot change
/// an answer. Each write is locked, atomic and durable, like every save.
public struct CommentWriter: Sendable {
    public let folder: InspectionFolder
    private let reader: PlainCaseReader

    public init(folder: InspectionFolder, framework: Framework) {
        self.folder = folder
        self.reader = PlainCaseReader(framework: framework)
    }

    /// Adds `entry` to case `id` (nothing changes if the file already holds an entry with its
    /// id) and returns the case as now on disk. Refuses a case id outside the allowed set, a
    /// missing case and a file that cannot be read (never overwritten).
    @discardableResult
    public func add(_ entry: CommentEntry, toCase id: String) throws -> Case {
        try LockedCaseChange.apply(id, in: folder, reader: reader, what: "the comment") { c in
            guard !c.comments.contains(where: { $0.id == entry.id }) else { return false }
            c.comments.append(entry)
            // Version 2 has comments: a version 1 build refuses the file rather than drop them.
            c.schemaVersion = max(c.schemaVersion, Case.supportedSchemaVersion)
            return true
        }
    }
}
