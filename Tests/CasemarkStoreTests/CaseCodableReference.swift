import CasemarkModel
import Foundation

// The case file written a second, independent way: `Codable` for JSONEncoder and JSONDecoder.
// casemark itself reads and writes case files only by `CaseFileFields` (the one table of the
// fields); this reference lives with the tests, so that the hand-written writer can be compared
// with JSONEncoder byte for byte (`CaseJSONWriterTests`, `FieldCoverageTests`) and the readers
// with JSONDecoder (`LoaderFuzzTests`). A field added to the table and not here makes
// `FieldCoverageTests` fail.

extension ResponsibleOfficer: Codable {
    private enum CodingKeys: String, CodingKey { case name, grade }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), grade: try c.decodeIfPresent(String.self, forKey: .grade))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(grade, forKey: .grade)
    }
}

extension Answer: Codable {
    private enum CodingKeys: String, CodingKey { case answer, note, prompts, by, at }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            answer: try c.decodeIfPresent(Judgement.self, forKey: .answer),
            note: try c.decodeIfPresent(String.self, forKey: .note) ?? "",
            prompts: try c.decodeIfPresent([String].self, forKey: .prompts) ?? [],
            by: try c.decodeIfPresent(String.self, forKey: .by),
            at: try c.decodeIfPresent(String.self, forKey: .at))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(answer, forKey: .answer)
        try c.encode(note, forKey: .note)
        try c.encode(prompts, forKey: .prompts)
        try c.encodeIfPresent(by, forKey: .by)
        try c.encodeIfPresent(at, forKey: .at)
    }
}

extension HistoryEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, replaces, event, keyQuestion, previous, value, by, at, reason, note
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Version 1 files have no ids: they are given ones by `Case.givingChangesIDs`.
        self.init(
            event: try c.decode(Event.self, forKey: .event),
            keyQuestion: try c.decodeIfPresent(String.self, forKey: .keyQuestion),
            previous: try c.decodeIfPresent(Answer.self, forKey: .previous),
            value: try c.decodeIfPresent(Answer.self, forKey: .value),
            by: try c.decode(String.self, forKey: .by),
            at: try c.decode(String.self, forKey: .at),
            reason: try c.decodeIfPresent(String.self, forKey: .reason),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            id: try c.decodeIfPresent(String.self, forKey: .id) ?? "",
            replaces: try c.decodeIfPresent([String].self, forKey: .replaces) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        // Left out when empty: the first change of a field replaced nothing.
        if !replaces.isEmpty { try c.encode(replaces, forKey: .replaces) }
        try c.encode(event, forKey: .event)
        try c.encodeIfPresent(keyQuestion, forKey: .keyQuestion)
        try c.encodeIfPresent(previous, forKey: .previous)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(by, forKey: .by)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

extension CommentEntry: Codable {
    private enum CodingKeys: String, CodingKey { case id, kind, thread, keyQuestion, text, by, at }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), kind: try c.decode(Kind.self, forKey: .kind),
            thread: try c.decodeIfPresent(String.self, forKey: .thread),
            keyQuestion: try c.decodeIfPresent(String.self, forKey: .keyQuestion),
            text: try c.decode(String.self, forKey: .text), by: try c.decode(String.self, forKey: .by),
            at: try c.decode(String.self, forKey: .at))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(thread, forKey: .thread)
        try c.encodeIfPresent(keyQuestion, forKey: .keyQuestion)
        try c.encode(text, forKey: .text)
        try c.encode(by, forKey: .by)
        try c.encode(at, forKey: .at)
    }
}

extension Case: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, sample, responsibleOfficer, attributes, status, answers, conflicts, history, comments
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), sample: try c.decode(String.self, forKey: .sample),
            responsibleOfficer: try c.decode(ResponsibleOfficer.self, forKey: .responsibleOfficer),
            attributes: try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:],
            status: try c.decodeIfPresent(CaseStatus.self, forKey: .status) ?? .inProgress,
            answers: try c.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:],
            conflicts: try c.decodeIfPresent([String: [String]].self, forKey: .conflicts) ?? [:],
            history: try c.decodeIfPresent([HistoryEntry].self, forKey: .history) ?? [],
            comments: try c.decodeIfPresent([CommentEntry].self, forKey: .comments) ?? [],
            schemaVersion: try c.decode(Int.self, forKey: .schemaVersion))
        self = givingChangesIDs()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(sample, forKey: .sample)
        try c.encode(responsibleOfficer, forKey: .responsibleOfficer)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(status, forKey: .status)
        try c.encode(answers, forKey: .answers)
        // Left out while there is none, so that a case never merged reads as before.
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
        try c.encode(history, forKey: .history)
        // Left out while there are none, so a case nobody commented on is written as before.
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}
