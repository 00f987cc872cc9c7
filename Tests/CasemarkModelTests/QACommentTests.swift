import CasemarkModel
import Testing

/// QA comments: threads on a key question or the case, replies, resolving, and a log that only grows.
@Suite struct QACommentTests {
    let framework = TestFramework.make()

    func complete() -> Case {
        Case(
            id: "CS-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann"), status: .complete,
            answers: ["2.3.3": Answer(answer: .yes, note: "RMP in place", by: "Aoife", at: "2026-03-10T10:00:00Z")])
    }

    @Test func aCommentRepliesAndResolvingMakeAThreadAndLeaveTheAnswersAlone() throws {
        var c = complete()
        let answers = c.answers
        let comment = try c.addComment(
            "Evidence for 2.3.3 does not mention the MAPPA referral", on: "2.3.3", in: framework, by: "QA Lead",
            at: "2026-03-20T09:00:00Z")
        #expect(c.openComments().map(\.id) == [comment.id])
        #expect(c.openComments(on: "2.3.3").count == 1)
        #expect(c.openComments(on: "2.3.1").isEmpty)
        try c.answerComment(.reply, thread: comment.id, text: "Referral was made on 3 Oct; note updated", by: "Aoife", at: "2026-03-20T10:00:00Z")
        try c.answerComment(.resolve, thread: comment.id, by: "QA Lead", at: "2026-03-20T11:00:00Z")
        let thread = try #require(c.commentThreads.first)
        #expect(thread.replies.map(\.text) == ["Referral was made on 3 Oct; note updated"])
        #expect(thread.isResolved)
        #expect(c.openComments().isEmpty)
        #expect(c.answers == answers)
        #expect(c.status == .complete)
        #expect(c.comments.count == 3)

        try c.answerComment(.reopen, thread: comment.id, text: "Still not on nDelius", by: "QA Lead", at: "2026-03-21T09:00:00Z")
        #expect(c.openComments().count == 1)
    }

    @Test func aCommentOnTheWholeCase() throws {
        var c = complete()
        let comment = try c.addComment("Check the sentence date", on: nil, by: "QA", at: "2026-03-20T09:00:00Z")
        #expect(comment.keyQuestion == nil)
        #expect(c.openComments(on: "").count == 1)
    }

    @Test func badCommentsAreRefused() {
        var c = complete()
        #expect(throws: CommentError.emptyText) { try c.addComment("  ", on: nil, by: "QA", at: "2026-03-20T09:00:00Z") }
        #expect(throws: CommentError.keyQuestion(.notMarkedForSample(keyQuestion: "4.1.1", sample: "case-supervision"))) {
            try c.addComment("x", on: "4.1.1", in: framework, by: "QA", at: "2026-03-20T09:00:00Z")
        }
        #expect(throws: CommentError.unknownThread("nope")) {
            try c.answerComment(.reply, thread: "nope", text: "x", by: "QA", at: "2026-03-20T09:00:00Z")
        }
        let comment = try? c.addComment("x", on: nil, by: "QA", at: "2026-03-20T09:00:00Z")
        #expect(throws: CommentError.notResolved(comment!.id)) {
            try c.answerComment(.reopen, thread: comment!.id, by: "QA", at: "2026-03-20T09:01:00Z")
        }
    }

    /// Two copies resolving and replying apart: every entry of both is kept, and the latest
    /// resolving or reopening decides, the same on every copy.
    @Test func theLatestResolutionDecidesWhateverTheOrder() throws {
        var c = complete()
        let comment = try c.addComment("x", on: nil, by: "QA", at: "2026-03-20T09:00:00Z")
        var a = c
        var b = c
        try a.answerComment(.resolve, thread: comment.id, by: "A", at: "2026-03-20T10:00:00Z")
        try b.answerComment(.reply, thread: comment.id, text: "done", by: "B", at: "2026-03-20T09:30:00Z")
        let ab = a.comments + b.comments.filter { e in !a.comments.contains(e) }
        let ba = b.comments + a.comments.filter { e in !b.comments.contains(e) }
        var x = c, y = c
        x.comments = ab
        y.comments = ba
        #expect(x.commentThreads == y.commentThreads)
        #expect(x.commentThreads.first?.isResolved == true)
    }
}

extension QACommentTests {
    /// A comment makes the file version 2, which an older build refuses rather than drop it.
    @Test func aCommentStampsVersionTwo() throws {
        var c = complete()
        c.schemaVersion = 1
        try c.addComment("x", on: nil, by: "QA", at: "2026-03-20T09:00:00Z")
        #expect(c.schemaVersion == Case.supportedSchemaVersion)
    }
}
