import CasemarkModel

/// The report's tables: the results table as HMIP's inspection reports give it in their Annex 2
/// (London CRC's, 2019), an officer beside the whole sample, and a breakdown by grade, officer
/// or sample.
enum ResultsTables {
    /// `narrow`: the layout for a terminal too narrow for the full one (see `annex`).
    static func tables(_ report: ResultsReport, narrow: Bool = false) -> [ReportTable] {
        var tables: [ReportTable] = []
        tables.append(report.officer == nil ? annex(report, narrow: narrow) : comparison(report, narrow: narrow))
        if let breakdown = report.breakdown { tables.append(self.breakdown(breakdown, report: report)) }
        return tables
    }

    static func percent(_ p: Int?) -> String { p.map { "\($0)%" } ?? "—" }

    static func yesOf(_ tally: Tally) -> String { tally.applicable == 0 ? "—" : "\(tally.yes) of \(tally.applicable)" }

    static func domainTitle(_ framework: Framework, _ id: String) -> String {
        let title = framework.domains.first { $0.id == id }?.title
        return title.map { "Domain \(id): \($0)" } ?? "Domain \(id)"
    }

    /// The notes every table shares: sub-samples named in the framework.
    static func subSampleNotes(_ framework: Framework) -> [String] {
        var byCondition: [String: [String]] = [:]
        var order: [String] = []
        for kq in framework.markedKeyQuestions {
            guard let c = kq.notApplicableWhen else { continue }
            let title = framework.attributes.first { $0.id == c.attribute }?.title ?? c.attribute
            let key = "\(title) (\(c.attribute) not \(c.values.joined(separator: "/")))"
            if byCondition[key] == nil { order.append(key) }
            byCondition[key, default: []].append(kq.id)
        }
        return order.map { key in
            "Sub-sample: \(byCondition[key]!.joined(separator: ", ")) are calculated only on the cases where \(key); the others count as not applicable."
        }
    }

    // MARK: - Annex 2

    /// The narrow layout folds "Band / computed" and "Rating" into one column: a standard shows
    /// only the rating that counts. Nothing is lost: where a recorded rating differs from the
    /// computed one, the footnote gives the computed rating; otherwise the two are the same. Two
    /// 20-cell band names side by side would leave a 80-column terminal almost no room for the
    /// key questions' wording.
    static func annex(_ report: ResultsReport, narrow: Bool = false) -> ReportTable {
        let framework = report.framework
        var table = ReportTable(
            title: "\(report.provider): inspection results",
            subtitle: ["Framework \(framework.id). Cases: \(report.caseCountSummary)."] + [report.reviewLine].compactMap { $0 },
            columns: narrow
                ? [
                    .init("Standard / key question", maxTextWidth: 48),
                    .init("Yes of appl.", alignRight: true),
                    .init("% yes", alignRight: true),
                    .init("Band / rating"),
                ]
                : [
                    .init("Standard / key question", maxTextWidth: 48),
                    .init("Yes of applicable", alignRight: true),
                    .init("% yes", alignRight: true),
                    .init("Band / computed"),
                    .init("Rating"),
                ])
        var footnotes: [String] = []
        var anyDiscretion = false
        var domain: String?
        for standard in framework.standards {
            if standard.domain != domain {
                domain = standard.domain
                table.rows.append(.section(domainTitle(framework, standard.domain)))
            }
            guard let result = report.results.standard(standard.id) else { continue }
            var rating = result.rating?.displayName ?? "not rated"
            if let recorded = result.recorded {
                footnotes.append(recordedNote(standard, result, recorded, number: footnotes.count + 1))
                if result.isDiscretion {
                    anyDiscretion = true
                    rating += " *"
                }
                rating += " [\(footnotes.count)]"
            }
            if let conflict = report.ratingConflicts[standard.id] {
                // Two copies recorded different ratings: both shown, neither counted until settled.
                footnotes.append("[\(footnotes.count + 1)] " + conflictNote(standard, conflict))
                rating += " (in conflict) [\(footnotes.count)]"
            }
            let computed = standard.ratedFrom == .evidence ? "rated from evidence" : result.computed?.displayName ?? "—"
            let name = "\(standard.id)\(standard.countsTowardOverall ? "" : outsideMark) \(standard.title)"
            table.rows.append(.standard([name, "", ""] + (narrow ? [rating] : [computed, rating])))
            guard standard.ratedFrom == .cases else { continue }
            for kq in standard.keyQuestions {
                guard let r = report.results.keyQuestion(kq.id) else { continue }
                table.rows.append(.keyQuestion(
                    ["  \(kq.id) \(kq.text)", yesOf(r.tally), percent(r.percent), r.band?.displayName ?? "—"]
                        + (narrow ? [] : [""])))
            }
        }
        table.summary = ["Overall: \(overallLine(report.results.overall))"]
        if narrow {
            table.notes.append("Band / rating: a key question's band; a standard's rating, as recorded by the lead inspector ([n], with the reason) or else computed from its key questions (the lowest band).")
        }
        if anyDiscretion {
            table.notes.append("* Professional discretion: the recorded rating differs from the rating computed from the cases.")
        }
        table.notes += footnotes
        table.notes += outsideNotes(framework)
        table.notes += subSampleNotes(framework)
        table.notes.append("Yes = cases judged sufficient of those answered yes or no; not applicable and unanswered are outside the percentage.")
        return table
    }

