import CasemarkModel

/// The moderation screen: one disagreement at a time, the key question's wording, the first and
/// the second marking's answers side by side (stacked when narrow), each with who and when, the
/// prompts ticked and the whole note; under them what the lead settled, if anything.
enum ModerationView {
    struct Line: Equatable {
        var text: String
        var style: Style = .plain
    }

    /// Where the parts go at a size.
    struct Layout {
        let width: Int
        let height: Int
        /// Side by side from 60 columns; narrower, the second's answer goes under the first's.
        var sideBySide: Bool { width >= 60 }
        var caseRow: Int? { height >= 16 ? 1 : nil }
        var questionRow: Int { caseRow == nil ? 1 : 2 }
        var questionLines: Int { height >= 20 ? 2 : 1 }
        var ruleRow: Int? { height >= 20 ? questionRow + questionLines : nil }
        var body: Rect {
            let top = (ruleRow.map { $0 + 1 }) ?? questionRow + questionLines
            return Rect(x: 0, y: top, width: width, height: settledRow - top)
        }
        var settledRow: Int { height - 3 }
        var statusRow: Int { height - 2 }
        var hintRow: Int { height - 1 }
        var columnWidth: Int { sideBySide ? (width - 3) / 2 : width }
        /// Stacked: the rows of the first's answer; the second's has the rest.
        var upperHeight: Int { (body.height + 1) / 2 }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let layout = Layout(width: buffer.width, height: buffer.height)
        guard let moderation = state.moderation else { return }
        let count = moderation.disagreements.count
        let position = count == 0 ? "none" : "\(moderation.selected + 1) of \(count) · \(state.settledCount) settled"
        Chrome.header(
            &buffer, row: 0, left: "Moderation · \(state.record.provider)",
            right: TextLayout.firstFitting([position, "\(moderation.selected + 1)/\(count)"], in: max(0, buffer.width / 2)))
        defer {
            Chrome.status(&buffer, state, row: layout.statusRow)
            Chrome.hints(&buffer, KeyTables.moderation, readOnly: state.readOnly, row: layout.hintRow)
        }
        guard let d = moderation.current else {
            buffer.put("No disagreements with \(moderation.against): the two markings agree on every key question answered in both.", x: 0, y: 2)
            return
        }
        let c = state.caseWith(id: d.caseID)
        if let row = layout.caseRow, let c {
            let caseLine = "\(c.id) · \(Chrome.officer(c.responsibleOfficer)) · \(Chrome.sampleTitle(c.sample, state.framework))"
            buffer.put(caseLine, x: 0, y: row, style: .bold)
        }
        let wording = state.framework.keyQuestion(d.keyQuestion)?.text ?? ""
        let heading = (layout.caseRow == nil ? "\(d.caseID) " : "") + "\(d.keyQuestion) \(wording)"
        for (i, line) in TextLayout.wrap(heading, width: max(1, buffer.width)).prefix(layout.questionLines).enumerated() {
            let last = i == layout.questionLines - 1
            let shown = last && TextLayout.wrap(heading, width: max(1, buffer.width)).count > layout.questionLines
                ? line + " …" : line
            buffer.put(shown, x: 0, y: layout.questionRow + i, style: .bold)
        }
        if let rule = layout.ruleRow {
            buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: rule, style: .dim)
        }

