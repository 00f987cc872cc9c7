import CasemarkModel
import Foundation
import Testing
@testable import CasemarkStore

/// A case file's fields are spelled in several places (the model's coding keys, the hand-written
/// writer, the quick reader, the careful checker and builder). A field added to the model but
/// missed in one of them would be silently dropped on the way through: this test fills every
/// field of a case, its answers and its history entries, refuses to run if any is left at its
/// default (so a new field must be filled here too), and reads the written file back by every
/// path.
@Suite struct FieldCoverageTests {
    static func full() -> Case {
        let answer = Answer(answer: .yes, note: "Seen the plan.", prompts: ["a", "b"], by: "Ann Lee", at: "2026-11-24T10:00:00Z")
        let earlier = Answer(answer: .no, note: "First look.", prompts: ["a"], by: "Bo Ray", at: "2026-11-23T10:00:00Z")
        let entry = HistoryEntry(
            event: .answered, keyQuestion: "2.1.1", previous: earlier, value: answer, by: "Ann Lee", at: "2026-11-24T10:00:00Z",
            reason: "undo", note: "Sound analysis", id: "0123456789abcdef", replaces: ["i-0000000000000001", "fedcba9876543210"])
        // What the entry above replaces and the conflict names is in the history: a sound graph.
        let before = HistoryEntry(
            event: .answered, keyQuestion: "2.1.2", previous: earlier, value: answer, by: "Bo Ray", at: "2026-11-23T10:00:00Z",
            reason: "undo", note: "First look", id: "fedcba9876543210", replaces: ["i-0000000000000002"])
        return Case(
            id: "F-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
            attributes: ["rosh_issues_apply": "Y"], status: .complete, answers: ["2.1.1": answer],
            conflicts: ["answers.2.1.2": ["0123456789abcdef", "fedcba9876543210"]], history: [before, entry],
            comments: [
                CommentEntry(id: "q1", kind: .comment, keyQuestion: "2.1.1", text: "MAPPA referral?", by: "QA", at: "2026-11-25T10:00:00Z"),
                CommentEntry(id: "q2", kind: .reply, thread: "q1", text: "Found it", by: "Ann Lee", at: "2026-11-25T11:00:00Z"),
                CommentEntry(id: "q3", kind: .resolve, thread: "q1", text: "", by: "QA", at: "2026-11-25T12:00:00Z"),
                CommentEntry(id: "q4", kind: .reopen, thread: "q1", text: "Not on nDelius", by: "QA", at: "2026-11-25T13:00:00Z"),
            ],
            schemaVersion: Case.newestReadableSchemaVersion)
    }

