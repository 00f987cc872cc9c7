import Foundation

/// A standard (2.1 Assessment …): rated from the case sample's key questions, or (domain one, and
/// any other standard the framework says so of) by the lead inspector from wider evidence.
public struct Standard: Codable, Sendable, Equatable {
    public enum RatedFrom: String, Codable, Sendable {
        case cases
        case evidence
    }

    public var id: String
    public var domain: String
    public var title: String
    public var statement: String
    /// False when the title and statement are not from a source (left out when they are).
    public var verified: Bool?
    public var ratedFrom: RatedFrom
    /// The sample whose cases are marked against this standard; nil for one rated from evidence.
    public var sample: String?
    public var keyQuestions: [KeyQuestion]
    /// False for a standard that is rated but whose rating is not part of the overall score (the
    /// youth framework's resettlement standard). In the file only when false.
    public var countsTowardOverall: Bool

    public init(
        id: String, domain: String, title: String, statement: String = "",
        ratedFrom: RatedFrom, sample: String?, keyQuestions: [KeyQuestion], countsTowardOverall: Bool = true,
        verified: Bool? = nil
    ) {
        self.id = id
        self.domain = domain
        self.title = title
        self.statement = statement
        self.ratedFrom = ratedFrom
        self.sample = sample
        self.keyQuestions = keyQuestions
        self.countsTowardOverall = countsTowardOverall
        self.verified = verified
    }

    private enum CodingKeys: String, CodingKey {
        case id, domain, title, statement, verified, ratedFrom, sample, keyQuestions, countsTowardOverall
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        domain = try c.decode(String.self, forKey: .domain)
        title = try c.decode(String.self, forKey: .title)
        statement = try c.decode(String.self, forKey: .statement)
        verified = try c.decodeIfPresent(Bool.self, forKey: .verified)
        ratedFrom = try c.decode(RatedFrom.self, forKey: .ratedFrom)
        sample = try c.decodeIfPresent(String.self, forKey: .sample)
        keyQuestions = try c.decode([KeyQuestion].self, forKey: .keyQuestions)
        countsTowardOverall = try c.decodeIfPresent(Bool.self, forKey: .countsTowardOverall) ?? true
    }

    /// Written as before for a standard that counts, so a framework file written by an earlier
    /// casemark and one written now are the same bytes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(domain, forKey: .domain)
        try c.encode(title, forKey: .title)
        try c.encode(statement, forKey: .statement)
        try c.encodeIfPresent(verified, forKey: .verified)
        try c.encode(ratedFrom, forKey: .ratedFrom)
        try c.encodeIfPresent(sample, forKey: .sample)
        try c.encode(keyQuestions, forKey: .keyQuestions)
        if !countsTowardOverall { try c.encode(false, forKey: .countsTowardOverall) }
    }
}

/// A key question (2.1.1 "Does assessment focus sufficiently on engaging the service user?"),
/// answered per case yes, no or not applicable.
public struct KeyQuestion: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var verified: Bool?
    public var prompts: [Prompt]
    /// A case attribute whose explicit value puts this key question outside the case's sub-sample.
    public var notApplicableWhen: AttributeCondition?

    public init(
        id: String, text: String, verified: Bool? = nil, prompts: [Prompt] = [],
        notApplicableWhen: AttributeCondition? = nil
    ) {
        self.id = id
        self.text = text
        self.verified = verified
        self.prompts = prompts
        self.notApplicableWhen = notApplicableWhen
    }
}

/// A prompt that guides the judgement on a key question; the inspector ticks those that informed it.
public struct Prompt: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var verification: String?

    public init(id: String, text: String, verification: String? = nil) {
        self.id = id
        self.text = text
        self.verification = verification
    }
}

/// "Not applicable when rosh_issues_apply is N". Values match case-insensitively; an attribute
/// that is absent never matches, so an unknown value never removes a case from the denominator.
public struct AttributeCondition: Codable, Sendable, Equatable {
    public var attribute: String
    public var values: [String]

    public init(attribute: String, values: [String]) {
        self.attribute = attribute
        self.values = values
    }

    public func matches(_ attributes: [String: String]) -> Bool {
        guard let value = attributes[attribute]?.trimmed, !value.isEmpty else { return false }
        // The same text first: an imported value is kept in the framework's own spelling.
        return values.contains { $0 == value || $0.sameIgnoringCase(value) }
    }
}
