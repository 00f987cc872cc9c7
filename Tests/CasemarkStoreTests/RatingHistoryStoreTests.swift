import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// The rating history in `inspection.json`: kept on disk, read from files written before it
/// existed, merged when two processes rate, and checked field by field.
@Suite struct RatingHistoryStoreTests {
    static func rating(_ band: Band, _ reason: String, by: String, at: String) -> RecordedRating {
        RecordedRating(rating: band, reason: reason, by: by, at: at)
    }

    @Test func twoProcessesRatingDifferentStandardsKeepBothHistories() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        var a = first.record
        a.record(Self.rating(.good, "r1", by: "Ann", at: "2026-11-24T10:00:00Z"), for: "1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.saveRecord(a)
        let second = try WritableInspection.open(at: folder.sub("insp"))

        // Both rate from what they loaded: the first replaces its 1.1, the second rates 1.2.
        var mine = first.record
        mine.record(Self.rating(.outstanding, "r2", by: "Ann", at: "2026-11-24T11:00:00Z"), for: "1.1", by: "Ann", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        try first.saveRecord(mine)
        var theirs = second.record
        theirs.record(Self.rating(.inadequate, "r3", by: "Bob", at: "2026-11-24T11:00:01Z"), for: "1.2", by: "Bob", at: "2026-11-24T11:00:01Z", changeID: ChangeID.random())
        try second.saveRecord(theirs)

        let (inspection, problems) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(problems.isEmpty)
        let record = inspection.record
        #expect(record.ratings.mapValues(\.reason) == ["1.1": "r2", "1.2": "r3"])
        #expect(record.ratingHistory.map(\.standard) == ["1.1", "1.1", "1.2"])
        #expect(record.ratingHistory.map(\.by) == ["Ann", "Ann", "Bob"])
        #expect(record.ratingHistory[1].previous?.reason == "r1", "the replaced reason is kept")
    }

    @Test func theSameStandardRatedDifferentlyIsStillAConflict() throws {
        let folder = TestFolder()
        let first = try Fixtures.newInspection(folder)
        let second = try WritableInspection.open(at: folder.sub("insp"))
        var a = first.record
        a.record(Self.rating(.good, "r1", by: "Ann", at: "2026-11-24T10:00:00Z"), for: "2.2", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.saveRecord(a)
        let before = folder.snapshot()
        var b = second.record
        b.record(Self.rating(.inadequate, "r2", by: "Bob", at: "2026-11-24T10:00:01Z"), for: "2.2", by: "Bob", at: "2026-11-24T10:00:01Z", changeID: ChangeID.random())
        #expect(throws: StoreError.conflict(file: "inspection.json", fields: ["ratings.2.2"])) { try second.saveRecord(b) }
        #expect(folder.snapshot() == before)
    }

    @Test func aFileWithoutAHistoryLoadsAndIsWrittenAsBefore() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        let old = #"""
            {
              "createdAt" : "2026-02-23T09:00:00Z",
              "framework" : "hmip-probation-2018",
              "provider" : "Wessex and Downs CRC",
              "ratings" : {
                "1.2" : {
                  "at" : "2026-03-20T15:40:00Z",
                  "by" : "Rhiannon Pryce",
                  "rating" : "Requires improvement",
                  "reason" : "Caseloads too high."
                }
              },
              "schemaVersion" : 1
            }

            """#
        try folder.write("insp/inspection.json", old)
        let (inspection, problems) = try InspectionFolder.load(at: folder.sub("insp"))
        #expect(problems.isEmpty)
        #expect(inspection.record.ratingHistory.isEmpty)
        #expect(inspection.record.ratings["1.2"]?.reason == "Caseloads too high.")
        #expect(String(decoding: RecordFile.encode(inspection.record), as: UTF8.self) == old)
    }

    @Test func aBadHistoryEntryIsNamedByField() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        try folder.write("insp/inspection.json", #"""
            {"schemaVersion": 1, "provider": "P", "framework": "hmip-probation-2018",
             "ratingHistory": [{"standard": "1.1", "by": "Ann", "at": "2026-11-24T10:00:00Z",
                                "value": {"rating": "Excellent", "reason": "r"}}, {"standard": "1.2", "by": "Ann"}]}
            """#)
        let problems = InspectionFolder.validate(at: folder.sub("insp")).map(\.description)
        #expect(problems.contains(#"inspection.json: ratingHistory.0.value.rating: expected Inadequate, Requires improvement, Good or Outstanding; found "Excellent""#))
        #expect(problems.contains("inspection.json: ratingHistory.1.at: missing; expected text"))
    }
}
