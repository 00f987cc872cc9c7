import CasemarkModel

/// The small boxes: confirm, reopen reason, filter; and the search line.
enum DialogView {
    static func confirm(_ buffer: inout ScreenBuffer, _ state: AppState, _ confirmation: Confirmation) {
        let question: String
        switch confirmation {
        case .complete(let id, let unanswered):
            let list = unanswered.prefix(6).joined(separator: ", ") + (unanswered.count > 6 ? " …" : "")
            let count = unanswered.count == 1 ? "1 key question is" : "\(unanswered.count) key questions are"
            question = "\(count) not answered (\(list)). Mark \(id) complete anyway? y / n"
        case .quitUnsaved:
            let ids = Set(state.session.unsaved.keys).union(state.session.conflicts.keys).sorted().joined(separator: ", ")
            let reason = state.session.unsaved.values.sorted().first
                ?? "changed elsewhere; R on the case reloads it and keeps yours in its history"
            question = "The latest change to \(ids) is NOT saved (\(reason)). Quit and lose it? y / n"
        }
        let width = min(60, buffer.width)
        let lines = TextLayout.wrap(question, width: max(1, width - 4))
        let inside = Chrome.box(&buffer, title: "Confirm", width: width, height: lines.count + 2)
        for (i, line) in lines.prefix(inside.height).enumerated() {
            buffer.put(line, x: inside.x, y: inside.y + i)
        }
        let last = min(lines.count, inside.height) - 1
        if last >= 0 {
            buffer.cursor = Position(x: min(inside.x + CellWidth.of(lines[last]), buffer.width - 1), y: inside.y + last)
        }
    }

    static func reason(_ buffer: inout ScreenBuffer, _ state: AppState, _ field: TextField) {
        let id = state.marking?.caseID ?? ""
        let width = min(60, buffer.width)
        let inside = Chrome.box(&buffer, title: "Reopen \(id)", width: width, height: 4)
        buffer.put("Why is it reopened?", x: inside.x, y: inside.y)
        textField(&buffer, field, x: inside.x, y: inside.y + 1, width: inside.width)
    }

    /// `R` in the QA mode: why the case goes back to its marker.
    static func returnReason(_ buffer: inout ScreenBuffer, _ id: String, _ field: TextField) {
        let width = min(64, buffer.width)
        let inside = Chrome.box(&buffer, title: "Return \(id) to its marker", width: width, height: 4)
        buffer.put("What is to be put right?", x: inside.x, y: inside.y, limit: inside.width)
        textField(&buffer, field, x: inside.x, y: inside.y + 1, width: inside.width)
    }

    static func filter(_ buffer: inout ScreenBuffer, _ state: AppState, _ menu: FilterMenu) {
        let width = min(56, buffer.width)
        let inside = Chrome.box(&buffer, title: "Filter cases", width: width, height: 6)
        let labels = ["Sample", "Officer", "Status", "Review"]
        let values = [
            menu.filter.sample.map { Wording.sampleTitle($0, state.framework) },
            menu.filter.officer, menu.filter.inConflict ? CaseFilter.inConflictChoice : menu.filter.status?.displayName,
            menu.filter.review?.displayName,
        ]
        for row in 0..<4 where row < inside.height {
            let selected = row == menu.row
            let text = (selected ? "> " : "  ") + TextLayout.fit(labels[row] + ":", to: 9) + "‹ \(values[row] ?? "any") ›"
            buffer.put(TextLayout.fit(text, to: inside.width), x: inside.x, y: inside.y + row, style: selected ? .selected : .plain)
            if selected { buffer.cursor = Position(x: inside.x + 2, y: inside.y + row) }
        }
    }

    /// Search is typed on the status line, and the list narrows as it is typed.
    static func search(_ buffer: inout ScreenBuffer, _ state: AppState, _ field: TextField) {
        let row = buffer.height - 2
        buffer.fill(x: 0, y: row, width: buffer.width, height: 1)
        let label = "Search: "
        buffer.put(label, x: 0, y: row, style: .bold)
        textField(&buffer, field, x: CellWidth.of(label), y: row, width: buffer.width - CellWidth.of(label))
    }

    /// A one-line field with the cursor kept in view (the start scrolls off when it is long).
    static func textField(_ buffer: inout ScreenBuffer, _ field: TextField, x: Int, y: Int, width: Int) {
        guard width > 1 else { return }
        var start = 0
        while CellWidth.of(String(field.characters[start..<field.cursor])) > width - 1 { start += 1 }
        let shown = String(field.characters[start...])
        buffer.put(shown, x: x, y: y, limit: width, style: Style(underline: true))
        buffer.cursor = Position(x: x + CellWidth.of(String(field.characters[start..<field.cursor])), y: y)
    }
}