    /// A standard whose recorded rating was changed differently on two copies: both sides, with
    /// who and when (the text and HTML notes alike).
    static func conflictNote(_ standard: Standard, _ conflict: FieldConflict) -> String {
        let sides = conflict.values.map { "\($0.value ?? "cleared") by \($0.by) on \($0.at.prefix(10)): \($0.detail ?? "")" }
        return "\(standard.id) \(standard.title): recorded ratings IN CONFLICT (changed differently on two copies; settle with casemark rate): "
            + sides.joined(separator: " | ")
    }

    static func recordedNote(_ standard: Standard, _ result: StandardResult, _ recorded: RecordedRating, number: Int) -> String {
        var who = ""
        if let by = recorded.by { who += " by \(by)" }
        if let at = recorded.at { who += " on \(at.prefix(10))" }
        let kind: String
        if standard.ratedFrom == .evidence {
            kind = "rated \(recorded.rating.displayName)\(who)"
        } else if result.isDiscretion {
            kind = "professional discretion\(who): computed \(result.computed?.displayName ?? "no rating") from the cases, recorded \(recorded.rating.displayName)"
        } else {
            kind = "recorded \(recorded.rating.displayName)\(who), as computed"
        }
        return "[\(number)] \(standard.id) \(standard.title): \(kind). Reason: \(recorded.reason)"
    }

    /// Marks a standard that is rated but not part of the overall score, in every table.
    static let outsideMark = "†"

    /// The note that explains `outsideMark`, when the framework has such a standard.
    static func outsideNotes(_ framework: Framework) -> [String] {
        let outside = framework.standards.filter { !$0.countsTowardOverall }
        guard !outside.isEmpty else { return [] }
        let names = outside.map { "\($0.id) \($0.title)" }.joined(separator: ", ")
        return ["\(outsideMark) Outside the overall score: \(names) \(outside.count == 1 ? "is" : "are") rated but not counted in it; the overall score is out of \(framework.maximumScore), from the other \(framework.countedStandards.count) standards."]
    }

    static func overallLine(_ overall: OverallResult) -> String {
        if overall.isComplete { return overall.summary }
        return "\(overall.summary): no overall rating until all \(overall.totalStandards) standards are rated"
    }

    // MARK: - An officer beside the whole sample

    static func bandCell(_ r: KeyQuestionResult, indicative: Bool) -> String {
        guard let band = r.band else { return "—" }
        return Indicative.inWords(band.displayName, indicative: Indicative.isIndicative(r.tally, subset: indicative))
    }

    static func difference(_ d: Int?) -> String { KeyQuestionComparison.points(d) }

