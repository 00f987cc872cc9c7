import CasemarkModel

/// The moderation screen: one disagreement at a time, the key question's wording, the first and
/// the second marking's answers side by side (stacked when narrow), each with who and when, the
/// prompts ticked and the whole note; under them what the lead settled, if anything.
enum ModerationView {

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let layout = ModerationPage.Layout(width: buffer.width, height: buffer.height)
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
        let c = state.session.caseWith(id: d.caseID)
        if let row = layout.caseRow, let c {
            let caseLine = "\(c.id) · \(Wording.officer(c.responsibleOfficer)) · \(Wording.sampleTitle(c.sample, state.framework))"
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
        let (left, right) = ModerationPage.columns(state, d, layout)
        let scroll = min(moderation.scroll, ModerationPage.lastScroll(state, moderation))
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
        let more = scroll < ModerationPage.lastScroll(state, moderation)
        let settled = settledText(state, d, width: buffer.width - (more ? 10 : 0))
        buffer.put(settled + (more ? "  (↓ more)" : ""), x: 0, y: layout.settledRow, style: settledStyle(state, d))
    }

    static func settledText(_ state: AppState, _ d: MarkingComparison.Disagreement, width: Int) -> String {
        guard let entry = state.settled(d), let value = entry.value?.answer else {
            if state.readOnly { return "Not settled (read-only)" }
            return TextLayout.firstFitting(["Not settled: y yes · n no · a n/a", "Not settled: y n a"], in: width)
        }
        return "Settled: \(value.displayName) · \(entry.by), \(Wording.shortTime(entry.at))"
    }

    static func settledStyle(_ state: AppState, _ d: MarkingComparison.Disagreement) -> Style {
        state.settled(d) == nil ? Style(bold: true, role: .alert) : Style(bold: true, role: .ok)
    }
}
