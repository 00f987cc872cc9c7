import CasemarkModel
import CasemarkText

/// `casemark compare FIRST SECOND`: the agreement between two markings of the same cases, as
/// text for a reader or JSON (docs/commands.md, "compare"; fixed keys: `keyQuestions` → cases, agreements,
/// percentAgreement, kappa, kappaLow, kappaHigh; `overall` the same; `disagreements` → case,
/// keyQuestion, first, second; more keys are added beside them).
public struct AgreementReport: Sendable {
    /// One of the two inspections compared.
    public struct Side: Sendable {
        public var folder: String
        public var record: InspectionRecord
        public var cases: Int

        public init(folder: String, record: InspectionRecord, cases: Int) {
            self.folder = folder
            self.record = record
            self.cases = cases
        }
    }

    public var comparison: MarkingComparison
    public var framework: Framework
    public var first: Side
    public var second: Side

    public init(comparison: MarkingComparison, framework: Framework, first: Side, second: Side) {
        self.comparison = comparison
        self.framework = framework
        self.first = first
        self.second = second
    }

    /// How the interval is worked out, in both outputs.
    public static let method =
        "Cohen's kappa over yes / no / not applicable; 95% interval kappa ± 1.96 SE, with the large-sample standard error of Fleiss, Cohen and Everitt (1969), cut at -1 and 1. Gwet's AC1 over the same three answers; 95% interval AC1 ± t SE, with Gwet's (2008) variance (no finite-population correction) and Student's t with cases - 1 degrees of freedom, the upper end at most 1 (as the irrCAC package computes it)"

    // MARK: - JSON

    public func json() -> String { jsonValue().rendered }

    public func jsonValue() -> ReportJSON {
        var keyQuestions: [String: ReportJSON] = [:]
        for kq in comparison.keyQuestions {
            var entry = Self.agreement(kq.table)
            entry["title"] = .optional(framework.keyQuestion(kq.keyQuestion)?.text)
            keyQuestions[kq.keyQuestion] = .object(entry)
        }
        return .object([
            "first": side(first),
            "second": side(second),
            "framework": .string(framework.id),
            "casesInBoth": .int(comparison.casesInBoth.count),
            "onlyInFirst": .array(comparison.onlyInFirst.map { .string($0) }),
            "onlyInSecond": .array(comparison.onlyInSecond.map { .string($0) }),
            "method": .string(Self.method),
            "keyQuestions": .object(keyQuestions),
            "overall": .object(Self.agreement(comparison.overall)),
            "disagreements": .array(comparison.disagreements.map { d in
                .object([
                    "case": .string(d.caseID),
                    "keyQuestion": .string(d.keyQuestion),
                    "first": .string(d.firstJudgement.rawValue),
                    "second": .string(d.secondJudgement.rawValue),
                    "title": .optional(framework.keyQuestion(d.keyQuestion)?.text),
                    "firstNote": .string(d.first.note),
                    "secondNote": .string(d.second.note),
                    "firstBy": .optional(d.first.by),
                    "secondBy": .optional(d.second.by),
                ])
            }),
        ])
    }

    private func side(_ s: Side) -> ReportJSON {
        .object([
            "inspection": .string(s.folder),
            "provider": .string(s.record.provider),
            "cases": .int(s.cases),
            "secondMarkOf": .optional(s.record.secondMarkOf?.inspection),
        ])
    }

    static func agreement(_ table: AgreementTable) -> [String: ReportJSON] {
        let kappa = table.kappa
        let ac1 = table.ac1
        let ac1Interval = ac1.flatMap(interval)
        return [
            "cases": .int(table.cases),
            "agreements": .int(table.agreements),
            "percentAgreement": .optional(table.percentAgreement, places: 1),
            "kappa": .optional(kappa?.value, places: 3),
            "kappaLow": .optional(kappa?.low, places: 3),
            "kappaHigh": .optional(kappa?.high, places: 3),
            "kappaStandardError": .optional(kappa?.standardError, places: 4),
            "reading": .optional(kappa.map { table.reading(of: $0.value) }),
            "oneInspectorGaveOneAnswer": .bool(table.oneMarkerGaveOneAnswer),
            "chanceAgreement": .optional(table.chanceAgreement, places: 4),
            "ac1": .optional(ac1?.value, places: 3),
            "ac1Low": .optional(ac1Interval?.low, places: 3),
            "ac1High": .optional(ac1Interval?.high, places: 3),
            "ac1StandardError": .optional(ac1?.standardError, places: 4),
            "ac1Reading": .optional(ac1.map { table.reading(of: $0.value) }),
        ]
    }

    /// AC1's 95 % interval: Student's t with cases − 1 degrees of freedom; nil with one case.
    static func interval(_ ac1: AC1) -> (low: Double, high: Double)? {
        guard ac1.degreesOfFreedom >= 1 else { return nil }
        return ac1.interval(t: StudentT.quantile(0.975, degreesOfFreedom: Double(ac1.degreesOfFreedom)))
    }

    // MARK: - Text

