import CasemarkModel
import Testing

/// Review stages: approve, return with a reason, awaiting again once completed again, and the
/// rules that refuse a review.
@Suite struct CaseReviewTests {
    /// A case marked and completed by its marker.
    static func completed(_ id: String = "CS-1", by marker: String = "Aoife", at time: String = "2026-03-10T10:00:00Z") throws -> Case {
        var c = Case(id: id, sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval"))
        try c.record(Answer(answer: .yes), for: "2.1.1", by: marker, at: time, changeID: "a-\(id)")
        try c.complete(by: marker, at: time, changeID: "c-\(id)")
        return c
    }

    @Test func aCompleteCaseAwaitsReviewAndAnApprovalIsAChangeWithWhoAndWhen() throws {
        var c = try Self.completed()
        #expect(c.reviewState == .awaiting)
        #expect(c.schemaVersion == Case.supportedSchemaVersion)
        try c.approve(note: "  Sound risk analysis ", by: "Lead", at: "2026-03-11T09:00:00Z", changeID: "r1", completionID: ChangeID.random())
        #expect(c.reviewState == .approved)
        let entry = try #require(c.history.last)
        #expect(entry == HistoryEntry(event: .approved, by: "Lead", at: "2026-03-11T09:00:00Z", note: "Sound risk analysis", id: "r1", replaces: ["c-CS-1"]))
        #expect(entry.field == Case.reviewField)
        #expect(c.standingApproval?.by == "Lead")
        #expect(c.status == .complete)
        // A file with a review is version 3: an older casemark says it is newer, not that it is wrong.
        #expect(c.schemaVersion == Case.reviewSchemaVersion)
        #expect(throws: CaseReviewError.alreadyApproved(caseID: "CS-1", by: "Lead", at: "2026-03-11T09:00:00Z")) {
            try c.approve(by: "Lead", at: "2026-03-11T09:05:00Z", changeID: ChangeID.random(), completionID: ChangeID.random())
        }
    }

    @Test func aReturnReopensTheCaseWithItsReasonAndACompletionMakesItAwaitReviewAgain() throws {
        var c = try Self.completed()
        try c.returnToMarker(reason: "2.1.1: no evidence of the risk assessment", by: "Lead", at: "2026-03-11T09:00:00Z", changeID: "r1", reopenID: "o1")
        #expect(c.status == .inProgress)
        #expect(c.reviewState == .returned)
        #expect(c.standingReturn?.reason == "2.1.1: no evidence of the risk assessment")
        #expect(c.history.suffix(2).map(\.event) == [.returned, .reopened])
        #expect(c.history.last?.reason == "2.1.1: no evidence of the risk assessment")
        // The marker puts it right and completes it again: it awaits review, then is approved.
        try c.record(Answer(answer: .no, note: "no assessment on file"), for: "2.1.1", by: "Aoife", at: "2026-03-12T09:00:00Z", changeID: ChangeID.random())
        #expect(c.reviewState == .returned)
        try c.complete(by: "Aoife", at: "2026-03-12T09:01:00Z", changeID: "c2")
        #expect(c.reviewState == .awaiting)
        #expect(c.standingReturn == nil)
        try c.approve(by: "Lead", at: "2026-03-13T09:00:00Z", changeID: "r2", completionID: ChangeID.random())
        #expect(c.reviewState == .approved)
        #expect(c.history.last?.replaces == ["c2", "r1"])
    }

    @Test func anApprovalHoldsOnlyForTheCompletionItSaw() throws {
        var c = try Self.completed()
        try c.approve(by: "Lead", at: "2026-03-11T09:00:00Z", changeID: ChangeID.random(), completionID: ChangeID.random())
        try c.reopen(reason: "typo in a note", by: "Aoife", at: "2026-03-11T10:00:00Z", changeID: ChangeID.random())
        #expect(c.reviewState == .inProgress)
        try c.complete(by: "Aoife", at: "2026-03-11T10:05:00Z", changeID: ChangeID.random())
        #expect(c.reviewState == .awaiting)
    }

