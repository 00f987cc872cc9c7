import CasemarkModel
import Testing

/// `history --all`: every change of every case, QA comments and ratings, newest first, with
/// the settlement of a conflict named, and filtered by case, person and date.
@Suite struct ActivityFeedTests {
    static func inspection() throws -> Inspection {
        var a = try CaseReviewTests.completed("CS-1", by: "Aoife", at: "2026-03-10T10:00:00Z")
        try a.returnToMarker(reason: "2.1.1 needs evidence", by: "Sam", at: "2026-03-11T09:00:00Z", changeID: ChangeID.random(), reopenID: ChangeID.random())
        a.comments.append(CommentEntry(id: "q1", kind: .comment, keyQuestion: "2.1.1", text: "MAPPA?", by: "Sam", at: "2026-03-11T09:30:00Z"))
        var b = Case(id: "CS-2", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ben"))
        // Two copies answered 2.1.2 differently; Dev's later answer replaced both: a settlement.
        b.history = [
            HistoryEntry(event: .answered, keyQuestion: "2.1.2", value: Answer(answer: .yes), by: "Dev", at: "2026-03-09T10:00:00Z", id: "x"),
            HistoryEntry(event: .answered, keyQuestion: "2.1.2", value: Answer(answer: .no), by: "Ann", at: "2026-03-09T10:05:00Z", id: "y"),
            HistoryEntry(
                event: .answered, keyQuestion: "2.1.2", previous: nil, value: Answer(answer: .no), by: "Dev", at: "2026-03-12T08:00:00Z",
                id: "z", replaces: ["x", "y"]),
        ]
        var record = InspectionRecord(provider: "Wessex", framework: "hmip-probation-2018")
        record.record(RecordedRating(rating: .good, reason: "Strong leadership"), for: "1.1", by: "Lead", at: "2026-03-12T12:00:00Z", changeID: "r1")
        return Inspection(record: record, framework: TestFramework.make(), cases: [a, b])
    }

    @Test func everythingNewestFirstWithSettlementsNamed() throws {
        let items = ActivityFeed.items(try Self.inspection())
        #expect(items.map(\.at) == items.map(\.at).sorted(by: >))
        #expect(items.map(\.kind) == [.rating, .answer, .comment, .reopen, .return, .complete, .answer, .answer, .answer])
        #expect(items[0].what == "rated 1.1 Good: Strong leadership")
        #expect(items[0].caseID == nil)
        #expect(items[1].what == "2.1.2 answered No (settling a conflict)")
        #expect(items[1].settles)
        #expect(items[3].what == "reopened the case: 2.1.1 needs evidence", "the return's reopening, made after it, first")
        #expect(items[4].what == "returned the case to its marker: 2.1.1 needs evidence")
        #expect(items[7].what == "2.1.2 answered No" && !items[7].settles && !items[8].settles)
    }

    @Test func filteredByCasePersonAndDate() throws {
        let inspection = try Self.inspection()
        #expect(ActivityFeed.items(inspection, filter: .init(caseID: "cs-2")).map(\.change) == ["z", "y", "x"])
        #expect(ActivityFeed.items(inspection, filter: .init(by: " sam ")).map(\.kind) == [.comment, .reopen, .return])
        #expect(ActivityFeed.items(inspection, filter: .init(since: "2026-03-11", until: "2026-03-11")).map(\.kind) == [.comment, .reopen, .return])
        #expect(ActivityFeed.items(inspection, filter: .init(until: "2026-03-09T10:00:00Z")).map(\.change) == ["x"])
        #expect(ActivityFeed.items(inspection, filter: .init(caseID: "CS-1", by: "Dev")).isEmpty)
    }
}
