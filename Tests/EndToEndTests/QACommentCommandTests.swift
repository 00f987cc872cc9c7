import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// `casemark comment` and `casemark comments`, and a manager's review with `--review` in a
/// real terminal: comments are written, answers never.
@Suite(.serialized) struct QACommentCommandTests {
    @Test func commentReplyResolveAndListLeaveTheAnswersAlone() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let before = try InspectionFolder.load(at: first).0.cases.first { $0.id == "CS-0" }
        let made = try CasemarkBinary.run(["comment", first, "CS-0", "2.1.3", "--text", "Evidence for 2.1.3 does not mention the MAPPA referral", "--inspector", "QA Lead"])
        #expect(made.status == 0, "\(made.all)")
        let list = try CasemarkBinary.run(["comments", first])
        #expect(list.status == 0)
        let id = try #require(list.stdout.split(separator: "\n").first.flatMap { line in line.split(separator: "[").last?.dropLast() }.map(String.init))
        #expect(list.stdout.contains("CS-0  2.1.3  open  [\(id)]"), "\(list.all)")
        #expect(list.stdout.contains("QA Lead: \"Evidence for 2.1.3 does not mention the MAPPA referral\""))

        #expect(try CasemarkBinary.run(["comment", first, "CS-0", "--reply", id, "--text", "Referral made 3 Oct", "--inspector", "Aoife"]).status == 0)
        #expect(try CasemarkBinary.run(["comment", first, "CS-1", "--text", "Sentence date?"]).status == 0)
        let resolved = try CasemarkBinary.run(["comment", first, "CS-0", "--resolve", id, "--inspector", "QA Lead"])
        #expect(resolved.stdout == "CS-0: comment \(id) resolved.\n", "\(resolved.all)")
        let open = try CasemarkBinary.run(["comments", first, "--open"])
        #expect(!open.stdout.contains(id))
        #expect(open.stdout.hasSuffix("1 open comment.\n"), "\(open.all)")
        let all = try CasemarkBinary.run(["comments", first])
        #expect(all.stdout.contains("Aoife: \"Referral made 3 Oct\""))
        #expect(all.stdout.contains("QA Lead resolved it"))

