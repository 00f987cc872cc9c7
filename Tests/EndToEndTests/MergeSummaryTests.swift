import CasemarkTestSupport
import Foundation
import Testing

/// `casemark merge` says what it changed (issue 19.4): each answer, status and rating changed
/// in the target with before → after, who and when; changes dated in the future named; a copy
/// with nothing new rewrites nothing; a repeated merge counts the conflicts still unsettled.
@Suite struct MergeSummaryTests {
    typealias T = TeamworkEndToEndTests

    /// Every file's bytes and modification time under `path`.
    static func state(_ path: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for (file, data) in FolderSnapshot.contents(path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(file))
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            result[file] = "\(data.hashValue) \(data.count) \(modified)"
        }
        return result
    }

    /// A rating in conflict is settled by recording it again (`casemark rate`), not by answering:
    /// the closing line of `conflicts` and of a repeated merge says so.
    @Test func aRatingInConflictIsSettledByRatingAgain() throws {
        let scratch = TestFolder()
        let ann = scratch.sub("ann")
        let bob = scratch.sub("bob")
        try T.copySample(to: ann)
        try T.copySample(to: bob)
        try T.casemark(["rate", ann, "1.1", "good", "--reason", "A clear strategy"], as: "Ann Lee")
        try T.casemark(["rate", bob, "1.1", "inadequate", "--reason", "No strategy"], as: "Bob Ray")
        try T.casemark(["merge", ann, bob])
        let listed = try T.casemark(["conflicts", ann])
        #expect(listed.stdout.contains("1 conflict to settle: a rating by recording it again (casemark rate)."), "\(listed.all)")
        #expect(!listed.stdout.contains("casemark mark"), "\(listed.all)")
        let again = try T.casemark(["merge", ann, bob])
        #expect(!again.stdout.contains("casemark mark"), "\(again.all)")
    }

    @Test func theSummaryNamesEveryChangeAndAStaleCopyRewritesNothing() throws {
        let scratch = TestFolder()
        let ann = scratch.sub("ann")
        let bob = scratch.sub("bob")
        try T.copySample(to: ann)
        try T.copySample(to: bob)
        try T.casemark(["mark", ann, "CS-003", "2.1.3", "yes"], as: "Ann Lee")

        // Bob's copy brings nothing Ann's lacks: no file is written, not even touched.
        let untouched = try Self.state(ann)
        let stale = try T.casemark(["merge", ann, bob])
        #expect(stale.stdout.contains("Nothing here changed value."), "\(stale.all)")
        #expect(stale.stdout.contains("No conflicts."), "\(stale.all)")
        #expect(try Self.state(ann) == untouched)

        try T.casemark(["mark", bob, "CS-004", "2.1.1", "no"], as: "Bob Ray")
        try T.casemark(["mark", bob, "CS-003", "2.1.3", "na"], as: "Bob Ray")
        try T.casemark(["rate", bob, "1.1", "inadequate", "--reason", "No strategy"], as: "Bob Ray")
        try T.casemark(["mark", bob, "CS-010", "2.1.1", "yes"], as: "Bob Ray")
        // A laptop whose clock says 2999.
        let file = bob + "/cases/CS-010.json"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        let stamp = try #require(text.firstMatch(of: /"at" : "(20\d\d-[^"]+)"/)?.1)
        text = text.replacingOccurrences(of: String(stamp), with: "2999-01-01T00:00:00Z")
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let merged = try T.casemark(["merge", ann, bob])
        let out = merged.stdout
        #expect(out.contains("Changed here (4):"), "\(out)")
        #expect(out.contains("cases/CS-004.json 2.1.1: (no answer) → no (Bob Ray, 20"), "\(out)")
        #expect(out.contains("cases/CS-003.json 2.1.3: yes → in conflict (Bob Ray, 20"), "\(out)")
        #expect(out.contains("cases/CS-010.json 2.1.1: (no answer) → yes (Bob Ray, 2999-01-01T00:00:00Z)"), "\(out)")
        #expect(out.contains("inspection.json rating 1.1: Good → Inadequate (Bob Ray, 20"), "\(out)")
        #expect(out.contains("Dated in the future"), "\(out)")
        #expect(out.contains("  cases/CS-010.json 2.1.1: yes (Bob Ray, 2999-01-01T00:00:00Z)"), "\(out)")
        #expect(out.contains("1 new conflict"), "\(out)")
        #expect(out.contains("1 conflict to settle in all in \(ann)"), "\(out)")
        #expect(!out.contains("No conflicts."), "\(out)")

        // Again: nothing new, nothing written, and the conflict still unsettled is counted.
        let before = try Self.state(ann)
        let again = try T.casemark(["merge", ann, bob])
        #expect(again.stdout.contains("No new conflicts; 1 conflict still to settle in \(ann)"), "\(again.all)")
        #expect(!again.stdout.contains("No conflicts."), "\(again.all)")
        #expect(again.stdout.contains("Nothing here changed value."), "\(again.all)")
        #expect(try Self.state(ann) == before)

        // Settled, a merge says there are none.
        try T.casemark(["mark", ann, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        #expect(try T.casemark(["merge", ann, bob]).stdout.contains("No conflicts."))
    }
}
