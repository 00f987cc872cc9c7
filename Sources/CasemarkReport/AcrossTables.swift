import CasemarkModel

/// The tables of `report --across`: the inspections side by side (one row each, a column per
/// standard, as the annual report lists providers), the key questions pooled over every case,
/// and any breakdown (the annual report's table 1 is `--by grade`, table 3 `--by` a risk level).
enum AcrossTables {
    static func tables(_ report: AcrossReport) -> [ReportTable] {
        var tables = [sideBySide(report), pooled(report)]
        if let breakdown = report.breakdown {
            tables.append(ResultsTables.breakdown(
                breakdown, framework: report.framework, title: report.title, scope: "All cases",
                caseSummary: report.caseCountSummary, total: report.caseTotal))
        }
        return tables
    }

    static func sideBySide(_ report: AcrossReport) -> ReportTable {
        let framework = report.framework
        var table = ReportTable(
            title: "\(report.title): each inspection's ratings",
            subtitle: ["Framework \(framework.id). Cases: \(report.caseCountSummary)."],
            columns: [.init("Inspection", maxTextWidth: 32), .init("Cases", alignRight: true)]
                + framework.standards.map { .init($0.id + ($0.countsTowardOverall ? "" : ResultsTables.outsideMark)) }
                + [.init("Overall")])
        var anyDiscretion = false
        for member in report.inspections {
            let ratings = framework.standards.map { standard -> String in
                guard let r = member.results.standard(standard.id), let rating = r.rating else { return "—" }
                if r.isDiscretion { anyDiscretion = true }
                return rating.abbreviation + (r.isDiscretion ? "*" : "")
            }
            let overall = member.results.overall
            let overallCell = overall.score.map { score in "\(score) \(overall.band?.abbreviation ?? "")" }
                ?? "\(overall.ratedStandards) of \(overall.totalStandards) rated"
            table.rows.append(.keyQuestion([member.provider, "\(member.caseTotal)"] + ratings + [overallCell]))
        }
        table.notes = [
            "Ratings: \(Band.abbreviationLegend(separator: ", ")); — not rated. Each is the rating that counts: recorded by the lead inspector, or else computed from the inspection's cases.",
            "Overall: the score out of \(framework.maximumScore) and its rating, once every standard is rated.",
        ]
        if anyDiscretion {
            table.notes.insert("* Professional discretion: the recorded rating differs from the one computed from the cases.", at: 1)
        }
        table.notes += ResultsTables.outsideNotes(framework)
        table.notes.append("Standards: " + framework.standards.map { "\($0.id) \($0.title)" }.joined(separator: "; ") + ".")
        return table
    }

    static func pooled(_ report: AcrossReport) -> ReportTable {
        let framework = report.framework
        var table = ReportTable(
            title: "\(report.title): key questions over every case",
            subtitle: ["Cases: \(report.caseCountSummary)."],
            columns: [
                .init("Standard / key question", maxTextWidth: 48),
                .init("Yes of applicable", alignRight: true),
                .init("% yes", alignRight: true),
                .init("Band / computed"),
            ])
        var domain: String?
        for standard in framework.standards where standard.ratedFrom == .cases {
            if standard.domain != domain {
                domain = standard.domain
                table.rows.append(.section(ResultsTables.domainTitle(framework, standard.domain)))
            }
            let computed = report.results.standard(standard.id)?.computed?.displayName ?? "—"
            table.rows.append(.standard(["\(standard.id) \(standard.title)", "", "", computed]))
            for kq in standard.keyQuestions {
                guard let r = report.results.keyQuestion(kq.id) else { continue }
                table.rows.append(.keyQuestion([
                    "  \(kq.id) \(kq.text)", ResultsTables.yesOf(r.tally), ResultsTables.percent(r.percent),
                    r.band?.displayName ?? "—",
                ]))
            }
        }
        table.notes = [
            "Pooled: every case of every inspection counts once, whichever inspection it belongs to; a standard shows the lowest band among its pooled key questions. Recorded ratings belong to one inspection and are not applied here.",
        ] + ResultsTables.subSampleNotes(framework)
        return table
    }
}

extension Report {
    /// Renders a report across inspections in any of the formats.
    public static func render(_ report: AcrossReport, format: ReportFormat, width: Int? = nil) throws -> String {
        switch format {
        case .json: return AcrossJSON.value(report).rendered
        case .csv: return try AcrossCSV.render(report)
        case .text: return TextTable.render(AcrossTables.tables(report), width: width)
        case .markdown: return MarkdownTable.render(AcrossTables.tables(report))
        case .html: return AcrossHTML.render(report)
        }
    }
}

/// The JSON report across inspections (docs/commands.md, "Many inspections together"; its keys are fixed, as
/// users' scripts read them, and more may be added): `inspections`
/// (each `{provider, cases, overall, standards}`), `keyQuestions` pooled with the same keys as one
/// inspection's, `standards` computed from them, and with `--by` a `breakdown` of the same shape.
enum AcrossJSON {
    static func value(_ report: AcrossReport) -> ReportJSON {
        let framework = report.framework
        var root: [String: ReportJSON] = [
            "framework": .string(framework.id),
            "cases": .object(report.caseCounts.mapValues { .int($0) }),
            "inspections": .array(report.inspections.map { member in
                .object([
                    "provider": .string(member.provider),
                    "folder": .string(member.folder),
                    "cases": .object(member.caseCounts.mapValues { .int($0) }),
                    "overall": JSONReport.overall(member.results.overall),
                    "standards": JSONReport.standards(member.results, framework: framework),
                ])
            }),
            "keyQuestions": JSONReport.keyQuestions(report.results, framework: framework, indicative: nil),
            "standards": JSONReport.standards(report.results, framework: framework),
        ]
        if let breakdown = report.breakdown {
            root["breakdown"] = JSONReport.breakdown(breakdown, framework: framework)
        }
        return .object(root)
    }
}

/// The CSV report across inspections: the single report's columns, with one group per
/// inspection (`inspection:<provider>`: its standards and overall), the pooled key questions
/// and standards (`all`), and any breakdown's groups (`<by>:<name>`).
enum AcrossCSV {
    static func render(_ report: AcrossReport) throws -> String {
        let framework = report.framework
        var rows: [[String]] = [CSVReport.columns]
        for (member, name) in zip(report.inspections, AcrossReport.groupNames(report.inspections)) {
            rows += CSVReport.rows(member.results, group: "inspection:\(name)", framework: framework, subset: false)
                .filter { $0[1] != "key-question" }
        }
        rows += CSVReport.rows(report.results, group: "all", framework: framework, subset: false)
            .filter { $0[1] != "overall" }
        if let breakdown = report.breakdown {
            for group in breakdown.groups {
                rows += CSVReport.rows(group.results, group: "\(breakdown.by):\(group.name)", framework: framework, subset: true)
                    .filter { $0[1] != "overall" }
            }
        }
        return try CSVReport.write(rows)
    }
}