        let body = layout.body
        let (left, right) = columns(state, d, layout)
        let scroll = min(moderation.scroll, lastScroll(state, moderation))
        if layout.sideBySide {
            let divider = layout.columnWidth + 1
            for row in 0..<body.height {
                let i = scroll + row
                if i < left.count { buffer.put(left[i].text, x: 0, y: body.y + row, limit: layout.columnWidth, style: left[i].style) }
                buffer.put("│", x: divider, y: body.y + row, style: .dim)
                if i < right.count {
                    buffer.put(right[i].text, x: divider + 2, y: body.y + row, limit: layout.columnWidth, style: right[i].style)
                }
            }
        } else {
            // The first's answer in the upper half, the second's in the lower, scrolled together.
            let halves = [(left, body.y, layout.upperHeight), (right, body.y + layout.upperHeight, body.height - layout.upperHeight)]
            for (lines, top, height) in halves {
                let start = min(scroll, max(0, lines.count - height))
                for row in 0..<height where start + row < lines.count {
                    buffer.put(lines[start + row].text, x: 0, y: top + row, style: lines[start + row].style)
                }
            }
        }
        let more = scroll < lastScroll(state, moderation)
        let settled = settledText(state, d, width: buffer.width - (more ? 10 : 0))
        buffer.put(settled + (more ? "  (↓ more)" : ""), x: 0, y: layout.settledRow, style: settledStyle(state, d))
    }

    /// The first marking's answer (as it was when compared) and the second's, as column lines.
    static func columns(_ state: AppState, _ d: MarkingComparison.Disagreement, _ layout: Layout) -> ([Line], [Line]) {
        let kq = state.framework.keyQuestion(d.keyQuestion)
        let width = max(1, layout.columnWidth)
        return (
            answerLines(layout.sideBySide ? "First marking" : "First", d.first, kq, width: width, compact: !layout.sideBySide),
            answerLines(layout.sideBySide ? "Second marking" : "Second", d.second, kq, width: width, compact: !layout.sideBySide)
        )
    }

    /// One marking's answer: the judgement with who and when, the note, then the prompts. Side by
    /// side each prompt is listed with its tick; stacked (narrow), only the ticked ones' letters.
    static func answerLines(_ title: String, _ answer: Answer, _ kq: KeyQuestion?, width: Int, compact: Bool = false) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: Int = 0) {
            let first = String(repeating: " ", count: min(indent, width / 2))
            let rest = String(repeating: " ", count: min(indent + hanging, width / 2))
            let wrapped = TextLayout.wrap(text, width: max(1, width - first.count))
            guard let head = wrapped.first else { return }
            lines.append(Line(text: first + head, style: style))
            let tail = wrapped.dropFirst().joined(separator: " ")
            guard !tail.isEmpty else { return }
            for part in TextLayout.wrap(tail, width: max(1, width - rest.count)) { lines.append(Line(text: rest + part, style: style)) }
        }
        let judgement = answer.answer?.displayName ?? "not answered"
        let who = answer.by.map { $0 + (answer.at.map { ", \(MarkingView.shortTime($0))" } ?? "") }
        if compact {
            add("\(title): \(judgement)" + (who.map { " · \($0)" } ?? ""), .bold)
        } else {
            add("\(title): \(judgement)", .bold)
            if let who { add(who, .dim) }
        }
        if answer.note.isEmpty {
            add("Note: none", .dim)
        } else if compact {
            add("Note: " + answer.note.split(separator: "\n").joined(separator: " / "))
        } else {
            add("Note:")
            for paragraph in answer.note.split(separator: "\n", omittingEmptySubsequences: false) {
                add(String(paragraph), indent: 1)
            }
        }
        let ticked = Set(answer.prompts)
        if let kq, !kq.prompts.isEmpty {
            if compact {
                let letters = kq.prompts.filter { ticked.contains($0.id) }.map(\.id)
                add("Prompts ticked: " + (letters.isEmpty ? "none" : letters.joined(separator: ", ")), .dim)
            } else {
                add("Prompts: \(ticked.count) of \(kq.prompts.count) ticked")
                for prompt in kq.prompts {
                    let on = ticked.contains(prompt.id)
                    add("\(on ? "[x]" : "[ ]") \(prompt.id) \(prompt.text)", on ? .plain : .dim, indent: 1, hanging: 5 + CellWidth.of(prompt.id))
                }
            }
        }
        return lines
    }

    /// How far the answers can scroll: until the longer one's last line shows.
    static func lastScroll(_ state: AppState, _ moderation: ModerationState) -> Int {
        guard let d = moderation.current else { return 0 }
        let layout = Layout(width: state.width, height: state.height)
        let (left, right) = columns(state, d, layout)
        if layout.sideBySide { return max(0, max(left.count, right.count) - layout.body.height) }
        let upper = layout.upperHeight
        return max(0, left.count - upper, right.count - (layout.body.height - upper))
    }

    static func settledText(_ state: AppState, _ d: MarkingComparison.Disagreement, width: Int) -> String {
        guard let entry = state.settled(d), let value = entry.value?.answer else {
            if state.readOnly { return "Not settled (read-only)" }
            return TextLayout.firstFitting(["Not settled: y yes · n no · a n/a", "Not settled: y n a"], in: width)
        }
        return "Settled: \(value.displayName) · \(entry.by), \(MarkingView.shortTime(entry.at))"
    }

    static func settledStyle(_ state: AppState, _ d: MarkingComparison.Disagreement) -> Style {
        state.settled(d) == nil ? Style(bold: true, role: .alert) : Style(bold: true, role: .ok)
    }
}
