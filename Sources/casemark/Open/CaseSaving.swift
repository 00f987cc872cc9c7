import CasemarkModel
import CasemarkStore
import Foundation

/// Where the run loop's saves go. Returns the case as it now is on disk (another process's
/// changes to other fields merged in) and the file written, for the status line.
protocol CaseSaving: AnyObject {
    func save(_ c: Case) throws -> (saved: Case, file: String)
}

/// Saves through the store: locked, checked against the file on disk, atomic and durable.
final class StoreSaver: CaseSaving {
    let store: WritableInspection

    init(_ store: WritableInspection) { self.store = store }

    func save(_ c: Case) throws -> (saved: Case, file: String) {
        let saved = try store.save(c)
        let path = (store.folder.path as NSString).appendingPathComponent(InspectionFolder.caseFile(c.id))
        return (saved, PathDisplay.short(path))
    }
}

/// Paths as the status line shows them: under the home folder as `~/…`.
enum PathDisplay {
    private static let home = NSHomeDirectory()

    static func short(_ path: String) -> String {
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
