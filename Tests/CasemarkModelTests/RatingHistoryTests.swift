import CasemarkModel
import Testing

/// Recording, replacing and clearing a standard's rating keeps the earlier rating and reason.
@Suite struct RatingHistoryTests {
    static let good = RecordedRating(rating: .good, reason: "Consistent with the case findings", by: "Ann", at: "2026-11-24T10:00:00Z")
    static let requiresImprovement = RecordedRating(
        rating: .requiresImprovement, reason: "Wider evidence: assessments late", by: "Bob", at: "2026-11-25T09:00:00Z")

    @Test func anOverwrittenRatingAndReasonCanBeRecovered() throws {
        var record = InspectionRecord(provider: "Test CRC", framework: "test-2018")
        let first = record.record(Self.good, for: "2.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        #expect(first != nil)
        let replaced = record.record(Self.requiresImprovement, for: "2.1", by: "Bob", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random())
        let change = try #require(replaced)

        #expect(record.ratings["2.1"] == Self.requiresImprovement)
        #expect(change.previous?.reason == "Consistent with the case findings")
        #expect(record.ratingHistory.last == change)
        let earlier = record.ratingHistory.filter { $0.standard == "2.1" }.map(\.previous)
        #expect(earlier == [nil, Self.good])
    }

    @Test func aClearedRatingCanBeRecovered() throws {
        var record = InspectionRecord(provider: "Test CRC", framework: "test-2018")
        record.record(Self.good, for: "1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let change = record.record(nil, for: "1.1", by: "Bob", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random())
        let cleared = try #require(change)

        #expect(record.ratings["1.1"] == nil)
        #expect(cleared == RatingChange(standard: "1.1", previous: Self.good, value: nil, by: "Bob", at: "2026-11-25T09:00:00Z",
                                        id: cleared.id, replaces: [record.ratingHistory[0].id]))
        #expect(record.ratingHistory.count == 2)
    }

    @Test func clearingWhatWasNeverRecordedChangesNothing() {
        var record = InspectionRecord(provider: "Test CRC", framework: "test-2018")
        #expect(record.record(nil, for: "1.1", by: "Bob", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random()) == nil)
        #expect(record.ratingHistory.isEmpty)
    }
}