    /// The names of the stored properties left empty, nil, or at their default.
    static func unfilled(_ value: Any, path: String = "") -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let name = path + label
            let mirror = Mirror(reflecting: child.value)
            if mirror.displayStyle == .optional {
                if let some = mirror.children.first {
                    if Mirror(reflecting: some.value).displayStyle == .struct { found += unfilled(some.value, path: name + ".") }
                } else {
                    found.append(name)
                }
            } else if let text = child.value as? String, text.isEmpty {
                found.append(name)
            } else if mirror.displayStyle == .collection || mirror.displayStyle == .dictionary {
                if mirror.children.isEmpty { found.append(name) }
                if name == "history" || name == "answers" {
                    for item in mirror.children {
                        let element = Mirror(reflecting: item.value).displayStyle == .tuple
                            ? Mirror(reflecting: item.value).children.dropFirst().first!.value : item.value
                        found += unfilled(element, path: name + ".")
                    }
                }
            } else if mirror.displayStyle == .struct {
                found += unfilled(child.value, path: name + ".")
            }
        }
        return found
    }

    @Test func everyFieldIsFilledInTheFixture() {
        #expect(Self.unfilled(Self.full()) == [])
        // The check itself finds what is left out.
        let bare = Case(id: "B", sample: "s", responsibleOfficer: ResponsibleOfficer(name: "N"))
        #expect(Self.unfilled(bare) == ["responsibleOfficer.grade", "attributes", "answers", "conflicts", "history", "comments"])
        #expect(Self.full().status != .inProgress)  // the default, which is not written differently
    }

    @Test func everyFieldSurvivesEveryReader() throws {
        let framework = try FrameworkLibrary.bundled()
        let c = Self.full()
        let data = try CaseFile.encode(c)
        #expect(data == (try JSONCoding.encode(c)))  // the hand-written writer writes what Codable does

        let plain = data.withUnsafeBytes { PlainCaseReader(framework: framework).read($0) }
        #expect(plain == c)
        let careful = CaseFile.decodeCarefully(data, file: "cases/F-1.json", framework: framework)
        #expect(careful.0 == c)
        #expect(careful.1.isEmpty)
        let unframed = CaseFile.decodeCarefully(data, file: "cases/F-1.json", framework: nil)
        #expect(unframed.0 == c)
        #expect(try JSONCoding.decoder().decode(Case.self, from: data) == c)
    }

    /// The stored properties of a value, by reflection.
    static func properties(_ value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    /// The case file's one table of fields (`CaseFileFields`), which the writer, the quick reader,
    /// the careful checker and the builder all work from, names every stored property of every
    /// object in a case file: a property added to the model and not to the table fails here
    /// (and the round trip above, once the fixture fills it).
    @Test func theTableNamesEveryStoredProperty() {
        let c = Self.full()
        #expect(Self.properties(c) == CaseFileFields.case.names)
        #expect(Self.properties(c.responsibleOfficer) == CaseFileFields.officer.names)
        #expect(Self.properties(c.answers.values.first!) == CaseFileFields.answer.names)
        #expect(Self.properties(c.history[0]) == CaseFileFields.historyEntry.names)
        #expect(Self.properties(c.comments[0]) == CaseFileFields.commentEntry.names)
    }

    /// Each field dropped from the file in turn: every reader gives back the case without it, so
    /// each field of the full value is really read from the file, not filled in from elsewhere.
    @Test func eachFieldIsReadFromTheFile() throws {
        let c = Self.full()
        let root = try JSONReader.parse([UInt8](try CaseFile.encode(c)))
        guard case .object(let members) = root else { Issue.record("not an object"); return }
        for field in CaseFileFields.case.fields where !field.required {
            let without = JSONValue.object(members.filter { $0.key != field.name })
            let built = CaseFile.build(without)
            #expect(built != nil && built != c, "\(field.name): reading the file without it gave the same case")
        }
    }

    @Test func everyRecordFieldSurvivesTheReader() throws {
        let rating = RecordedRating(rating: .good, reason: "Strong leadership", by: "Lead", at: "2026-11-24T10:00:00Z")
        let record = InspectionRecord(
            provider: "P", framework: "hmip-2018", ratings: ["1.1": rating],
            ratingHistory: [
                RatingChange(standard: "1.1", previous: rating, value: rating, by: "Lead", at: "2026-11-24T10:00:00Z",
                             id: "0123456789abcdef", replaces: ["i-0000000000000001"]),
                RatingChange(standard: "1.2", previous: nil, value: rating, by: "Lead", at: "2026-11-24T10:00:00Z", id: "a"),
                RatingChange(standard: "1.2", previous: nil, value: nil, by: "Lead", at: "2026-11-24T10:00:00Z", id: "b"),
            ],
            conflicts: ["ratings.1.2": ["a", "b"]], createdAt: "2026-11-20T10:00:00Z", createdBy: "Lead",
            secondMarkOf: SecondMarkingOrigin(inspection: "/first", provider: "P", seed: 7, cases: 10))
        #expect(Self.unfilled(record) == [])
        let data = RecordFile.encode(record)
        #expect(data == (try JSONCoding.encode(record)))  // the table's writer writes what Codable does
        let (read, problems) = RecordFile.decode(data)
        #expect(problems.isEmpty)
        #expect(read == record)
        #expect(try JSONCoding.decoder().decode(InspectionRecord.self, from: data) == record)
        // `inspection.json`'s one table (`RecordFileFields`) names every stored property.
        #expect(Self.properties(record) == RecordFileFields.record.names)
        #expect(Self.properties(rating) == RecordFileFields.rating.names)
        #expect(Self.properties(record.ratingHistory[0]) == RecordFileFields.ratingChange.names)
        #expect(Self.properties(record.secondMarkOf!) == RecordFileFields.secondMarkingOrigin.names)
    }
}
