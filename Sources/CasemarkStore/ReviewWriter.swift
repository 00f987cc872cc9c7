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
    /// review's heads when the lead looked; the review's changes take their ids from `newID`.
    /// Returns the case as now on disk.
    @discardableResult
    public func review(
        _ id: String, returning reason: String?, by: String, at: String, seen: [String], newID: () -> String
    ) throws -> Case {
        try LockedCaseChange.apply(id, in: folder, reader: reader, what: "the review") { c in
            guard c.reviewHeadIDs == seen.sorted() else {
                throw StoreError.refused(
                    file: InspectionFolder.caseFile(id), reason: "reviewed by someone else meanwhile (now \(c.reviewState.displayName)); nothing was written")
            }
            if let reason {
                try c.returnToMarker(reason: reason, by: by, at: at, changeID: newID(), reopenID: newID())
            } else {
                try c.approve(by: by, at: at, changeID: newID(), completionID: newID())
            }
            return true
        }
    }
}
