/// An inspection framework as data: the standards, their key questions and prompts, the samples
/// they apply to, and the rules that turn percentages into bands and bands into an overall rating.
/// Loaded from JSON so that a later framework needs no code change.
public struct Framework: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var id: String
    public var title: String
    public var source: String?
    public var samples: [Sample]
    public var attributes: [AttributeDefinition]
    public var bands: [BandThreshold]
    public var overall: OverallScheme
    public var domains: [Domain]
    public var standards: [Standard]

    public init(
        schemaVersion: Int = 1, id: String, title: String, source: String? = nil,
        samples: [Sample], attributes: [AttributeDefinition], bands: [BandThreshold],
        overall: OverallScheme, domains: [Domain], standards: [Standard]
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.title = title
        self.source = source
        self.samples = samples
        self.attributes = attributes
        self.bands = bands
        self.overall = overall
        self.domains = domains
        self.standards = standards
    }

    /// The newest framework file layout this build reads.
    public static let supportedSchemaVersion = 1

    /// Every key question of every standard, in framework order.
    public var keyQuestions: [KeyQuestion] { standards.flatMap(\.keyQuestions) }

    /// Key questions that are answered per case (not domain one).
    public var markedKeyQuestions: [KeyQuestion] {
        standards.filter { $0.ratedFrom == .cases }.flatMap(\.keyQuestions)
    }

    public func standard(_ id: String) -> Standard? { standards.first { $0.id == id } }

    /// The standards whose ratings add up to the overall score.
    public var countedStandards: [Standard] { standards.filter(\.countsTowardOverall) }

    /// The highest overall score: the most points a rating earns, for every counted standard.
    public var maximumScore: Int { overall.maximumScore(standards: countedStandards.count) }

    public func sample(_ id: String) -> Sample? { samples.first { $0.id == id } }

    /// The standard a key question belongs to.
    public func standard(containing keyQuestionID: String) -> Standard? {
        standards.first { $0.keyQuestions.contains { $0.id == keyQuestionID } }
    }

    public func keyQuestion(_ id: String) -> KeyQuestion? {
        for standard in standards {
            if let kq = standard.keyQuestions.first(where: { $0.id == id }) { return kq }
        }
        return nil
    }

    /// The case-marked standards that a case of this sample is marked against.
    public func standards(forSample sampleID: String) -> [Standard] {
        standards.filter { $0.ratedFrom == .cases && $0.sample == sampleID }
    }

    /// The band for a whole-number percentage: the first threshold (highest first) it reaches.
    public func band(forPercent percent: Int) -> Band {
        let ordered = bands.sorted { $0.minimumPercent > $1.minimumPercent }
        for threshold in ordered where percent >= threshold.minimumPercent {
            return threshold.band
        }
        return ordered.last?.band ?? .inadequate
    }
}

public struct Domain: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// One of the inspection's case samples (case supervision, unpaid work, Through the Gate).
public struct Sample: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A case attribute the framework knows about, such as whether risk-of-serious-harm issues apply.
public struct AttributeDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var values: [String]
    public init(id: String, title: String, values: [String]) {
        self.id = id
        self.title = title
        self.values = values
    }
}

/// "80%+ Outstanding": the lowest whole-number percent that earns a band.
public struct BandThreshold: Codable, Sendable, Equatable {
    public var minimumPercent: Int
    public var band: Band
    public var label: String?
    public init(minimumPercent: Int, band: Band, label: String? = nil) {
        self.minimumPercent = minimumPercent
        self.band = band
        self.label = label
    }
}

/// How standard ratings add up to the provider's overall rating. Framework data, because the
/// points and bands are not confirmed by a primary document (framework.md §2.7).
public struct OverallScheme: Codable, Sendable, Equatable {
    public var points: [String: Int]
    public var bands: [ScoreBand]
    public var verified: Bool?
    public var note: String?

    public init(points: [Band: Int], bands: [ScoreBand], verified: Bool? = nil, note: String? = nil) {
        self.points = Dictionary(uniqueKeysWithValues: points.map { ($0.key.rawValue, $0.value) })
        self.bands = bands
        self.verified = verified
        self.note = note
    }

    public func points(for band: Band) -> Int { points[band.rawValue] ?? 0 }

    /// The highest score `standards` counted standards can reach.
    public func maximumScore(standards: Int) -> Int { (points.values.max() ?? 0) * standards }

    public func band(forScore score: Int) -> Band? {
        bands.first { score >= $0.minimumScore && score <= $0.maximumScore }?.band
    }
}

public struct ScoreBand: Codable, Sendable, Equatable {
    public var minimumScore: Int
    public var maximumScore: Int
    public var band: Band
    public init(minimumScore: Int, maximumScore: Int, band: Band) {
        self.minimumScore = minimumScore
        self.maximumScore = maximumScore
        self.band = band
    }
}
