import CasemarkModel
import CasemarkText

/// One case read whole, as the lines of a page at the state's width, with where each standard
/// and key question starts on it: drawn by the reading view, scrolled (and searched for the key
/// question at the top, for a QA comment) by the reducer.
enum ReadingPage {
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
            text += " · \(answer.answer == nil ? "note by " : "")\(by)" + (answer.at.map { ", \(Wording.shortTime($0))" } ?? "")
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
            return "Changed: \(before.displayName) → \(after) by \(entry.by), \(Wording.shortTime(entry.at))"
        }
    }

    /// "completed by Rhiannon Pryce, 2026-03-09 11:02", or "reopened by …: reason".
    static func lastEvent(_ c: Case) -> String? {
        guard let entry = c.history.last(where: { $0.event != .answered }) else { return nil }
        let when = "by \(entry.by), \(Wording.shortTime(entry.at))"
        switch entry.event {
        case .completed: return "marked complete \(when)"
        case .reopened: return "reopened \(when)" + (entry.reason.map { ": \($0)" } ?? "")
        case .approved: return "approved \(when)" + (entry.note.map { ": \($0)" } ?? "")
        case .returned: return "returned \(when)" + (entry.reason.map { ": \($0)" } ?? "")
        case .answered: return nil
        }
    }
}