    @Test func anApprovalCanBeRevokedByAReturn() throws {
        var c = try Self.completed()
        try c.approve(by: "Lead", at: "2026-03-11T09:00:00Z", changeID: ChangeID.random(), completionID: ChangeID.random())
        try c.returnToMarker(reason: "approved in error: 2.1.1 needs evidence", by: "Lead", at: "2026-03-11T09:30:00Z", changeID: ChangeID.random(), reopenID: ChangeID.random())
        #expect(c.reviewState == .returned)
    }

    @Test func reviewsAreRefusedWithAReasonAndTheCaseUnchanged() throws {
        let inProgress = Case(id: "CS-2", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval"))
        var c = inProgress
        #expect(throws: CaseReviewError.notComplete(caseID: "CS-2")) { try c.approve(by: "Lead", at: "t", changeID: ChangeID.random(), completionID: ChangeID.random()) }
        #expect(throws: CaseReviewError.notComplete(caseID: "CS-2")) { try c.returnToMarker(reason: "why", by: "Lead", at: "t", changeID: ChangeID.random(), reopenID: ChangeID.random()) }
        #expect(c == inProgress)

        let complete = try Self.completed()
        c = complete
        #expect(throws: CaseReviewError.reasonRequired) { try c.returnToMarker(reason: "  \n ", by: "Lead", at: "t", changeID: ChangeID.random(), reopenID: ChangeID.random()) }
        #expect(throws: CaseReviewError.controlCharacter(what: "reason", scalar: 0x1B)) {
            try c.returnToMarker(reason: "see \u{1B}[31m", by: "Lead", at: "t", changeID: ChangeID.random(), reopenID: ChangeID.random())
        }
        #expect(throws: CaseReviewError.controlCharacter(what: "reason", scalar: 0x0A)) {
            try c.returnToMarker(reason: "two\nlines", by: "Lead", at: "t", changeID: ChangeID.random(), reopenID: ChangeID.random())
        }
        #expect(throws: CaseReviewError.controlCharacter(what: "note", scalar: 0x9B)) {
            try c.approve(note: "C1 \u{9B} control", by: "Lead", at: "t", changeID: ChangeID.random(), completionID: ChangeID.random())
        }
        #expect(c == complete)

        c.conflicts["answers.2.1.1"] = ["x", "y"]
        let inConflict = c
        #expect(throws: CaseReviewError.inConflict(caseID: "CS-1", fields: ["answers.2.1.1"])) { try c.approve(by: "Lead", at: "t", changeID: ChangeID.random(), completionID: ChangeID.random()) }
        #expect(c == inConflict)
        // Names from other scripts are not control characters.
        var named = complete
        try named.approve(note: "Ines Sørensen’s note: 良い", by: "Lead", at: "t", changeID: ChangeID.random(), completionID: ChangeID.random())
    }

    @Test func theQueueIsOldestCompletionFirstAndTheDipIsSpreadAcrossTheMarkersReproducibly() throws {
        var cases: [Case] = []
        // Aoife completed 6, Dev 3, Tomasz 1: a dip of 5 gives them 3, 1 or 2, and 0 or 1.
        let markers = ["Aoife", "Aoife", "Dev", "Aoife", "Tomasz", "Dev", "Aoife", "Aoife", "Dev", "Aoife"]
        for (i, marker) in markers.enumerated() {
            cases.append(try Self.completed("CS-\(i)", by: marker, at: "2026-03-\(String(10 + (9 - i)))T10:00:00Z"))
        }
        var approved = try Self.completed("CS-A", by: "Dev", at: "2026-03-01T10:00:00Z")
        try approved.approve(by: "Lead", at: "2026-03-02T10:00:00Z", changeID: ChangeID.random(), completionID: ChangeID.random())
        cases.append(approved)
        cases.append(Case(id: "CS-P", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval")))
        let queue = ReviewQueue.items(cases)
        #expect(queue.map(\.caseID) == (0..<10).reversed().map { "CS-\($0)" })
        #expect(queue.first == ReviewQueue.Item(caseID: "CS-9", completedBy: "Aoife", completedAt: "2026-03-10T10:00:00Z"))

        let dip = ReviewQueue.dip(queue, size: 5, seed: 42)
        #expect(dip.count == 5)
        #expect(dip == ReviewQueue.dip(queue.reversed(), size: 5, seed: 42).sorted { $0.completedAt! < $1.completedAt! })
        let counts = Dictionary(grouping: dip, by: \.marker).mapValues(\.count)
        // Quotas 3.0, 1.5, 0.5: Aoife 3; the two places of .5 left, Dev (first by name) takes one.
        #expect(counts == ["Aoife": 3, "Dev": 2])
        #expect(dip.map(\.completedAt!) == dip.map(\.completedAt!).sorted())
        #expect(ReviewQueue.dip(queue, size: 50, seed: 1) == queue)
    }

    /// Copies: approve against return is a conflict on the review, the same decision is one, and
    /// a merge names the review it changed.
    @Test func copiesMergeTheReviewByThePerFieldRule() throws {
        let base = try Self.completed()
        var sam = base, kim = base, lee = base
        try sam.approve(by: "Sam", at: "2026-03-11T09:00:00Z", changeID: "s1", completionID: ChangeID.random())
        try kim.returnToMarker(reason: "2.1.1 needs evidence", by: "Kim", at: "2026-03-11T09:05:00Z", changeID: "k1", reopenID: "k2")
        try lee.approve(by: "Lee", at: "2026-03-11T09:10:00Z", changeID: "l1", completionID: ChangeID.random())
        let clash = try sam.merged(with: kim)
        #expect(clash == (try kim.merged(with: sam)))
        #expect(clash.conflicts == [Case.reviewField: ["k1", "s1"]])
        #expect(clash.reviewState == .inConflict)
        #expect(clash.status == .inProgress, "the return's reopening stands: no other copy changed the status")
        #expect(clash.conflictDetails.first?.values.map(\.value) == ["returned", "approved"])
        #expect(sam.changes(mergedInto: clash).contains(MergedChange(
            caseID: "CS-1", field: "review", before: "approved", after: "review in conflict", by: "Kim", at: "2026-03-11T09:05:00Z")))
        let same = try sam.merged(with: lee)
        #expect(same.conflicts.isEmpty && same.reviewState == .approved)
        // Settled by a new review, which merges cleanly into every copy.
        var settled = clash
        try settled.approve(by: "Kim", at: "2026-03-12T09:00:00Z", changeID: "k3", completionID: "k4")
        #expect(settled.conflicts.isEmpty && settled.reviewState == .approved && settled.status == .complete)
        #expect(try settled.merged(with: sam) == settled)
        #expect(try kim.merged(with: settled) == settled)
    }

    /// Completing while the review is in conflict is refused, and the message says how a review
    /// is settled (reviewing again), not "with a new answer", which settles nothing there.
    @Test func completingWithTheReviewInConflictSaysToReviewAgain() throws {
        let base = try Self.completed()
        var sam = base, kim = base
        try sam.approve(by: "Sam", at: "2026-03-11T09:00:00Z", changeID: "s1", completionID: ChangeID.random())
        try kim.returnToMarker(reason: "2.1.1 needs evidence", by: "Kim", at: "2026-03-11T09:05:00Z", changeID: "k1", reopenID: "k2")
        var clash = try sam.merged(with: kim)
        #expect(throws: CaseEditError.inConflict(caseID: "CS-1", fields: [Case.reviewField])) {
            try clash.complete(by: "Tess", at: "2026-03-12T09:00:00Z", changeID: "t1")
        }
        let review = "\(CaseEditError.inConflict(caseID: "CS-1", fields: [Case.reviewField]))"
        #expect(review.hasSuffix("settle the review by approving or returning the case again (casemark review) first"), "\(review)")
        #expect(!review.contains("new answer"))
        let both = "\(CaseEditError.inConflict(caseID: "CS-1", fields: ["2.1.1", Case.reviewField]))"
        #expect(both.hasSuffix("settle the answer with a new answer, and the review by approving or returning the case again (casemark review), first"), "\(both)")
        let answers = "\(CaseEditError.inConflict(caseID: "CS-1", fields: ["2.1.1", "2.1.2"]))"
        #expect(answers.hasSuffix("settle each with a new answer first"), "\(answers)")
    }
}
