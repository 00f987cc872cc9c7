import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkText

/// What `mark`, `complete` and `reopen` share: the case found (or a message naming its file),
/// the change made as the marking screen makes it, and the durable save; a refusal names the
/// case's file and says that nothing was changed.
enum OneCaseChange {
    /// Opens INSPECTION, applies `change` to CASE and saves it. `change` returns false when the
    /// case is already as asked (nothing is written, nil is returned); it may throw a
    /// `CommandFailure` of its own. Returns the case as saved.
    static func run(
        inspection: String, caseID: String, change: (inout Case, _ framework: Framework) throws -> Bool
    ) throws -> (saved: Case, framework: Framework)? {
        do {
            let store = try WritableInspection.open(at: inspection)
            let file = InspectionFolder.caseFile(caseID)
            guard var c = store.case(caseID) else {
                if store.isUnreadable(caseID) {
                    throw CommandFailure("casemark: \(file): cannot be read (see casemark validate \(inspection)); nothing was changed")
                }
                throw CommandFailure("casemark: \(file): no such case in \(inspection); nothing was changed")
            }
            guard try change(&c, store.framework) else { return nil }
            return (try store.save(c), store.framework)
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as CaseEditError {
            throw CommandFailure("casemark: \(InspectionFolder.caseFile(caseID)): \(error); nothing was changed")
        } catch {
            throw CommandFailure("casemark: \(error)")
        }
    }
}
