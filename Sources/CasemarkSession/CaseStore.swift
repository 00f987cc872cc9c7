import CasemarkModel
import CasemarkStore
import Foundation

/// The case files as the run loop sees them: saves, reloads, the "in use" marker. `save` returns
/// the case as it now is on disk (another process's changes to other fields merged in) and the
/// file written, for the status line.
public protocol CaseStore: AnyObject {
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
public final class InspectionCaseStore: CaseStore {
    public let store: WritableInspection

    public init(_ store: WritableInspection) { self.store = store }

    public func save(_ c: Case) throws -> (saved: Case, file: String) {
        let saved = try store.save(c)
        let path = (store.folder.path as NSString).appendingPathComponent(InspectionFolder.caseFile(c.id))
        // Deleted by someone else while open here: written again, and the status line says so.
        let note = store.lastSaveRecreatedFile ? " (it had been deleted elsewhere and was written again)" : ""
        return (saved, PathDisplay.short(path) + note)
    }

    public func beginEditing(_ id: String, by inspector: String) -> String? {
        store.beginEditing(id, by: inspector)?.description
    }

    public func endEditing(_ id: String) { store.endEditing(id) }

    public func caseOnDisk(_ id: String) -> Case? { store.caseOnDisk(id) }

    public func reload(_ id: String) throws -> Case? { try store.reload(id) }
}

/// Paths as the status line shows them: under the home folder as `~/…`.
public enum PathDisplay {
    private static let home = NSHomeDirectory()

    public static func short(_ path: String) -> String {
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