        let after = try InspectionFolder.load(at: first).0.cases.first { $0.id == "CS-0" }
        #expect(after?.answers == before?.answers)
        #expect(after?.history == before?.history)
        #expect(after?.status == .complete)
        #expect(after?.comments.count == 3)
        #expect(try CasemarkBinary.run(["validate", first]).status == 0)
    }

    @Test func badCommentsAreRefusedAndNothingChanges() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let snapshot = scratch.snapshot()
        let unknownKQ = try CasemarkBinary.run(["comment", first, "CS-0", "4.1.1", "--text", "x"])
        #expect(unknownKQ.status == 1)
        #expect(unknownKQ.stderr.contains("cases/CS-0.json: key question 4.1.1 is not marked for the sample 'case-supervision'"), "\(unknownKQ.all)")
        let noText = try CasemarkBinary.run(["comment", first, "CS-0"])
        #expect(noText.status == 64)
        #expect(noText.stderr.contains("--text is required"))
        let noCase = try CasemarkBinary.run(["comment", first, "CS-99", "--text", "x"])
        #expect(noCase.status == 1)
        #expect(noCase.stderr.contains("no case \"CS-99\""))
        let noThread = try CasemarkBinary.run(["comment", first, "CS-0", "--resolve", "q123"])
        #expect(noThread.status == 1)
        #expect(noThread.stderr.contains("no comment q123 on this case"))
        #expect(scratch.snapshot() == snapshot)
    }

    /// A manager reviewing read-only with --review leaves a comment from the screens; the case
    /// file gains the comment and nothing else, and y is still refused.
    @Test(.enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
    func aManagerReviewingCommentsButCannotAnswer() throws {
        let scratch = TestFolder("review")
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let path = first + "/cases/CS-0.json"
        let before = try #require(try InspectionFolder.load(at: first).0.cases.first { $0.id == "CS-0" })
        let command = "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Manager '\(CasemarkBinary.path ?? "casemark")' open '\(first)' --officer 'Chloé Duval' --review"
        let tmux = try TmuxSession(command, width: 80, height: 24)
        try tmux.waitFor("CS-0")
        try tmux.send("Enter")
        try tmux.waitFor("Answer:")
        try tmux.send("y")
        try tmux.waitFor("read-only")
        try tmux.send("C")
        try tmux.waitFor("QA comment on CS-0")
        try tmux.type("Assessment predates the PSR")
        try tmux.send("Enter")
        let saved = try tmux.waitFor("saved")
        #expect(saved.contains("comment left on CS-0"), "\(saved)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let after = try #require(try InspectionFolder.load(at: first).0.cases.first { $0.id == "CS-0" })
        #expect(after.comments.map(\.text) == ["Assessment predates the PSR"])
        #expect(after.comments.first?.by == "Manager")
        var withoutComments = after
        withoutComments.comments = []
        #expect(withoutComments == before, "only the comment was added")
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

extension QACommentCommandTests {
    /// Comments are changes like any other: copies commented apart keep every comment of both
    /// when merged, either way round, and merging again changes nothing.
    @Test func commentsSurviveMergingCopiesBothWays() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try TeamworkEndToEndTests.copySample(to: a)
        try TeamworkEndToEndTests.copySample(to: b)
        #expect(try CasemarkBinary.run(["comment", a, "CS-009", "2.2.3", "--text", "MAPPA referral?", "--inspector", "QA Lead"]).status == 0)
        #expect(try CasemarkBinary.run(["comment", b, "CS-009", "--text", "Sentence date?", "--inspector", "Manager"]).status == 0)
        #expect(try CasemarkBinary.run(["comment", b, "CS-001", "--text", "Good example for training", "--inspector", "Manager"]).status == 0)

        let ab = try CasemarkBinary.run(["merge", a, b])
        #expect(ab.status == 0, "\(ab.all)")
        let ba = try CasemarkBinary.run(["merge", b, a])
        #expect(ba.status == 0, "\(ba.all)")
        for folder in [a, b] {
            let list = try CasemarkBinary.run(["comments", folder]).stdout
            #expect(list.contains("QA Lead: \"MAPPA referral?\""), "\(folder): \(list)")
            #expect(list.contains("Manager: \"Sentence date?\""), "\(folder): \(list)")
            #expect(list.contains("Manager: \"Good example for training\""), "\(folder): \(list)")
            #expect(list.hasSuffix("3 comments.\n"), "\(folder): \(list)")
        }
        #expect(scratch.read("a/cases/CS-009.json") == scratch.read("b/cases/CS-009.json"))
        let before = FolderSnapshot.contents(a)
        #expect(try CasemarkBinary.run(["merge", a, b]).status == 0)
        #expect(FolderSnapshot.contents(a) == before, "merging again changes nothing")

        // Resolved on one copy, replied to on the other: both kept, resolved on both after merging.
        let id = try #require(try InspectionFolder.load(at: a).0.cases.first { $0.id == "CS-009" }?.commentThreads.first { $0.keyQuestion == "2.2.3" }?.id)
        #expect(try CasemarkBinary.run(["comment", a, "CS-009", "--resolve", id]).status == 0)
        #expect(try CasemarkBinary.run(["comment", b, "CS-009", "--reply", id, "--text", "Found it on the shared drive"]).status == 0)
        #expect(try CasemarkBinary.run(["merge", a, b]).status == 0)
        #expect(try CasemarkBinary.run(["merge", b, a]).status == 0)
        for folder in [a, b] {
            let open = try CasemarkBinary.run(["comments", folder, "--open"]).stdout
            #expect(!open.contains(id), "\(folder): \(open)")
            #expect(try CasemarkBinary.run(["comments", folder]).stdout.contains("Found it on the shared drive"))
        }
    }
}
