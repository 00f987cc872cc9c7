import CasemarkModel

/// The JSON report (docs/commands.md, "The JSON report"; these keys are fixed, as users'
/// scripts read them, and more may be added): provider, officer, keyQuestions,
/// standards, overall. Band and rating strings are exactly the display names; `null` where none.
/// Added keys: framework, cases, review (null for a CSV file), titles, `recorded` and `discretion` on standards; with an
/// officer, `indicative` on key questions and standards, and `wholeSample`; with `--by`,
/// `breakdown` (whose groups carry `indicative` too: false for every group of `--by sample`).
public enum JSONReport {
    public static func render(_ report: ResultsReport) -> String { value(report).rendered }

    public static func value(_ report: ResultsReport) -> ReportJSON {
        let subset = report.officer != nil
        var root: [String: ReportJSON] = [
            "provider": .string(report.provider),
            "officer": .optional(report.officer?.name),
            "framework": .string(report.framework.id),
            "cases": .object(report.caseCounts.mapValues { .int($0) }),
            "keyQuestions": keyQuestions(report.results, framework: report.framework, indicative: subset ? true : nil),
            "standards": standards(
                report.results, framework: report.framework, indicative: subset ? true : nil,
                conflicts: report.officer == nil ? report.ratingConflicts : [:]),
            "overall": overall(report.results.overall),
            "review": report.review.map(review) ?? .null,
        ]
        if let whole = report.whole {
            root["wholeSample"] = .object([
                "keyQuestions": keyQuestions(whole, framework: report.framework, indicative: nil),
                "standards": standards(whole, framework: report.framework, conflicts: report.ratingConflicts),
                "overall": overall(whole.overall),
            ])
        }
        if let breakdown = report.breakdown {
            root["breakdown"] = Self.breakdown(breakdown, framework: report.framework)
        }
        return .object(root)
    }

    /// `{"awaiting", "approved", "returned"}` (fixed keys), and the cases `inProgress` and
    /// `inConflict`.
    static func review(_ counts: ReviewCounts) -> ReportJSON {
        .object([
            "awaiting": .int(counts.awaiting), "approved": .int(counts.approved), "returned": .int(counts.returned),
            "inProgress": .int(counts.inProgress), "inConflict": .int(counts.inConflict),
        ])
    }

    /// `{"by": "grade", "groups": [{name, cases, keyQuestions, standards}]}`. Every group says
    /// whether each figure is `indicative`; as on the screen, a sample's never is (a sample is
    /// the whole of the sample for its own key questions).
    static func breakdown(_ breakdown: Breakdown, framework: Framework) -> ReportJSON {
        let subset = breakdown.by.isSubset
        return .object([
            "by": .string(breakdown.by.description),
            "groups": .array(breakdown.groups.map { group in
                let results = group.results
                return .object([
                    "name": .string(group.name),
                    "cases": .int(group.cases.count),
                    "keyQuestions": keyQuestions(results, framework: framework, indicative: subset),
                    "standards": standards(results, framework: framework, indicative: subset),
                ])
            }),
        ])
    }

    /// `indicative`: nil for the whole sample (no key); else each key question carries the key,
    /// true only where `true` is given and its band rests on few cases.
    static func keyQuestions(_ results: InspectionResults, framework: Framework, indicative: Bool?) -> ReportJSON {
        var out: [String: ReportJSON] = [:]
        for kq in results.keyQuestions {
            var entry: [String: ReportJSON] = [
                "yes": .int(kq.tally.yes),
                "no": .int(kq.tally.no),
                "notApplicable": .int(kq.tally.notApplicable),
                "unanswered": .int(kq.tally.unanswered),
                "conflicts": .int(kq.tally.conflicts),
                "percent": .optional(kq.percent),
                "band": .optional(kq.band?.displayName),
                "title": .optional(framework.keyQuestion(kq.id)?.text),
            ]
            if let indicative { entry["indicative"] = .bool(Indicative.isIndicative(kq.tally, subset: indicative)) }
            out[kq.id] = .object(entry)
        }
        return .object(out)
    }

    /// `indicative`: the results are a part of the sample, so each standard says whether its
    /// computed rating is indicative (`Indicative.isIndicative(standard:in:subset:)`). Added key:
    /// `conflict`, the recorded ratings in conflict (each with rating, reason, by, at), or null.
    static func standards(
        _ results: InspectionResults, framework: Framework, indicative: Bool? = nil, conflicts: [String: FieldConflict] = [:]
    ) -> ReportJSON {
        var out: [String: ReportJSON] = [:]
        for standard in results.standards {
            let recorded: ReportJSON = standard.recorded.map { r in
                .object([
                    "rating": .string(r.rating.displayName), "reason": .string(r.reason),
                    "by": .optional(r.by), "at": .optional(r.at),
                ])
            } ?? .null
            // An override is a recorded rating on a standard that is otherwise computed from cases.
            let override: ReportJSON =
                if standard.ratedFrom == .cases, let r = standard.recorded {
                    .object(["rating": .string(r.rating.displayName), "reason": .string(r.reason)])
                } else { .null }
            var entry: [String: ReportJSON] = [
                "title": .optional(framework.standard(standard.id)?.title),
                "computed": .optional(standard.computed?.displayName),
                "rating": .optional(standard.rating?.displayName),
                "override": override,
                "recorded": recorded,
                "discretion": .bool(standard.isDiscretion),
                "countsTowardOverall": .bool(standard.countsTowardOverall),
                "conflict": conflicts[standard.id].map { c in
                    .array(c.values.map { v in
                        .object(["rating": .optional(v.value), "reason": .optional(v.detail), "by": .string(v.by), "at": .string(v.at)])
                    })
                } ?? .null,
            ]
            if let indicative, let definition = framework.standard(standard.id) {
                entry["indicative"] = .bool(Indicative.isIndicative(standard: definition, in: results, subset: indicative))
            }
            out[standard.id] = .object(entry)
        }
        return .object(out)
    }

    static func overall(_ overall: OverallResult) -> ReportJSON {
        .object([
            "score": .optional(overall.score),
            "rating": .optional(overall.band?.displayName),
            "ratedStandards": .int(overall.ratedStandards),
            "totalStandards": .int(overall.totalStandards),
            "maximumScore": .int(overall.maximumScore),
        ])
    }
}
