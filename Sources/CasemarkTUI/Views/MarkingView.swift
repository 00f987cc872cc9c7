import CasemarkModel

/// The marking screen: the case, its key questions and answers; the selected key question's text,
/// prompts and note; the live strip with the sample-wide percentage and band.
enum MarkingView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let marking = state.marking, let c = state.session.caseWith(id: marking.caseID) else { return }
        let layout = MarkingLayout(width: buffer.width, height: buffer.height)
        let questions = c.markedKeyQuestions(in: state.framework)
        let row = max(0, min(marking.row, questions.count - 1))

        let index = marking.listIndex.flatMap { state.list.order.indices.contains($0) && state.list.order[$0] == c.id ? $0 : nil }
        let position = index.map { "case \($0 + 1) of \(state.list.order.count)" } ?? ""
        let progress = c.progress(in: state.framework)
        // Completed on one copy and changed on another: c completes it again, o reopens it.
        let statusWord = c.conflicts[Case.statusField] != nil ? "STATUS IN CONFLICT: c or o settles"
            : c.status == .complete ? "complete ✓ (locked)" : progress.status.displayName
        var right = [statusWord, buffer.width < 60 ? "" : position].filter { !$0.isEmpty }.joined(separator: " · ")
        if state.readOnly { right = "READ-ONLY · " + right }
        Chrome.header(
            &buffer, row: 0,
            left: "\(c.id) · \(Wording.officer(c.responsibleOfficer)) · \(Wording.sampleTitle(c.sample, state.framework))",
            right: right)
        if let detailsRow = layout.detailsRow {
            let attributes = attributeTexts(c, state.framework)
            let line = (attributes.isEmpty ? ["no attributes recorded"] : attributes)
                + ["\(progress.answered) of \(progress.applicable) answered"]
            if let returned = c.standingReturn {
                // Returned by a quality lead: the reason first of all, for the marker to act on.
                let text = "↩ Returned by \(returned.by), \(Wording.shortTime(returned.at)): \(returned.reason ?? "")"
                buffer.put(text, x: 0, y: detailsRow, style: .bold)
                let used = CellWidth.of(text)
                if used + 3 < buffer.width { buffer.put(" · " + line.joined(separator: " · "), x: used, y: detailsRow) }
            } else {
                buffer.put(line.joined(separator: " · "), x: 0, y: detailsRow)
            }
        }
        if let ruleRow = layout.ruleRow {
            buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: ruleRow, style: .dim)
        }
        if questions.isEmpty {
            buffer.put("This case's sample has no key questions to mark.", x: 0, y: layout.questions.y)
        } else {
            drawQuestions(&buffer, state, questions, row: row, focus: marking.focus, in: layout.questions)
            if !layout.stacked {
                for y in layout.questions.y..<layout.questions.bottom {
                    buffer.put("│", x: layout.questions.width, y: y, style: .dim)
                }
            } else if layout.detail.height > 0 {
                buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: layout.detail.y, style: .dim)
            }
            let detail = layout.stacked
                ? Rect(x: 0, y: layout.detail.y + 1, width: layout.detail.width, height: layout.detail.height - 1)
                : layout.detail
            drawDetail(&buffer, state, questions[row], marking: marking, in: detail)
            drawLive(&buffer, state, questions[row], marking: marking, rows: layout.liveRows)
        }
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, keyTable(for: .marking, review: state.review), readOnly: state.readOnly,
                     locked: state.currentCase?.status == .complete, row: layout.hintRow)
    }

    /// "Risk of serious harm issues apply: N", …: the framework's own attributes (those that rule
    /// key questions out) first, by their titles, then the rest by name.
    static func attributeTexts(_ c: Case, _ framework: Framework) -> [String] {
        let known = framework.attributes.filter { c.attributes[$0.id] != nil }
        let others = c.attributes.keys.filter { key in !known.contains { $0.id == key } }.sorted()
        return known.map { "\($0.title): \(c.attributes[$0.id] ?? "")" } + others.map { "\($0): \(c.attributes[$0] ?? "")" }
    }

    /// How an answer shows in the list, in words (never by colour alone).
    static func answerLabel(_ question: MarkedKeyQuestion) -> String {
        if question.ruledOut { return "(n/a)" }
        if question.inConflict { return "both?" }
        return question.answer?.answer?.displayName ?? "·"
    }

    private static func drawQuestions(
        _ buffer: inout ScreenBuffer, _ state: AppState, _ questions: [MarkedKeyQuestion], row: Int,
        focus: MarkingFocus, in area: Rect
    ) {
        // One line per standard heading and per key question.
        var lines: [(text: String, question: Int?)] = []
        var lastStandard = ""
        for (i, q) in questions.enumerated() {
            if q.standard.id != lastStandard {
                lines.append(("\(q.standard.id) \(q.standard.title)", nil))
                lastStandard = q.standard.id
            }
            lines.append(("", i))
        }
        let selectedLine = lines.firstIndex { $0.question == row } ?? 0
        let scroll = lines.count > area.height ? min(max(0, selectedLine - area.height / 2), lines.count - area.height) : 0
        let idWidth = questions.reduce(0) { max($0, CellWidth.of($1.keyQuestion.id)) }
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            let y = area.y + offset
            guard let i = line.question else {
                buffer.put(line.text, x: area.x, y: y, limit: area.width, style: .bold)
                continue
            }
            let q = questions[i]
            let selected = i == row
            let commented = state.currentCase.map { state.openComments($0, on: q.keyQuestion.id) > 0 } ?? false
            let text = (selected ? ">" : " ") + (commented ? "✎" : " ") + TextLayout.fit(q.keyQuestion.id, to: idWidth) + " "
                + TextLayout.fit(answerLabel(q), to: 5) + " " + (state.shortWording[q.keyQuestion.id] ?? q.keyQuestion.text)
            let style = Style(reverse: selected, dim: q.ruledOut && !selected)
            buffer.put(TextLayout.fit(text, to: area.width), x: area.x, y: y, limit: area.width, style: style)
            if selected && focus == .questions { buffer.cursor = Position(x: area.x + 2, y: y) }
            if selected && focus == .prompts {
                // The key question stays marked while the prompts have the keyboard.
                buffer.restyle(x: area.x, y: y, width: area.width) { $0.reverse = false; $0.bold = true }
            }
        }
    }

    private static func drawDetail(
        _ buffer: inout ScreenBuffer, _ state: AppState, _ question: MarkedKeyQuestion, marking: MarkingState, in area: Rect
    ) {
        guard area.height > 0, area.width > 0 else { return }
        var y = area.y
        let bottom = area.bottom
        func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            guard y < bottom else { return }
            buffer.put(text, x: area.x + indent, y: y, limit: area.width - indent, style: style)
            y += 1
        }
        let kq = question.keyQuestion
        let textLines = TextLayout.wrap("\(kq.id) \(kq.text)", width: area.width)
        let textBudget = area.height >= 10 ? 3 : (area.height >= 6 ? 2 : 1)
        for (i, text) in textLines.prefix(textBudget).enumerated() {
            let last = i == textBudget - 1 && textLines.count > textBudget
            line(last ? TextLayout.truncate(text + " …", to: area.width) : text, .bold)
        }
        if let c = state.currentCase, state.openComments(c, on: kq.id) > 0 {
            // The open QA comments on this key question, newest first, before anything else.
            for thread in c.openComments(on: kq.id).reversed().prefix(2) {
                let replies = thread.replies.count
                let text = "✎ QA (\(thread.comment.by)): \(thread.comment.text)" + (replies > 0 ? " [\(replies) repl\(replies == 1 ? "y" : "ies")]" : "")
                for part in TextLayout.wrap(text, width: area.width).prefix(2) { line(part, .bold) }
            }
        }
        if question.ruledOut {
            for text in TextLayout.wrap("Not applicable to this case (\(state.ruledOutReason(kq))): it takes no answer.", width: area.width) {
                line(text, .dim)
            }
            return
        }
        if question.inConflict, let conflict = state.currentCase?.conflictDetails.first(where: { $0.keyQuestion == kq.id }) {
            // Both values side by side, with who, when and note; any answer settles it.
            for text in TextLayout.wrap("Answer: IN CONFLICT, answered differently on two copies. y / n / a settles it; < or > takes the first or second.", width: area.width) {
                line(text, .bold)
            }
            for (i, value) in conflict.values.enumerated() {
                let judgement = value.value.flatMap(Judgement.init(rawValue:))?.displayName ?? "cleared"
                line("\(i == 0 ? "<" : i == 1 ? ">" : " ") \(judgement) (\(value.by.isEmpty ? "unknown" : value.by), \(Wording.shortTime(value.at)))")
                if let note = value.note, !note.isEmpty {
                    for text in TextLayout.wrap(note, width: max(1, area.width - 4)).prefix(2) { line(text, .dim, indent: 4) }
                }
            }
            return
        }
        let answer = question.answer
        var answerText = "Answer: " + (answer?.answer?.displayName ?? "not answered")
        if let by = answer?.by, answer?.answer != nil {
            answerText += " (\(by)" + (answer?.at.map { ", \(Wording.shortTime($0))" } ?? "") + ")"
        }
        line(answerText)

        // Prompts, then the note with what is left (at least two lines of it when there is room).
        let prompts = kq.prompts
        let ticked = Set(answer?.prompts ?? [])
        // Only the start of a very long note is laid out: the pane shows a few lines of it, and
        // wrapping megabytes on every redraw would stall the screen.
        let fullNote = answer?.note ?? ""
        let noteCut = fullNote.utf8.count > Self.notePreviewCharacters
        let noteLines = TextLayout.wrap(noteCut ? String(fullNote.prefix(Self.notePreviewCharacters)) : fullNote, width: area.width)
        let noteNeed = 1 + min(max(1, noteLines.count), 2)
        if !prompts.isEmpty && y < bottom {
            // Where nothing can be ticked, no hint says how to.
            let tickable = !state.readOnly && state.currentCase?.status != .complete
            let heading = "Prompts: \(ticked.count) of \(prompts.count) ticked"
                + (marking.focus == .prompts || !tickable ? "" : " (Tab to tick)")
            line(heading, .underlined)
            var promptRows: [(text: String, prompt: Int, first: Bool)] = []
            // Prompts cut to one line start where they differ, so that two never read alike.
            let tails = DistinctWording.tails(prompts.map(\.text))
            for (i, prompt) in prompts.enumerated() {
                let box = ticked.contains(prompt.id) ? "[x]" : "[ ]"
                var full = "\(box) \(prompt.id) \(prompt.text)"
                let isSelected = marking.focus == .prompts && i == marking.promptRow
                if isSelected {
                    // The selected prompt is shown whole; the others one line each.
                    let wrapped = TextLayout.wrap(full, width: max(1, area.width - 6))
                    for (n, part) in wrapped.enumerated() { promptRows.append((n == 0 ? part : "    " + part, i, n == 0)) }
                } else {
                    if CellWidth.of(full) > area.width - 2 { full = "\(box) \(prompt.id) \(tails[i])" }
                    promptRows.append((full, i, true))
                }
            }
            let room = max(1, bottom - y - noteNeed)
            let selectedFirst = promptRows.firstIndex { $0.prompt == marking.promptRow && $0.first } ?? 0
            let scroll = promptRows.count > room ? min(max(0, selectedFirst - room / 3), promptRows.count - room) : 0
            for r in promptRows.dropFirst(scroll).prefix(room) {
                let isSelected = marking.focus == .prompts && r.prompt == marking.promptRow
                if isSelected && r.first && y < bottom { buffer.cursor = Position(x: area.x + 3, y: y) }
                guard y < bottom else { break }
                buffer.put(
                    TextLayout.fit((isSelected && r.first ? "> " : "  ") + r.text, to: area.width), x: area.x, y: y,
                    limit: area.width, style: isSelected ? .selected : .plain)
                y += 1
            }
        }
        guard y < bottom else { return }
        line("Note" + ((answer?.note ?? "").isEmpty ? ": none yet (e writes one)" : ":"), .underlined)
        guard !(answer?.note ?? "").isEmpty else { return }
        // A note longer than the pane says where the rest is, rather than stopping mid-sentence.
        let room = bottom - y
        let cut = noteLines.count > room || noteCut
        for text in noteLines.prefix(cut ? max(0, room - 1) : room) { line(text) }
        if cut {
            line(noteCut ? "… the note goes on: v reads the whole case" : "… \(noteLines.count - max(0, room - 1)) more lines: v reads the whole case", .dim)
        }
    }

    /// More than any pane shows (200 lines of 40 columns).
    static let notePreviewCharacters = 8_000

    private static func drawLive(
        _ buffer: inout ScreenBuffer, _ state: AppState, _ question: MarkedKeyQuestion, marking: MarkingState, rows: [Int]
    ) {
        guard let first = rows.first else { return }
        let width = buffer.width
        let narrow = width < 60
        let kq = question.keyQuestion.id
        // Only what is on disk is counted: an answer whose save was refused or failed is not.
        let (scoring, notSaved) = state.session.savedScoring(marking.caseID, keyQuestion: kq)
        let result = scoring.keyQuestionResult(kq)
        // The last change's move is shown only when it reached the disk (the cursor may have
        // moved on from the key question whose save was refused).
        let change = marking.lastChange.flatMap { state.session.isNotSaved(marking.caseID, keyQuestion: $0.keyQuestion) ? nil : $0 }
        var x = 0
        func put(_ text: String, _ style: Style = .plain) {
            x += buffer.put(text, x: x, y: first, style: style)
        }
        if let officer = state.session.officerScope, let officerScoring = state.session.officerScoring {
            // The officer's figure beside the whole sample's, as the results put them.
            OfficerStrip.keyQuestion(kq, officer: officer, officerScoring.keyQuestionResult(kq), sample: result)
                .draw(&buffer, y: first)
        } else if result.tally.applicable == 0 {
            put(kq + (narrow ? " " : " across the sample: "), .bold)
            put("no yes or no answers yet")
        } else {
            put(kq + (narrow ? " " : " across the sample: "), .bold)
            put(narrow ? "\(result.tally.yes)/\(result.tally.applicable) " : "\(result.tally.yes) of \(result.tally.applicable) yes · ")
            if let change, change.keyQuestion == kq, change.before.percent != change.after.percent {
                put("\(Gauge.percentText(change.before.percent)) → ")
            }
            put(Gauge.percentText(result.percent) + " ", .bold)
            put(Gauge.bar(percent: result.percent, width: narrow ? 5 : 10) + " ", .band(result.band))
            put(result.band?.displayName ?? "", Style(bold: true, role: result.band.map { .band($0) } ?? .normal))
        }
        if notSaved {
            // As much as fits: the figure beside it leaves this answer out.
            let room = width - x
            put(room >= 31 ? " · yours not saved, not counted" : room >= 18 ? " · yours not saved" : " · not saved",
                Style(bold: true, role: .alert))
        }
        guard rows.count > 1 else { return }
        x = 0
        let y = rows[1]
        if state.session.officerScope == nil, let change, change.before.tally != change.after.tally,
            let changed = state.framework.standard(containing: change.keyQuestion)
        {
            drawChange(&buffer, state, scoring, change, of: changed, y: y)
            return
        }
        let standard = question.standard
        let computed = scoring.standardResult(standard, recorded: state.record.ratings[standard.id])
        if let officer = state.session.officerScope, let officerScoring = state.session.officerScoring {
            let theirs = Figure(standard: standard, result: officerScoring.standardResult(standard, recorded: nil),
                                scoring: officerScoring, subset: true)
            x += OfficerStrip.standard(standard, officer: officer, theirs, sample: computed.computed).draw(&buffer, y: y)
        } else {
            x += buffer.put("\(standard.id) \(standard.title): ", x: x, y: y)
            x += buffer.put(computed.computed?.displayName ?? "not yet rated", x: x, y: y, style: Style(bold: true, role: computed.computed.map { .band($0) } ?? .normal))
            if let recorded = computed.recorded, recorded.rating != computed.computed {
                x += buffer.put(" (recorded: \(recorded.rating.displayName))", x: x, y: y)
            }
        }
        if let change, change.before.tally != change.after.tally {
            var text = "  ·  \(change.keyQuestion) "
            if change.before.percent == change.after.percent {
                text += "\(change.after.tally.yes) of \(change.after.tally.applicable) yes, still \(Gauge.percentText(change.after.percent))"
            } else {
                text += "\(Gauge.percentText(change.before.percent)) → \(Gauge.percentText(change.after.percent))"
            }
            if change.before.band != change.after.band, let band = change.after.band {
                text += ", now \(band.displayName)"
            }
            x += buffer.put(text, x: x, y: y)
        }
    }

    /// The line under the live figures after an answer moved them: the standard of the key
    /// question that changed (not the one now selected, which may be the next standard's), its
    /// rating, and the move. Words give way to fit, in turn; figures and the new band never do.
    private static func drawChange(
        _ buffer: inout ScreenBuffer, _ state: AppState, _ scoring: Scoring, _ change: LiveChange, of standard: Standard, y: Int
    ) {
        let computed = scoring.standardResult(standard, recorded: state.record.ratings[standard.id]).computed
        func rating(_ short: Bool) -> String {
            let name = { (band: Band?) in band.map { short ? $0.abbreviation : $0.displayName } ?? "not yet rated" }
            return change.standardBefore != change.standardAfter && change.standardBefore != nil
                ? "\(name(change.standardBefore)) → \(name(computed))" : name(computed)
        }
        func move(_ short: Bool) -> String {
            var text = "\(change.keyQuestion) "
            if change.before.percent == change.after.percent {
                text += short ? "\(change.after.tally.yes)/\(change.after.tally.applicable), still \(Gauge.percentText(change.after.percent))"
                    : "\(change.after.tally.yes) of \(change.after.tally.applicable) yes, still \(Gauge.percentText(change.after.percent))"
            } else {
                text += "\(Gauge.percentText(change.before.percent)) → \(Gauge.percentText(change.after.percent))"
            }
            if change.before.band != change.after.band, let band = change.after.band {
                text += short ? " \(band.displayName)" : ", now \(band.displayName)"
            }
            return text
        }
        let title = "\(standard.id) \(standard.title)"
        let candidates = [
            "\(title): \(rating(false))  ·  \(move(false))",
            "\(title): \(rating(false)) · \(move(false))",
            "\(standard.id): \(rating(false)) · \(move(false))",
            "\(standard.id): \(rating(true)) · \(move(false))",
            "\(standard.id): \(rating(true)) · \(move(true))",
        ]
        let text = candidates.first { CellWidth.of($0) <= buffer.width } ?? candidates[candidates.count - 1]
        let style = Style(bold: true, role: computed.map { .band($0) } ?? .normal)
        // The standard's rating in its band's colour, the rest plain.
        let ratingEnd = text.firstIndex(of: "·").map { text[..<$0] } ?? Substring(text)
        let colon = ratingEnd.firstIndex(of: ":").map { ratingEnd.index(after: $0) } ?? ratingEnd.startIndex
        var x = buffer.put(String(text[..<colon]), x: 0, y: y)
        x += buffer.put(String(text[colon..<ratingEnd.endIndex]), x: x, y: y, style: style)
        buffer.put(String(text[ratingEnd.endIndex...]), x: x, y: y)
    }

}
