import CasemarkModel
import Foundation

// `inspection.json` written a second, independent way: `Codable` for JSONEncoder and
// JSONDecoder, as casemark itself wrote and read it before `RecordFileFields` became the one
// table of its fields. It lives with the tests, so that the hand-written writer can be compared
// with JSONEncoder byte for byte (`RecordFileTests`, `FieldCoverageTests`). A field added to the
// table and not here makes `FieldCoverageTests` fail.

extension RecordedRating: Codable {
    private enum CodingKeys: String, CodingKey { case rating, reason, by, at }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rating: try c.decode(Band.self, forKey: .rating), reason: try c.decode(String.self, forKey: .reason),
            by: try c.decodeIfPresent(String.self, forKey: .by), at: try c.decodeIfPresent(String.self, forKey: .at))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rating, forKey: .rating)
        try c.encode(reason, forKey: .reason)
        try c.encodeIfPresent(by, forKey: .by)
        try c.encodeIfPresent(at, forKey: .at)
    }
}

extension SecondMarkingOrigin: Codable {
    private enum CodingKeys: String, CodingKey { case inspection, provider, seed, cases }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            inspection: try c.decode(String.self, forKey: .inspection), provider: try c.decode(String.self, forKey: .provider),
            seed: try c.decode(Int.self, forKey: .seed), cases: try c.decode(Int.self, forKey: .cases))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(inspection, forKey: .inspection)
        try c.encode(provider, forKey: .provider)
        try c.encode(seed, forKey: .seed)
        try c.encode(cases, forKey: .cases)
    }
}

extension RatingChange: Codable {
    private enum CodingKeys: String, CodingKey { case id, replaces, standard, previous, value, by, at }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            standard: try c.decode(String.self, forKey: .standard),
            previous: try c.decodeIfPresent(RecordedRating.self, forKey: .previous),
            value: try c.decodeIfPresent(RecordedRating.self, forKey: .value),
            by: try c.decode(String.self, forKey: .by), at: try c.decode(String.self, forKey: .at),
            id: try c.decodeIfPresent(String.self, forKey: .id) ?? "",
            replaces: try c.decodeIfPresent([String].self, forKey: .replaces) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        if !replaces.isEmpty { try c.encode(replaces, forKey: .replaces) }
        try c.encode(standard, forKey: .standard)
        try c.encodeIfPresent(previous, forKey: .previous)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encode(by, forKey: .by)
        try c.encode(at, forKey: .at)
    }
}

extension InspectionRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, provider, framework, ratings, ratingHistory, conflicts, createdAt, createdBy, secondMarkOf
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            provider: try c.decode(String.self, forKey: .provider),
            framework: try c.decode(String.self, forKey: .framework),
            ratings: try c.decodeIfPresent([String: RecordedRating].self, forKey: .ratings) ?? [:],
            ratingHistory: try c.decodeIfPresent([RatingChange].self, forKey: .ratingHistory) ?? [],
            conflicts: try c.decodeIfPresent([String: [String]].self, forKey: .conflicts) ?? [:],
            createdAt: try c.decodeIfPresent(String.self, forKey: .createdAt),
            createdBy: try c.decodeIfPresent(String.self, forKey: .createdBy),
            secondMarkOf: try c.decodeIfPresent(SecondMarkingOrigin.self, forKey: .secondMarkOf),
            schemaVersion: try c.decode(Int.self, forKey: .schemaVersion))
        self = givingChangesIDs()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(provider, forKey: .provider)
        try c.encode(framework, forKey: .framework)
        try c.encode(ratings, forKey: .ratings)
        if !ratingHistory.isEmpty { try c.encode(ratingHistory, forKey: .ratingHistory) }
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
        try c.encodeIfPresent(createdAt, forKey: .createdAt)
        try c.encodeIfPresent(createdBy, forKey: .createdBy)
        try c.encodeIfPresent(secondMarkOf, forKey: .secondMarkOf)
    }
}
