import CasemarkModel

/// The list of cases: id, responsible officer, sample, progress, status.
enum CasesView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let layout = ListLayout(width: buffer.width, height: buffer.height)
        let scoped = state.session.officerScope.map { scope in state.session.cases.filter { $0.responsibleOfficer.name.matchKey == scope.matchKey } } ?? state.session.cases
        let complete = scoped.reduce(0) { $0 + ($1.status == .complete ? 1 : 0) }
        // With an officer chosen, the count is of their cases, and says so.
        let whose = state.session.officerScope.map { "\($0): " } ?? ""
        var left = "casemark · \(state.record.provider) · \(whose)\(complete) of \(scoped.count) complete"
        var right = state.readOnly ? "READ-ONLY" : ""
        var filters = ""
        if !state.list.search.isEmpty || !state.list.filter.isEmpty || state.list.sort != .id {
            var parts: [String] = []
            if !state.list.search.isEmpty { parts.append("“\(state.list.search)”") }
            let f = state.list.filter
            if let s = f.sample { parts.append(Wording.sampleTitle(s, state.framework)) }
            if let o = f.officer { parts.append(o) }
            if let s = f.status { parts.append(s.displayName) }
            if f.inConflict { parts.append(CaseFilter.inConflictChoice) }
            if let r = f.review { parts.append(r.displayName) }
            if state.list.sort != .id { parts.append("by \(state.list.sort.rawValue)") }
            left += " · \(state.list.order.count) shown"
            filters = parts.joined(separator: ", ")
            right = (filters + (right.isEmpty ? "" : " · " + right))
        }
        if !state.readOnly {
            // Whose name answers go under, always in view; the longest wording that leaves the
            // left side whole, else the shortest.
            let options = whoAmI(state, width: buffer.width)
            let joined = options.map { filters.isEmpty ? $0 : filters + " · " + $0 }
            let width = buffer.width
            let fits = { (l: String) in joined.first { CellWidth.of(l) + 2 + CellWidth.of($0) <= width } }
            // Narrow, the program's name goes before the counts or the name do.
            let short = String(left.dropFirst("casemark · ".count))
            if let both = fits(left) {
                right = both
            } else if let both = fits(short) {
                left = short
                right = both
            } else {
                left = short
                right = joined.last ?? right
            }
        }
        Chrome.header(&buffer, row: layout.headerRow, left: left, right: right)

        let columns = Columns(width: buffer.width, state: state)
        buffer.put("  " + columns.row(id: "Case", officer: "Responsible officer", sample: "Sample", progress: "Done", status: "Status"),
                   x: 0, y: layout.columnsRow, style: Style(underline: true))

        let rows = layout.rows
        let order = state.list.order
        if order.isEmpty {
            let message = state.session.cases.isEmpty ? "This inspection has no cases yet." : "No case matches. Esc shows every case."
            buffer.put(message, x: 2, y: rows.y)
            buffer.cursor = Position(x: 2, y: rows.y)
        }
        let scroll = layout.scroll(selected: state.list.selected, count: order.count)
        for line in 0..<rows.height {
            let index = scroll + line
            guard index < order.count, let c = state.session.caseWith(id: order[index]) else { break }
            let progress = c.progress(in: state.framework)
            let y = rows.y + line
            let selected = index == state.list.selected
            // A case with a conflict says so before anything else: it needs settling.
            let status = !c.conflicts.isEmpty ? "CONFLICT" : Self.statusWord(c, progress, review: state.review)
            let text = columns.row(
                id: c.id, officer: Wording.officer(c.responsibleOfficer),
                sample: Wording.sampleTitle(c.sample, state.framework),
                progress: "\(progress.answered)/\(progress.applicable)", status: status)
            // ✎: QA comments not yet resolved on the case or any of its key questions.
            let marker = state.openComments(c) > 0 ? "✎" : " "
            buffer.put((selected ? ">" : " ") + marker + text, x: 0, y: y, style: selected ? .selected : .plain)
            if selected {
                buffer.restyle(x: 0, y: y, width: buffer.width) { $0.reverse = true }
                buffer.cursor = Position(x: 2, y: y)
            }
        }
        Chrome.status(&buffer, state, row: layout.statusRow)
        Chrome.hints(&buffer, keyTable(for: .cases, review: state.review), readOnly: state.readOnly, row: layout.hintRow)
    }

    /// The status column: where the case stands in review once it has been reviewed (approved,
    /// returned) and, in the QA mode, a complete case awaiting it; else its progress.
    static func statusWord(_ c: Case, _ progress: CaseProgress, review: Bool) -> String {
        switch c.reviewState {
        case .approved: return "approved ✓"
        case .returned: return "returned ↩"
        case .awaiting where review: return "awaiting"
        default: return progress.status == .complete ? "complete ✓" : progress.status.displayName
        }
    }

    /// "as Ann Lee"; for a login name, how to set a name too, longest first.
    static func whoAmI(_ state: AppState, width: Int) -> [String] {
        let name = TextLayout.truncate(state.inspector, to: max(8, width / 3))
        guard state.inspectorIsLoginName else { return ["as \(name)"] }
        return [
            "as \(name) (login name; set --inspector or CASEMARK_INSPECTOR)",
            "as \(name) (login; --inspector sets it)",
            "as \(name) (login name)",
            "as \(name)?",
        ]
    }

    /// Column widths for the screen width; the sample column goes first when narrow.
    struct Columns {
        let id: Int
        let officer: Int
        let sample: Int
        let progress = 7
        let status = 11

        init(width: Int, state: AppState) {
            let longestID = state.list.order.reduce(4) { max($0, CellWidth.of($1)) }
            id = min(16, longestID)
            let rest = width - 2 - id - 1 - progress - 1 - status - 1
            if rest >= 40 {
                sample = 16
                officer = rest - sample - 1
            } else {
                sample = 0
                officer = max(4, rest)
            }
        }

        func row(id i: String, officer o: String, sample s: String, progress p: String, status st: String) -> String {
            var text = TextLayout.fit(i, to: id) + " " + TextLayout.fit(o, to: officer) + " "
            if sample > 0 { text += TextLayout.fit(s, to: sample) + " " }
            return text + TextLayout.fitRight(p, to: progress - 2) + "  " + TextLayout.fit(st, to: status)
        }
    }
}
