import Testing
@testable import CasemarkStore

/// Which names in `cases/` are a sync tool's conflict copies, and of which case.
@Suite struct SyncConflictCopyTests {
    @Test(arguments: [
        ("A-1.sync-conflict-20261130-101500-ABCDEFG.json", "A-1"),
        ("CS-007 (Ann's conflicted copy 2026-11-30).json", "CS-007"),
        ("A-1.json", nil), ("sync-conflict.json", nil), ("A-1.sync-conflict-1.txt", nil),
        ("conflicted copy.json", nil), ("A-1 conflicted copy.json", nil), ("R-44990.json", nil),
        (".A-1.sync-conflict-1.json", nil), ("A-1.sync-conflict", nil),
    ] as [(String, String?)])
    func names(_ name: String, _ id: String?) {
        #expect(SyncConflictCopy.caseID(name) == id)
    }
}
