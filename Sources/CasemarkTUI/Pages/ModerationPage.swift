import CasemarkModel
import CasemarkText

/// What the moderation page holds at a size (the two markings' answers as lines, where the parts
/// go) and how far it scrolls: drawn by the moderation view, scrolled by the reducer.
enum ModerationPage {
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
        let who = answer.by.map { $0 + (answer.at.map { ", \(Wording.shortTime($0))" } ?? "") }
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
}
