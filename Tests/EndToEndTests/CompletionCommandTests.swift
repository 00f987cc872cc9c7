import CasemarkTestSupport
import Foundation
import Testing

/// `casemark complete` and `casemark reopen` (the marking screen's `c` and `o` from a script),
/// no completion while an answer is in conflict, the same answer on two copies making no
/// conflict even when one completed the case, and `conflicts --exit-code` (issue 19.5).
@Suite struct CompletionCommandTests {
    typealias T = TeamworkEndToEndTests

    static func caseFile(_ inspection: String, _ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: inspection + "/cases/\(id).json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func completeAndReopenMakeTheScreensChangeAndRefuseACaseInConflict() throws {
        let scratch = TestFolder()
        let ann = scratch.sub("ann")
        let bob = scratch.sub("bob")
        try T.copySample(to: ann)
        try T.copySample(to: bob)
        try T.casemark(["conflicts", ann, "--exit-code"])

        // The same answer on two copies, one of which completed the case: no conflict.
        try T.casemark(["mark", ann, "CS-004", "2.1.1", "yes"], as: "Ann Lee")
        let completed = try T.casemark(["complete", ann, "CS-004"], as: "Ann Lee")
        #expect(completed.stdout.contains("CS-004: complete and locked (by Ann Lee)"), "\(completed.all)")
        #expect(completed.stdout.contains("Unanswered"), "\(completed.all)")
        var file = try Self.caseFile(ann, "CS-004")
        #expect(file["status"] as? String == "complete")
        let last = try #require((file["history"] as? [[String: Any]])?.last)
        #expect(last["event"] as? String == "complete" && last["by"] as? String == "Ann Lee")
        let again = try T.casemark(["complete", ann, "CS-004"], as: "Ann Lee")
        #expect(again.stdout.contains("already complete; nothing changed"))
        try T.casemark(["mark", bob, "CS-004", "2.1.1", "yes"], as: "Bob Ray")
        try T.casemark(["merge", ann, bob])
        let none = try T.casemark(["conflicts", ann, "--exit-code"])
        #expect(none.stdout.contains("No conflicts."), "\(none.all)")
        #expect(try Self.caseFile(ann, "CS-004")["status"] as? String == "complete")

        // Reopened with a reason; a different answer on each copy is a conflict that stops completion.
        try T.casemark(["reopen", ann, "CS-004"], as: "Ann Lee", status: 64)
        let reopened = try T.casemark(["reopen", ann, "CS-004", "--reason", "Moderation: look again at 2.1.2"], as: "Ann Lee")
        #expect(reopened.stdout.contains("CS-004: reopened (by Ann Lee)"), "\(reopened.all)")
        file = try Self.caseFile(ann, "CS-004")
        #expect(file["status"] as? String == "in-progress")
        let reopening = try #require((file["history"] as? [[String: Any]])?.last)
        #expect(reopening["event"] as? String == "reopen" && reopening["reason"] as? String == "Moderation: look again at 2.1.2")
        let open = try T.casemark(["reopen", ann, "CS-004", "--reason", "again"], as: "Ann Lee")
        #expect(open.stdout.contains("not complete, so open already; nothing changed"))

        try T.casemark(["mark", ann, "CS-004", "2.1.2", "yes"], as: "Ann Lee")
        try T.casemark(["mark", bob, "CS-004", "2.1.2", "no"], as: "Bob Ray")
        try T.casemark(["merge", ann, bob])
        let listed = try T.casemark(["conflicts", ann, "--exit-code"], status: 1)
        #expect(listed.stdout.contains("2.1.2"), "\(listed.all)")
        #expect(try T.casemark(["conflicts", ann, "--exit-code", "--format", "json"], status: 1).stdout.contains("\"2.1.2\""))
        #expect(try T.casemark(["conflicts", ann]).stdout.contains("1 conflict to settle"))
        let before = T.contents(ann)
        let refused = try T.casemark(["complete", ann, "CS-004"], as: "Ann Lee", status: 1)
        #expect(refused.stderr.contains("cases/CS-004.json: case CS-004 cannot be completed while this is in conflict: 2.1.2"), "\(refused.all)")
        #expect(refused.stderr.contains("nothing was changed"))
        #expect(T.contents(ann) == before)

        // Settled with a new answer, the case completes.
        try T.casemark(["mark", ann, "CS-004", "2.1.2", "no"], as: "Ann Lee")
        try T.casemark(["conflicts", ann, "--exit-code"])
        try T.casemark(["complete", ann, "CS-004"], as: "Ann Lee")
        #expect(try Self.caseFile(ann, "CS-004")["status"] as? String == "complete")

        // Unknown cases and folders are named; nothing is written.
        let unknown = try T.casemark(["complete", ann, "NO-SUCH"], status: 1)
        #expect(unknown.stderr.contains("cases/NO-SUCH.json: no such case"), "\(unknown.all)")
        try T.casemark(["complete", scratch.sub("nowhere"), "CS-004"], status: 1)
        #expect(try T.casemark(["complete", "--help"]).stdout.contains("in conflict"))
        #expect(try T.casemark(["reopen", "--help"]).stdout.contains("--reason"))
    }
}