    /// The narrow layout writes bands as OS, GD, RI, IN (with "~" for indicative), as the
    /// breakdown does: four band names of up to 33 cells cannot share an 80-column line.
    static func comparison(_ report: ResultsReport, narrow: Bool = false) -> ReportTable {
        let framework = report.framework
        func band(_ b: Band?) -> String { b.map { narrow ? $0.abbreviation : $0.displayName } ?? "—" }
        func officerBand(_ r: KeyQuestionResult) -> String {
            guard narrow else { return bandCell(r, indicative: true) }
            guard let b = r.band else { return "—" }
            return Indicative.marked(b.abbreviation, indicative: Indicative.isIndicative(r.tally, subset: true))
        }
        let officer = report.officer!
        let whole = report.whole ?? report.results
        var table = ReportTable(
            title: "\(report.provider): \(officer.name) beside the whole sample",
            subtitle: [
                "Responsible officer \(officer.label). Their cases: \(report.caseCountSummary).",
                "Standards here are computed from \(officer.name)'s cases only; recorded ratings and the overall rating belong to the whole inspection.",
            ] + [report.reviewLine.map { "Their cases' " + $0.prefix(1).lowercased() + $0.dropFirst() }].compactMap { $0 },
            // Narrow, the Diff. column gives way (the eye takes it from the two percents) so that
            // the figures fit 60 columns with the wording still there.
            columns: [
                .init("Standard / key question", maxTextWidth: 44),
                .init(narrow ? "Officer" : "Officer yes", alignRight: true),
                .init("%", alignRight: true),
                .init(narrow ? "Band" : "Officer band"),
                .init(narrow ? "Sample" : "Sample yes", alignRight: true),
                .init("%", alignRight: true),
                .init(narrow ? "Band" : "Sample band / rating"),
            ] + (narrow ? [] : [.init("Diff.", alignRight: true)]))
        var domain: String?
        for standard in framework.standards where standard.ratedFrom == .cases {
            if standard.domain != domain {
                domain = standard.domain
                table.rows.append(.section(domainTitle(framework, standard.domain)))
            }
            let mine = report.results.standard(standard.id)
            let theirs = whole.standard(standard.id)
            // Her standard rests on her key questions: indicative when any of them is, as on screen.
            let indicative = Indicative.isIndicative(standard: standard, in: report.results, subset: true)
            let mineBand = mine?.computed.map { b in
                narrow ? Indicative.marked(b.abbreviation, indicative: indicative) : Indicative.inWords(b.displayName, indicative: indicative)
            } ?? "—"
            table.rows.append(.standard([
                "\(standard.id)\(standard.countsTowardOverall ? "" : outsideMark) \(standard.title)", "", "", mineBand,
                "", "", theirs?.rating.map(band) ?? "not rated",
            ] + (narrow ? [] : [""])))
            for kq in standard.keyQuestions {
                guard let a = report.results.keyQuestion(kq.id), let b = whole.keyQuestion(kq.id) else { continue }
                let row = KeyQuestionComparison(id: kq.id, subset: a, whole: b)
                table.rows.append(.keyQuestion([
                    "  \(kq.id) \(kq.text)", yesOf(a.tally), percent(a.percent), officerBand(a),
                    yesOf(b.tally), percent(b.percent), band(b.band),
                ] + (narrow ? [] : [difference(row.difference)])))
            }
        }
        table.summary = ["Whole inspection overall: \(overallLine(whole.overall))"]
        table.notes = (narrow ? [] : ["Diff. = the officer's percent minus the whole sample's, in percentage points."]) + [
            "Indicative: fewer than \(Indicative.minimumApplicableCases) applicable cases (answered yes or no), so one case moves the percent by more than 10 points; the officer's standard is indicative when any of its key questions is. The whole sample's figures are the inspection's own results and never indicative.",
        ] + outsideNotes(framework) + subSampleNotes(framework)
        if narrow {
            table.notes.insert("Bands: \(Band.abbreviationLegend(separator: ", ")); ~ marks an indicative band. A standard's sample band is the rating that counts.", at: 0)
        }
        return table
    }

    // MARK: - Breakdown

