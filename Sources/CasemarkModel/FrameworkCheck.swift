/// The checks a framework must pass before anything is marked against it.
public struct FrameworkProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the framework file, for example `standards[4].keyQuestions[1].id`.
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

extension Framework {
    /// Every problem in the framework at once, empty when it is sound: unique ids, every key
    /// question under its standard (`2.1.1` under `2.1`), samples and attributes that exist,
    /// a band for every percentage, points for every band, overall bands that cover exactly the
    /// scores the counted standards can add up to.
    public func problems() -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        func report(_ field: String, _ message: String) {
            problems.append(FrameworkProblem(field: field, message: message))
        }
        if schemaVersion > Framework.supportedSchemaVersion {
            report("schemaVersion", "written for a newer casemark: version \(schemaVersion), this build reads up to \(Framework.supportedSchemaVersion)")
        }
        if id.trimmed.isEmpty { report("id", "expected a non-empty framework id") }
        if standards.isEmpty { report("standards", "expected at least one standard") }

        var sampleIDs = Set<String>()
        for (i, sample) in samples.enumerated() where !sampleIDs.insert(sample.id).inserted {
            report("samples[\(i)].id", "duplicate sample id '\(sample.id)'")
        }
        let attributeIDs = Set(attributes.map(\.id))
        let domainIDs = Set(domains.map(\.id))

        var standardIDs = Set<String>()
        var keyQuestionIDs = Set<String>()
        for (s, standard) in standards.enumerated() {
            let at = "standards[\(s)]"
            if standard.id.trimmed.isEmpty { report("\(at).id", "expected a standard id such as '2.1'") }
            if !standardIDs.insert(standard.id).inserted {
                report("\(at).id", "duplicate standard id '\(standard.id)'")
            }
            if !domainIDs.isEmpty && !domainIDs.contains(standard.domain) {
                report("\(at).domain", "unknown domain '\(standard.domain)'; expected one of \(domains.map(\.id).joined(separator: ", "))")
            }
            switch standard.ratedFrom {
            case .cases:
                if let sample = standard.sample {
                    if !sampleIDs.contains(sample) {
                        report("\(at).sample", "unknown sample '\(sample)'; expected one of \(samples.map(\.id).joined(separator: ", "))")
                    }
                } else {
                    report("\(at).sample", "a standard rated from cases needs the sample it applies to")
                }
                if standard.keyQuestions.isEmpty {
                    report("\(at).keyQuestions", "a standard rated from cases needs at least one key question")
                }
            case .evidence:
                break
            }
            for (k, kq) in standard.keyQuestions.enumerated() {
                let kat = "\(at).keyQuestions[\(k)]"
                if !keyQuestionIDs.insert(kq.id).inserted {
                    report("\(kat).id", "duplicate key question id '\(kq.id)'")
                }
                if !kq.id.hasPrefix(standard.id + ".") || kq.id.count <= standard.id.count + 1 {
                    report("\(kat).id", "key question '\(kq.id)' is not under standard '\(standard.id)' (expected '\(standard.id).N')")
                }
                if kq.text.trimmed.isEmpty { report("\(kat).text", "expected the key question's wording") }
                var promptIDs = Set<String>()
                for (p, prompt) in kq.prompts.enumerated() where !promptIDs.insert(prompt.id).inserted {
                    report("\(kat).prompts[\(p)].id", "duplicate prompt id '\(prompt.id)' in \(kq.id)")
                }
                if let condition = kq.notApplicableWhen, !attributeIDs.contains(condition.attribute) {
                    report("\(kat).notApplicableWhen.attribute", "unknown attribute '\(condition.attribute)'")
                }
            }
        }
        if !standardIDs.isDisjoint(with: keyQuestionIDs) {
            report("standards", "a standard and a key question share an id")
        }
        if !bands.contains(where: { $0.minimumPercent <= 0 }) {
            report("bands", "expected a band starting at 0 so every percentage has a band")
        }
        for band in Band.allCases where overall.points[band.rawValue] == nil {
            report("overall.points", "expected points for '\(band.rawValue)'")
        }
        problems += overallBandProblems()
        return problems
    }

    /// The overall bands must give every score from 0 to the most the counted standards can earn
    /// exactly one rating, and no score beyond it: a framework whose bands were written for more
    /// or fewer standards than it counts is wrong, and would show a rating no inspection can reach.
    func overallBandProblems() -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        let counted = countedStandards.count
        if !standards.isEmpty && counted == 0 {
            problems.append(FrameworkProblem(
                field: "standards", message: "expected at least one standard counting toward the overall rating (every standard says \"countsTowardOverall\": false)"))
        }
        let maxScore = maximumScore
        let reach = "the \(counted) standard\(counted == 1 ? "" : "s") counting toward the overall rating score 0 to \(maxScore)"
        for (i, band) in overall.bands.enumerated() {
            let at = "overall.bands[\(i)]"
            if band.minimumScore > band.maximumScore {
                problems.append(FrameworkProblem(field: at, message: "minimumScore \(band.minimumScore) is above maximumScore \(band.maximumScore)"))
            } else if band.minimumScore < 0 {
                problems.append(FrameworkProblem(field: "\(at).minimumScore", message: "expected a score of 0 or more; found \(band.minimumScore)"))
            } else if band.maximumScore > maxScore {
                problems.append(FrameworkProblem(field: "\(at).maximumScore", message: "\(band.maximumScore) is beyond the highest score: \(reach)"))
            }
            for (j, other) in overall.bands.enumerated().prefix(i)
            where band.minimumScore <= other.maximumScore && other.minimumScore <= band.maximumScore {
                problems.append(FrameworkProblem(
                    field: at, message: "scores \(max(band.minimumScore, other.minimumScore))–\(min(band.maximumScore, other.maximumScore)) are also in overall.bands[\(j)]; expected each score in one band"))
            }
        }
        // Runs of uncovered scores, each named once ("no band covers an overall score of 6 to 15").
        var gapStart: Int?
        for score in 0...(maxScore + 1) {
            let covered = score <= maxScore && band(coveringScore: score)
            if !covered, score <= maxScore, gapStart == nil { gapStart = score }
            if covered || score > maxScore, let start = gapStart {
                let scores = start == score - 1 ? "\(start)" : "\(start) to \(score - 1)"
                problems.append(FrameworkProblem(field: "overall.bands", message: "no band covers an overall score of \(scores); expected bands covering every score 0 to \(maxScore) (\(reach))"))
                gapStart = nil
            }
        }
        return problems
    }

    private func band(coveringScore score: Int) -> Bool {
        overall.bands.contains { score >= $0.minimumScore && score <= $0.maximumScore }
    }
}