    /// The report for a reader: the table fits 80 columns; notes wrap to `width` (80 when nil).
    public func text(width: Int? = nil) -> String {
        let width = max(40, width ?? 80)
        var lines: [String] = []
        lines.append("Agreement between two markings of \(VisibleText.line(first.record.provider))")
        lines += TextLayout.wrap("First:  \(VisibleText.line(first.folder)) (\(count(first.cases, "case")))", to: width, hangingIndent: 8)
        var secondLine = "Second: \(VisibleText.line(second.folder)) (\(count(second.cases, "case")))"
        if let origin = second.record.secondMarkOf {
            secondLine += ", a second marking of \(origin.inspection) drawn with seed \(origin.seed)"
        }
        lines += TextLayout.wrap(VisibleText.line(secondLine), to: width, hangingIndent: 8)
        lines.append("")
        lines.append("\(count(comparison.casesInBoth.count, "case")) in both.")
        let left = (comparison.onlyInFirst.count, comparison.onlyInSecond.count)
        if left != (0, 0) {
            // The ids are in the JSON; a second marking leaves most of the first out by design.
            lines.append("Not compared: \(count(left.0, "case")) only in the first, \(left.1) only in the second.")
        }
        lines += TextLayout.wrap(
            "κ is Cohen's kappa over yes / no / not applicable, on the key questions answered in both; the 95% interval is κ ± 1.96 standard errors (the large-sample standard error of Fleiss, Cohen and Everitt, 1969), cut at -1 and 1. AC1 is Gwet's AC1 over the same answers, which stays meaningful when nearly every case gets the same answer; its 95% interval uses Gwet's (2008) variance and Student's t with cases - 1 degrees of freedom. The reading is Landis and Koch's (1977), for each figure; markings that never agree read \"no agreement\". κ is not given (–) where both inspectors gave every case the same answer: chance alone would agree.",
            to: width, hangingIndent: 0)
        lines.append("")
        if comparison.keyQuestions.isEmpty {
            lines.append("No key question was answered in both markings of any case: nothing to compare.")
        } else {
            lines.append(Self.row("Key q.", "Cases", "Agree", "%", "", "Value", "95% interval", "Reading"))
            for kq in comparison.keyQuestions { lines += Self.rows(kq.keyQuestion, kq.table) }
            lines += Self.rows("Pooled", comparison.overall)
            if (comparison.keyQuestions.map(\.table) + [comparison.overall]).contains(where: \.oneMarkerGaveOneAnswer) {
                lines.append("")
                lines += TextLayout.wrap(
                    "* One inspector gave every case the same answer: κ is then 0 whatever the other answered, and its interval says nothing. Read the percentage agreement.",
                    to: width, hangingIndent: 0)
            }
        }
        lines.append("")
        let disagreements = comparison.disagreements
        lines.append(disagreements.isEmpty ? "No disagreements." : "Disagreements (\(disagreements.count))")
        for d in disagreements {
            lines.append("")
            lines.append("\(d.caseID)  \(d.keyQuestion)  first: \(d.firstJudgement.displayName), second: \(d.secondJudgement.displayName)")
            if let text = framework.keyQuestion(d.keyQuestion)?.text {
                lines.append("  " + TextLayout.clip(text, to: width - 2))
            }
            lines += noteLines("first", d.first, width: width)
            lines += noteLines("second", d.second, width: width)
        }
        // Each entry is one line for a terminal: whatever the data held, control characters are
        // spelled out (`VisibleText`), so a note cannot add a line or send an escape sequence.
        return lines.map { TextLayout.trimmingTrailingSpaces(VisibleText.line($0)) }.joined(separator: "\n") + "\n"
    }

    private func noteLines(_ label: String, _ answer: Answer, width: Int) -> [String] {
        let who = answer.by.map { " (\(VisibleText.line($0)))" } ?? ""
        let note = answer.note.isEmpty ? "no note" : "\"\(VisibleText.line(answer.note.replacingNewlines()))\""
        return TextLayout.wrap("\(label)\(who): \(note)", to: width - 2, hangingIndent: 2).map { "  " + $0 }
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A key question's two lines of the table, κ above AC1, 76 cells wide at most.
    static func rows(_ label: String, _ table: AgreementTable) -> [String] {
        let kappa = table.kappa
        let percent = table.percentAgreement.map { ReportJSON.fixed($0, places: 1) } ?? "–"
        let kappaValue = kappa.map { ReportJSON.fixed($0.value, places: 3) } ?? "–"
        let kappaInterval = kappa.map { range($0.low, $0.high) } ?? "–"
        let kappaReading = (kappa.map { table.reading(of: $0.value) } ?? "chance agrees") + (table.oneMarkerGaveOneAnswer ? " *" : "")
        let ac1 = table.ac1
        let ac1Value = ac1.map { ReportJSON.fixed($0.value, places: 3) } ?? "–"
        let ac1Interval = ac1.flatMap(interval).map { range($0.low, $0.high) } ?? "–"
        let ac1Reading = ac1.map { table.reading(of: $0.value) } ?? ""
        return [
            row(label, String(table.cases), String(table.agreements), percent, "κ", kappaValue, kappaInterval, kappaReading),
            row("", "", "", "", "AC1", ac1Value, ac1Interval, ac1Reading),
        ]
    }

    private static func range(_ low: Double, _ high: Double) -> String {
        "\(ReportJSON.fixed(low, places: 3)) to \(ReportJSON.fixed(high, places: 3))"
    }

    static func row(
        _ label: String, _ cases: String, _ agree: String, _ percent: String, _ coefficient: String, _ value: String,
        _ interval: String, _ reading: String
    ) -> String {
        func left(_ s: String, _ w: Int) -> String { TextLayout.padded(s, to: w) }
        func right(_ s: String, _ w: Int) -> String { TextLayout.padded(s, to: w, alignRight: true) }
        return left(label, 8) + right(cases, 6) + right(agree, 6) + right(percent, 7) + "  " + left(coefficient, 3)
            + right(value, 7) + "  " + left(interval, 18) + reading
    }
}

extension String {
    /// A note on one line: line breaks shown as " / ".
    fileprivate func replacingNewlines() -> String {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).joined(separator: " / ")
    }
}
