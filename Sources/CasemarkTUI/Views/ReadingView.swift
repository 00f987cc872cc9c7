import CasemarkModel

/// One case read whole, as a page that scrolls: for every key question of its sample, the answer
/// with who gave it and when, the prompts (ticked or not) and the whole evidence note, and any
/// earlier judgement the history keeps. Nothing on it can be changed.
enum ReadingView {
    struct Line: Equatable {
        var text: String
        var style: Style = .plain
    }

    /// The page at the state's width, with where each standard and key question starts on it.
    struct Page {
        var lines: [Line] = []
        /// The first line of each standard, in order (digits jump to them).
        var standards: [Int] = []
        /// The first line of each key question (its standard's heading, for the first of a
        /// standard), by its place among the case's key questions.
        var keyQuestions: [(line: Int, index: Int)] = []
    }

    static func bodyHeight(_ state: AppState) -> Int { ListLayout(width: state.width, height: state.height).rows.height }

    static func page(_ state: AppState, _ c: Case) -> Page {
        let width = max(1, state.width)
        var page = Page()
        /// Wrapped to the width; lines after the first start `hanging` further in, under the
        /// text rather than its label, while that leaves room.
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0, hanging: Int = 0) {
            let characters = Array(text)
            let first = TextLayout.wrapRanges(characters, width: max(1, width - indent))[0]
            var head = String(characters[first])
            while head.last == " " { head.removeLast() }
            page.lines.append(Line(text: String(repeating: " ", count: indent) + head, style: style))
            var rest = characters[first.upperBound...].drop { $0 == "\n" }
            guard !rest.isEmpty else { return }
            rest = rest.drop { $0 == " " }
            let restIndent = indent + (width - indent - hanging >= 20 ? hanging : 0)
            for part in TextLayout.wrap(String(rest), width: max(1, width - restIndent)) {
                page.lines.append(Line(text: String(repeating: " ", count: restIndent) + part, style: style))
            }
        }
        let questions = c.markedKeyQuestions(in: state.framework)
        if questions.isEmpty { add("This case's sample has no key questions.") }
        var lastStandard = ""
        for (index, q) in questions.enumerated() {
            page.keyQuestions.append((page.lines.count, index))
            if q.standard.id != lastStandard {
                lastStandard = q.standard.id
                page.standards.append(page.lines.count)
                add("\(q.standard.id) \(q.standard.title)", Style(bold: true, underline: true))
            }
            let kq = q.keyQuestion
            add("\(kq.id) \(kq.text)", .bold, hanging: CellWidth.of(kq.id) + 1)
            if q.ruledOut {
                add("Not applicable to this case (\(state.ruledOutReason(kq, of: c))): it takes no answer.", .dim, indent: 2)
                page.lines.append(Line(text: ""))
                continue
            }
            let answer = q.answer
            add("Answer: " + answerText(answer), indent: 2, hanging: 8)
            let prompts = kq.prompts
            if !prompts.isEmpty {
                let ticked = Set(answer?.prompts ?? [])
                add("Prompts: \(ticked.count) of \(prompts.count) ticked", indent: 2)
                for prompt in prompts {
                    let mark = ticked.contains(prompt.id) ? "[x]" : "[ ]"
                    add("\(mark) \(prompt.id) \(prompt.text)", ticked.contains(prompt.id) ? .plain : .dim, indent: 4,
                        hanging: 5 + CellWidth.of(prompt.id))
                }
            }
            let note = answer?.note ?? ""
            if note.isEmpty {
                add("Note: none", .dim, indent: 2)
            } else {
                add("Note:", indent: 2)
                // A note of megabytes (a broken or hostile file) is shown up to the length the
                // note editor takes, and says so: laying it all out would stall the screen.
                let long = NoteEditor.isTooLong(note)
                let shown = long ? String(note.prefix(NoteEditor.maximumCharacters)) : note
                for paragraph in shown.split(separator: "\n", omittingEmptySubsequences: false) {
                    add(String(paragraph), indent: 4)
                }
                if long {
                    add("… the note goes on past \(NoteEditor.maximumCharacters) characters; casemark history shows it whole", .dim, indent: 4)
                }
            }
            for change in judgementChanges(c, kq.id) { add(change, .dim, indent: 2, hanging: 9) }
            page.lines.append(Line(text: ""))
        }
        while page.lines.last?.text.isEmpty == true { page.lines.removeLast() }
        return page
    }

    /// "Yes · Rhiannon Pryce, 2026-03-09 09:16", or "not answered".
    static func answerText(_ answer: Answer?) -> String {
        var text = answer?.answer?.displayName ?? "not answered"
        if let answer, !answer.isEmpty, let by = answer.by {
            text += " · \(answer.answer == nil ? "note by " : "")\(by)" + (answer.at.map { ", \(MarkingView.shortTime($0))" } ?? "")
        }
        return text
    }

    /// The earlier judgements the case's history keeps for a key question, oldest first:
    /// "Changed: No → Yes by Tess, 2026-03-09 09:16".
    static func judgementChanges(_ c: Case, _ keyQuestion: String) -> [String] {
        c.history.compactMap { entry in
            guard entry.event == .answered, entry.keyQuestion == keyQuestion,
                let before = entry.previous?.answer, before != entry.value?.answer
            else { return nil }
            let after = entry.value?.answer?.displayName ?? "no answer"
            return "Changed: \(before.displayName) → \(after) by \(entry.by), \(MarkingView.shortTime(entry.at))"
        }
    }

    /// "completed by Rhiannon Pryce, 2026-03-09 11:02", or "reopened by …: reason".
    static func lastEvent(_ c: Case) -> String? {
        guard let entry = c.history.last(where: { $0.event != .answered }) else { return nil }
        let when = "by \(entry.by), \(MarkingView.shortTime(entry.at))"
        switch entry.event {
        case .completed: return "marked complete \(when)"
        case .reopened: return "reopened \(when)" + (entry.reason.map { ": \($0)" } ?? "")
        case .answered: return nil
        }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let reading = state.reading, let c = state.caseWith(id: reading.caseID) else { return }
        let layout = ListLayout(width: buffer.width, height: buffer.height)
        let progress = c.progress(in: state.framework)
        let position = state.list.order.firstIndex(of: c.id).map { "case \($0 + 1) of \(state.list.order.count)" } ?? ""
        let statusWord = c.status == .complete ? "complete ✓" : progress.status.displayName
        let right = ([state.readOnly ? "READ-ONLY" : "", statusWord, buffer.width < 60 ? "" : position])
            .filter { !$0.isEmpty }.joined(separator: " · ")
        Chrome.header(
            &buffer, row: layout.headerRow,
            left: "\(c.id) · \(Chrome.officer(c.responsibleOfficer)) · \(Chrome.sampleTitle(c.sample, state.framework))",
            right: right)

        let page = page(state, c)
        let body = layout.rows
        let scroll = max(0, min(reading.scroll, page.lines.count - body.height))
        let details = MarkingView.attributeTexts(c, state.framework) + ["\(progress.answered) of \(progress.applicable) answered"] + [lastEvent(c)].compactMap { $0 }
        let shown = page.lines.isEmpty ? "" : "lines \(scroll + 1)–\(min(page.lines.count, scroll + body.height)) of \(page.lines.count)"
        Chrome.header(&buffer, row: layout.columnsRow, left: details.joined(separator: " · "),
                      right: page.lines.count > body.height ? shown : "", style: .dim)
        for (offset, line) in page.lines.dropFirst(scroll).prefix(body.height).enumerated() {
            buffer.put(line.text, x: 0, y: body.y + offset, style: line.style)
        }
        buffer.cursor = body.height > 0 ? Position(x: 0, y: body.y) : nil
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, KeyTables.reading, readOnly: state.readOnly, row: layout.hintRow)
    }
}