    /// `subset`: the group is a part of the sample (a grade, an officer, or all of one officer's
    /// cases), whose small numbers are marked `~`; a sample, or the whole inspection, never is.
    static func breakdownCell(_ r: KeyQuestionResult?, subset: Bool) -> String {
        guard let r, let p = r.percent, let band = r.band else { return "—" }
        let figure = Indicative.marked("\(p)% \(band.abbreviation)", indicative: Indicative.isIndicative(r.tally, subset: subset))
        return "\(figure) (\(r.tally.yes) of \(r.tally.applicable))"
    }

    static func breakdown(_ breakdown: Breakdown, report: ResultsReport) -> ReportTable {
        let scope = report.officer.map { "\($0.name)'s cases" } ?? "All cases"
        return self.breakdown(
            breakdown, framework: report.framework, title: report.provider, scope: scope,
            caseSummary: report.caseCountSummary, total: report.caseCounts.values.reduce(0, +),
            allIsSubset: report.officer != nil)
    }

    /// "officer grade", "inspection", "Risk of serious harm issues apply".
    static func groupingLabel(_ grouping: GroupBy, framework: Framework) -> String {
        switch grouping {
        case .grade: "officer grade"
        case .officer: "responsible officer"
        case .sample: "sample"
        case .provider: "inspection"
        case .attribute(let name): framework.attributes.first { $0.id.matchKey == name.matchKey }?.title ?? name
        }
    }

    /// The key questions by group, beside all of them: `title` heads it (a provider, or the
    /// inspections pooled), `scope` names the cases counted; `allIsSubset` when those are
    /// themselves a part of the sample (one officer's cases), whose small numbers are indicative.
    static func breakdown(
        _ breakdown: Breakdown, framework: Framework, title: String, scope: String, caseSummary: String, total: Int,
        allIsSubset: Bool = false
    ) -> ReportTable {
        let label = groupingLabel(breakdown.by, framework: framework)
        let groupTitle: (Breakdown.Group) -> String = { group in
            let title = breakdown.by == .sample ? framework.sample(group.name)?.title ?? group.name : group.name
            return "\(title) (\(group.cases.count))"
        }
        var table = ReportTable(
            title: "\(title): key questions by \(label)",
            subtitle: ["\(scope): \(caseSummary)."],
            columns: [.init("Standard / key question", maxTextWidth: 36)]
                + breakdown.groups.map { .init(groupTitle($0)) }
                + [.init("\(scope) (\(total))")])
        table.repeatsLastColumn = true
        let groupResults = breakdown.groups.map(\.results)
        let all = Scoring(framework: framework, cases: breakdown.groups.flatMap(\.cases)).results(ratings: [:])
        // As on the results screen: a sample is the whole of the sample for its own key
        // questions, and the last column is the whole inspection (or one officer's cases).
        let columns = groupResults.map { ($0, breakdown.by.isSubset) } + [(all, allIsSubset)]
        func standardCell(_ standard: Standard, _ results: InspectionResults, _ subset: Bool) -> String {
            guard let band = results.standard(standard.id)?.computed else { return "—" }
            return Indicative.marked(band.displayName, indicative: Indicative.isIndicative(standard: standard, in: results, subset: subset))
        }
        var domain: String?
        for standard in framework.standards where standard.ratedFrom == .cases {
            if standard.domain != domain {
                domain = standard.domain
                table.rows.append(.section(domainTitle(framework, standard.domain)))
            }
            table.rows.append(.standard(
                ["\(standard.id) \(standard.title)"] + columns.map { standardCell(standard, $0.0, $0.1) }))
            for kq in standard.keyQuestions {
                table.rows.append(.keyQuestion(
                    ["  \(kq.id) \(kq.text)"] + columns.map { breakdownCell($0.0.keyQuestion(kq.id), subset: $0.1) }))
            }
        }
        table.notes = [
            "Each cell: percent yes, band (\(Band.abbreviationLegend(separator: ", "))), and yes of applicable cases; standards show the rating computed from that group's cases.",
            "~ marks an indicative band: fewer than \(Indicative.minimumApplicableCases) applicable cases; a standard's when any of its key questions' is. Only a part of the sample (a grade, an officer) is marked: a sample's figures, and the whole inspection's, are the inspection's own results.",
        ]
        return table
    }
}
