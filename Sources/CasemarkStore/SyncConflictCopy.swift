import CasemarkModel
import Foundation

/// The names sync tools give the second version of a file changed on two machines at once:
/// Syncthing's `A-1.sync-conflict-20261130-101500-ABCDEFG.json`, Dropbox's
/// `A-1 (Ann's conflicted copy 2026-11-30).json`.
enum SyncConflictCopy {
    /// The case id (or `inspection`) whose copy `name` is; nil for any other name.
    static func caseID(_ name: String) -> String? {
        guard name.hasSuffix(".json") else { return nil }
        // Nearly every name is a plain case file's: Foundation's search (two per name) showed
        // when opening 100,000 cases. Both marks are ASCII, so text holding neither's bytes
        // holds neither (no other spelling of ASCII text is canonically the same).
        guard Self.holds(name, "sync-conflict") || Self.holds(name, "conflicted copy") else { return nil }
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

    /// Whether `text`'s bytes hold `mark`'s bytes somewhere.
    private static func holds(_ text: String, _ mark: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: mark.utf8Start, count: mark.utf8CodeUnitCount)
        var haystack = text
        return haystack.withUTF8 { bytes in
            guard bytes.count >= needle.count, let first = needle.first else { return false }
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == first && memcmp(bytes.baseAddress! + i, needle.baseAddress!, needle.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }
}
