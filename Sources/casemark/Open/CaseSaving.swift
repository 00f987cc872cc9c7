import CasemarkModel
import CasemarkStore
import Foundation

/// Where the run loop's saves go. Returns the case as it now is on disk (another process's
/// changes to other fields merged in) and the file written, for the status line.
protocol CaseSaving: AnyObject {
    func save(_ c: Case) throws -> (saved: Case, file: String)
    /// Marks the case as open here, for other casemark processes to see; returns who else has it
    /// open, in words, if anyone.
    func beginEditing(_ id: String, by inspector: String) -> String?
    func endEditing(_ id: String)
    /// The case as its file holds it now, without taking it in (after a clash, to say who).
    func caseOnDisk(_ id: String) -> Case?
    /// Reads the case's file again and takes it in as the base of the next save; nil when the
    /// file is gone.
    func reload(_ id: String) throws -> Case?
}

/// Saves through the store: locked, checked against the file on disk, atomic and durable.
final class StoreSaver: CaseSaving {
    let store: WritableInspection

    init(_ store: WritableInspection) { self.store = store }

    func save(_ c: Case) throws -> (saved: Case, file: String) {
        let saved = try store.save(c)
        let path = (store.folder.path as NSString).appendingPathComponent(InspectionFolder.caseFile(c.id))
        // Deleted by someone else while open here: written again, and the status line says so.
        let note = store.lastSaveRecreatedFile ? " (it had been deleted elsewhere and was written again)" : ""
        return (saved, PathDisplay.short(path) + note)
    }

    func beginEditing(_ id: String, by inspector: String) -> String? {
        store.beginEditing(id, by: inspector)?.description
    }

    func endEditing(_ id: String) { store.endEditing(id) }

    func caseOnDisk(_ id: String) -> Case? { store.caseOnDisk(id) }

    func reload(_ id: String) throws -> Case? { try store.reload(id) }
}

/// Paths as the status line shows them: under the home folder as `~/…`.
enum PathDisplay {
    private static let home = NSHomeDirectory()

    static func short(_ path: String) -> String {
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
