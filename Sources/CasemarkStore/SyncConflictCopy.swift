import CasemarkModel

/// The names sync tools give the second version of a file changed on two machines at once:
/// Syncthing's `A-1.sync-conflict-20261130-101500-ABCDEFG.json`, Dropbox's
/// `A-1 (Ann's conflicted copy 2026-11-30).json`.
enum SyncConflictCopy {
    /// The case id (or `inspection`) whose copy `name` is; nil for any other name.
    static func caseID(_ name: String) -> String? {
        guard name.hasSuffix(".json") else { return nil }
        if let range = name.range(of: ".sync-conflict-") {
            let id = String(name[..<range.lowerBound])
            return CaseID.problem(with: id) == nil ? id : nil
        }
        if name.contains("conflicted copy"), let open = name.range(of: " (") {
            let id = String(name[..<open.lowerBound])
            return CaseID.problem(with: id) == nil ? id : nil
        }
        return nil
    }
}
