import CasemarkModel

/// The parts every screen shares: the header, the status line and the hint line.
enum Chrome {
    /// A header: `left` at the start, `right` at the end; the left side gives way.
    static func header(_ buffer: inout ScreenBuffer, row: Int, left: String, right: String, style: Style = Style(bold: true)) {
        buffer.fill(x: 0, y: row, width: buffer.width, height: 1, style: style)
        let rightWidth = min(CellWidth.of(right), buffer.width)
        let leftLimit = max(0, buffer.width - (rightWidth > 0 ? rightWidth + 2 : 0))
        buffer.put(left, x: 0, y: row, limit: leftLimit, style: style)
        if rightWidth > 0 {
            buffer.put(right, x: buffer.width - rightWidth, y: row, style: style)
        }
    }

    /// The status line: a failed save always wins, so it cannot scroll out of sight.
    static func status(_ buffer: inout ScreenBuffer, _ state: AppState, row: Int) {
        var message = state.status
        if let (id, error) = state.session.unsaved.min(by: { $0.key < $1.key }), message.kind != .error {
            message = StatusMessage("NOT SAVED \(id): \(error) (retrying)", kind: .error)
        } else if let (id, conflict) = state.session.conflicts.min(by: { $0.key < $1.key }),
            message.text.isEmpty || message.kind == .saved || message.kind == .error
        {
            // What a key just did shows for that key; then the clash is back in view.
            message = state.conflictStatus(id, conflict, width: buffer.width)
        } else if let notice = state.notice, message.text.isEmpty {
            message = StatusMessage(notice, kind: .warning)
        }
        let style: Style
        switch message.kind {
        case .info: style = .plain
        case .saved: style = Style(role: .ok)
        case .error, .warning: style = Style(bold: true, role: .alert)
        }
        buffer.put(message.text, x: 0, y: row, style: style)
    }

    /// The hint line, made from the key table's main keys: whole items only, as many as fit.
    /// Help, back and quit are kept at the end whatever the width, so a person can always find
    /// the way out; the other items give way from the end of the table.
    /// Read-only, only the keys that work are offered (see `readOnlyHints`); on a complete case,
    /// which is locked, the same with `o reopen` first (it offered `y n a … e`, issue 21.8).
    static func hints(_ buffer: inout ScreenBuffer, _ table: KeyTable, readOnly: Bool, locked: Bool = false, row: Int) {
        let items = readOnly ? readOnlyHints(table) : locked ? lockedHints(table) : table.hints
        let kept = wayOut.compactMap { command in items.first { $0.command == command } }
        var shown: [KeyBinding] = []
        var used = kept.reduce(0) { $0 + itemWidth($1) + 2 }
        for binding in items where !wayOut.contains(binding.command) {
            if used + itemWidth(binding) > buffer.width { break }
            shown.append(binding)
            used += itemWidth(binding) + 2
        }
        var x = 0
        for binding in shown + kept {
            if x + itemWidth(binding) > buffer.width { break }
            let key = binding.hintKey
            buffer.put(key, x: x, y: row, style: Style(bold: true, reverse: true))
            buffer.put(binding.hint ?? "", x: x + CellWidth.of(key) + 1, y: row)
            x += itemWidth(binding) + 2
        }
    }

    /// The commands that are never crowded off the hint line, in the order they are shown.
    private static let wayOut: [KeyIntent] = [.help, .back, .quit]

    private static func itemWidth(_ binding: KeyBinding) -> Int {
        CellWidth.of(binding.hintKey) + 1 + CellWidth.of(binding.hint ?? "")
    }

    /// Read-only, the hint line shows the keys that work, not dimmed editing keys: the table's
    /// hints that do not edit, then the reading keys (next case, read, results, back) it has.
    static func readOnlyHints(_ table: KeyTable) -> [KeyBinding] {
        let words: [KeyIntent: String] = [.nextCase: "next case", .read: "read", .results: "results", .back: "back"]
        var shown = table.hints.filter { !$0.edits }
        for command in [KeyIntent.nextCase, .read, .results, .back] where !shown.contains(where: { $0.command == command }) {
            guard let binding = table.bindings.first(where: { $0.command == command }) else { continue }
            // A letter or `]` before PgDn: the key a reader reaches for.
            let keys = binding.keys.filter { if case .char = $0 { true } else { false } } + binding.keys.filter { if case .char = $0 { false } else { true } }
            shown.append(KeyBinding(keys, command, help: binding.help, hint: binding.hint ?? words[command]))
        }
        return shown.filter { !wayOut.contains($0.command) }
            + wayOut.compactMap { command in shown.first { $0.command == command } }
    }

    /// A complete case: the keys that do not edit, with reopening, the way to change it, first.
    static func lockedHints(_ table: KeyTable) -> [KeyBinding] {
        guard let reopen = table.bindings.first(where: { $0.command == .reopen }) else { return readOnlyHints(table) }
        return [KeyBinding(reopen.keys, .reopen, help: reopen.help, hint: "reopen")] + readOnlyHints(table)
    }

    /// The hint text as a plain string (used in docs and tests).
    static func hintText(_ table: KeyTable) -> String {
        let hints = table.hints
        return (hints.filter { !wayOut.contains($0.command) } + wayOut.compactMap { c in hints.first { $0.command == c } })
            .map { "\($0.hintKey) \($0.hint ?? "")" }.joined(separator: "  ")
    }

    /// Draws a bordered box centred on the screen and returns its inside.
    static func box(_ buffer: inout ScreenBuffer, title: String, width: Int, height: Int) -> Rect {
        let w = min(width, buffer.width)
        let h = min(height, buffer.height - 2)
        let x = max(0, (buffer.width - w) / 2)
        let y = max(0, (buffer.height - 2 - h) / 2)
        buffer.fill(x: x, y: y, width: w, height: h)
        guard w >= 2, h >= 2 else { return Rect(x: x, y: y, width: w, height: h) }
        let horizontal = String(repeating: "─", count: w - 2)
        buffer.put("┌" + horizontal + "┐", x: x, y: y)
        buffer.put("└" + horizontal + "┘", x: x, y: y + h - 1)
        for row in (y + 1)..<(y + h - 1) {
            buffer.put("│", x: x, y: row)
            buffer.put("│", x: x + w - 1, y: row)
        }
        buffer.put(" \(title) ", x: x + 2, y: y, limit: w - 4, style: .bold)
        return Rect(x: x + 2, y: y + 1, width: w - 4, height: h - 2)
    }
}
