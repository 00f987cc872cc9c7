import CasemarkModel
import CasemarkText

/// One case whole, for the case file or a moderation meeting (`report --case ID`): the officer,
/// the attributes, and for each key question of the case's sample the answer, the prompts ticked,
/// the note and who answered when. Drawn as text, Markdown or HTML from this one description, so
/// the three never disagree.
public struct CaseSheet: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public var id: String
        public var text: String
        /// "Yes", "No", "Not applicable", "Not answered", or why the case's attributes rule it out.
        public var answer: String
        /// "a Does assessment …", in the framework's order.
        public var prompts: [String]
        public var note: String
        /// "Ann Lee, 2026-03-14 10:00 UTC"; nil when nothing was recorded.
        public var recorded: String?
    }

    public struct Part: Sendable, Equatable {
        public var title: String
        public var questions: [Question]
    }

    public var title: String
    /// Label and value: officer, grade, sample, status, each attribute.
    public var facts: [(String, String)]
    public var parts: [Part]
    public var notes: [String]

    public static func == (a: CaseSheet, b: CaseSheet) -> Bool {
        a.title == b.title && a.parts == b.parts && a.notes == b.notes
            && a.facts.map { "\($0.0)=\($0.1)" } == b.facts.map { "\($0.0)=\($0.1)" }
    }

    public init(case c: Case, provider: String, framework: Framework) {
        title = "\(provider): case \(c.id)"
        let grade = c.responsibleOfficer.grade.map { " (\($0))" } ?? ""
        facts = [
            ("Responsible officer", c.responsibleOfficer.name + grade),
            ("Sample", framework.sample(c.sample)?.title ?? c.sample),
            ("Status", c.status == .complete ? "complete" : "in progress"),
            ("Review", Self.review(c)),
        ]
        for attribute in framework.attributes {
            facts.append((attribute.title, c.attributes[attribute.id] ?? "not recorded"))
        }
        for (name, value) in c.attributes.sorted(by: { $0.key < $1.key }) where !framework.attributes.contains(where: { $0.id == name }) {
            facts.append((name, value))
        }
        parts = framework.standards(forSample: c.sample).map { standard in
            Part(title: "\(standard.id) \(standard.title)", questions: standard.keyQuestions.map { kq in
                let answer = c.answers[kq.id]
                var said: String
                switch answer?.answer {
                case .yes: said = "Yes"
                case .no: said = "No"
                case .notApplicable: said = "Not applicable"
                case nil: said = "Not answered"
                }
                if let condition = kq.notApplicableWhen, condition.matches(c.attributes), answer?.answer == nil || answer?.answer == .notApplicable {
                    let title = framework.attributes.first { $0.id == condition.attribute }?.title ?? condition.attribute
                    said = "Not applicable to this case (\(title): \(c.attributes[condition.attribute] ?? ""))"
                }
                let ticked = kq.prompts.filter { answer?.prompts.contains($0.id) ?? false }.map { "\($0.id) \($0.text)" }
                var recorded: String?
                if let answer, !answer.isEmpty {
                    let when = answer.at.map { CaseSheet.when($0) }
                    recorded = [answer.by, when].compactMap { $0 }.joined(separator: ", ").nonEmpty
                }
                return Question(id: kq.id, text: kq.text, answer: said, prompts: ticked, note: answer?.note ?? "", recorded: recorded)
            })
        }
        let earlier = c.history.count
        notes = earlier == 0 ? [] : ["\(earlier) earlier change\(earlier == 1 ? "" : "s") to this case are kept in its history (casemark history INSPECTION \(c.id))."]
    }

    /// "returned by Sam Quality, 2026-03-13 09:40 UTC: 2.3.3: no evidence…", "approved by …",
    /// "awaiting review", "in progress".
    static func review(_ c: Case) -> String {
        switch c.reviewState {
        case .approved:
            let approval = c.standingApproval
            return "approved by \(approval?.by ?? "?"), \(when(approval?.at ?? ""))" + (approval?.note.map { ": \($0)" } ?? "")
        case .returned:
            let given = c.standingReturn
            return "returned to its marker by \(given?.by ?? "?"), \(when(given?.at ?? "")): \(given?.reason ?? "")"
        case .awaiting, .inProgress, .inConflict:
            return c.reviewState.displayName + (c.reviewState == .inConflict ? " (approved on one copy, returned on another: settle it with casemark review)" : "")
        }
    }

    /// "2026-03-14T10:00:00Z" as "2026-03-14 10:00 UTC"; anything else as it is.
    static func when(_ at: String) -> String {
        guard at.count >= 16, at.hasSuffix("Z"), at.dropFirst(10).first == "T" else { return at }
        return "\(at.prefix(10)) \(at.dropFirst(11).prefix(5)) UTC"
    }

    // MARK: - Drawing

    /// Plain text, its prose wrapped to `width` columns (a terminal's or a pipe's), else to
    /// `textWidth`, as on paper.
    public func text(width: Int? = nil) -> String {
        let width = width ?? Self.textWidth
        func wrapped(_ text: String, first: String, rest: String) -> [String] {
            Self.wrapped(text, first: first, rest: rest, width: width)
        }
        let titleLines = TextLayout.wrap(title, to: width, hangingIndent: 0)
        var out = titleLines + [String(repeating: "=", count: min(width, titleLines.map { CellWidth.of($0) }.max() ?? 0)), ""]
        let labelWidth = facts.map { CellWidth.of($0.0) }.max() ?? 0
        for (label, value) in facts {
            let lead = label + ":" + String(repeating: " ", count: labelWidth - CellWidth.of(label) + 1)
            out += wrapped(value.replacingOccurrences(of: "\n", with: " "), first: lead,
                           rest: String(repeating: " ", count: labelWidth + 2))
        }
        for part in parts {
            let heading = wrapped(part.title, first: "", rest: "")
            out += [""] + heading + [String(repeating: "-", count: heading.map { CellWidth.of($0) }.max() ?? 0)]
            for q in part.questions {
                out.append("")
                out += wrapped("\(q.id) \(q.text)", first: "", rest: String(repeating: " ", count: q.id.count + 1))
                out += wrapped(q.answer, first: "  Answer: ", rest: "          ")
                if !q.prompts.isEmpty {
                    out.append("  Prompts ticked:")
                    out += q.prompts.flatMap { wrapped($0, first: "    [x] ", rest: "        ") }
                }
                if !q.note.isEmpty {
                    out.append("  Note:")
                    out += q.note.split(separator: "\n", omittingEmptySubsequences: false)
                        .flatMap { wrapped(String($0), first: "    ", rest: "    ") }
                }
                if let recorded = q.recorded { out += wrapped(recorded, first: "  By: ", rest: "      ") }
            }
        }
        if !notes.isEmpty { out += [""] + notes.flatMap { wrapped($0, first: "", rest: "") } }
        // Each entry is one line for a terminal: a line feed or an escape sequence in a name, a
        // provider or a note line is spelled out (`VisibleText`), never a line or a command.
        return out.map(VisibleText.line).joined(separator: "\n") + "\n"
    }

    /// Prose for paper and terminals: lines of at most `textWidth` columns, words kept whole.
    static let textWidth = 100

    static func wrapped(_ text: String, first: String, rest: String, width: Int = textWidth) -> [String] {
        let lines = TextLayout.wrap(text, to: max(1, width - max(CellWidth.of(first), CellWidth.of(rest))), hangingIndent: 0)
        return lines.enumerated().map { i, line in (i == 0 ? first : rest) + line.trimmingLeadingSpaces }
    }

    public func markdown() -> String {
        let md = MarkdownTable.inline
        var out = ["# \(md(title))", ""]
        out += facts.map { "- **\(md($0.0)):** \(md($0.1))" }
        for part in parts {
            out += ["", "## \(md(part.title))"]
            for q in part.questions {
                out += ["", "### \(md("\(q.id) \(q.text)"))", "", "**Answer:** \(md(q.answer))  "]
                if !q.prompts.isEmpty {
                    out.append("**Prompts ticked:**")
                    out.append("")
                    out += q.prompts.map { "- [x] \(md($0))" }
                    out.append("")
                }
                if !q.note.isEmpty {
                    out.append("**Note:**")
                    out.append("")
                    // Each line of the note as a quoted line, kept apart.
                    out += q.note.split(separator: "\n", omittingEmptySubsequences: false).map { "> \(md(String($0)))  " }
                    out.append("")
                }
                if let recorded = q.recorded { out.append("*By \(md(recorded))*") }
            }
        }
        if !notes.isEmpty { out += [""] + notes.map(md) }
        return out.joined(separator: "\n") + "\n"
    }

    public func html() -> String {
        let e = HTMLTable.escape
        var body = ["<h1>\(e(title))</h1>", "<table class=\"facts\"><tbody>"]
        body += facts.map { "<tr><th scope=\"row\">\(e($0.0))</th><td>\(e($0.1))</td></tr>" }
        body.append("</tbody></table>")
        for part in parts {
            body.append("<section class=\"standard\">")
            body.append("<h2>\(e(part.title))</h2>")
            for q in part.questions {
                body.append("<section class=\"question\" data-key-question=\"\(e(q.id))\">")
                body.append("<h3>\(e("\(q.id) \(q.text)"))</h3>")
                body.append("<p class=\"answer\"><strong>Answer:</strong> \(e(q.answer))</p>")
                if !q.prompts.isEmpty {
                    body.append("<p><strong>Prompts ticked:</strong></p><ul class=\"prompts\">")
                    body += q.prompts.map { "<li>☑ \(e($0))</li>" }
                    body.append("</ul>")
                }
                if !q.note.isEmpty {
                    body.append("<p><strong>Note:</strong></p><blockquote class=\"note\">\(e(q.note))</blockquote>")
                }
                if let recorded = q.recorded { body.append("<p class=\"by\">By \(e(recorded))</p>") }
                body.append("</section>")
            }
            body.append("</section>")
        }
        body += notes.map { "<p class=\"small\">\(e($0))</p>" }
        return HTMLPage.render(title: title, styles: [Self.css], body: body, fitsSmallScreens: false)
    }

    static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; color: #111; margin: 2em auto; max-width: 800px; line-height: 1.35; }
        h1 { font-size: 1.5em; }
        h2 { font-size: 1.2em; border-bottom: 2px solid #333; margin-top: 1.4em; break-after: avoid; }
        h3 { font-size: 1em; margin: 1em 0 0.2em; break-after: avoid; }
        table.facts { border-collapse: collapse; }
        table.facts th, table.facts td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
        section.question { break-inside: avoid; page-break-inside: avoid; }
        blockquote.note { white-space: pre-wrap; border-left: 3px solid #999; margin: 0.3em 0 0.3em 1em; padding-left: 0.6em; }
        ul.prompts { list-style: none; padding-left: 1em; margin: 0.2em 0; }
        .by, .small { color: #444; font-size: 0.9em; }
        @media print { body { margin: 0; max-width: none; } }
        """
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
