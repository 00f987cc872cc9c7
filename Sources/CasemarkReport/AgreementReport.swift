import CasemarkModel
import CasemarkText

/// `casemark compare FIRST SECOND`: the agreement between two markings of the same cases, as
/// text for a reader or JSON (design.md, fixed keys: `keyQuestions` → cases, agreements,
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
        "Cohen's kappa over yes / no / not applicable; 95% interval kappa ± 1.96 SE, with the large-sample standard error of Fleiss, Cohen and Everitt (1969), cut at -1 and 1"

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
        return [
            "cases": .int(table.cases),
            "agreements": .int(table.agreements),
            "percentAgreement": .optional(table.percentAgreement, places: 1),
            "kappa": .optional(kappa?.value, places: 3),
            "kappaLow": .optional(kappa?.low, places: 3),
            "kappaHigh": .optional(kappa?.high, places: 3),
            "kappaStandardError": .optional(kappa?.standardError, places: 4),
            "reading": .optional(kappa?.reading),
            "oneInspectorGaveOneAnswer": .bool(table.oneMarkerGaveOneAnswer),
            "chanceAgreement": .optional(table.chanceAgreement, places: 4),
        ]
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
            "κ is Cohen's kappa over yes / no / not applicable, on the key questions answered in both; the 95% interval is κ ± 1.96 standard errors (the large-sample standard error of Fleiss, Cohen and Everitt, 1969), cut at -1 and 1. The reading is Landis and Koch's (1977). κ is not given (–) where both inspectors gave every case the same answer: chance alone would agree.",
            to: width, hangingIndent: 0)
        lines.append("")
        if comparison.keyQuestions.isEmpty {
            lines.append("No key question was answered in both markings of any case: nothing to compare.")
        } else {
            lines.append(Self.row("Key q.", "Cases", "Agree", "%", "κ", "95% interval", "Reading"))
            for kq in comparison.keyQuestions { lines.append(Self.row(kq.keyQuestion, kq.table)) }
            lines.append(Self.row("Pooled", comparison.overall))
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

    /// One line of the table, 73 cells wide at most.
    static func row(_ label: String, _ table: AgreementTable) -> String {
        let kappa = table.kappa
        let percent = table.percentAgreement.map { ReportJSON.fixed($0, places: 1) } ?? "–"
        let value = kappa.map { ReportJSON.fixed($0.value, places: 3) } ?? "–"
        let interval = kappa.map { "\(ReportJSON.fixed($0.low, places: 3)) to \(ReportJSON.fixed($0.high, places: 3))" } ?? "–"
        return row(label, String(table.cases), String(table.agreements), percent, value, interval, (kappa?.reading ?? "chance agrees") + (table.oneMarkerGaveOneAnswer ? " *" : ""))
    }

    static func row(_ label: String, _ cases: String, _ agree: String, _ percent: String, _ kappa: String, _ interval: String, _ reading: String) -> String {
        func left(_ s: String, _ w: Int) -> String { TextLayout.padded(s, to: w) }
        func right(_ s: String, _ w: Int) -> String { TextLayout.padded(s, to: w, alignRight: true) }
        return left(label, 8) + right(cases, 6) + right(agree, 6) + right(percent, 7) + right(kappa, 8) + "  "
            + left(interval, 17) + reading
    }
}

extension String {
    /// A note on one line: line breaks shown as " / ".
    fileprivate func replacingNewlines() -> String {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).joined(separator: " / ")
    }
}
