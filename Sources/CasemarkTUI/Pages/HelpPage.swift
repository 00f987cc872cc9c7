import CasemarkModel

/// What the help page holds and how far it scrolls: read by the help view to draw it and by the
/// reducer to scroll it, so neither needs the other.
public enum HelpPage {
    /// The help's lines at the state's width: each key, then what it does, wrapped under itself.
    static func lines(_ state: AppState) -> [(text: String, style: Style)] {
        let table = keyTable(for: state.screen, review: state.review)
        let labelWidth = min(state.width < 60 ? 10 : 18, table.bindings.reduce(0) { max($0, CellWidth.of($1.label)) })
        let helpWidth = max(8, state.width - labelWidth - 4)
        var lines: [(String, Style)] = []
        for binding in table.bindings {
            let refused = state.readOnly && binding.edits
            let style: Style = refused ? .dim : .plain
            let keys = TextLayout.wrap(binding.label, width: labelWidth)
            let help = TextLayout.wrap(binding.help + (refused ? " (read-only)" : ""), width: helpWidth)
            for i in 0..<max(keys.count, help.count) {
                let key = TextLayout.fit(i < keys.count ? keys[i] : "", to: labelWidth)
                lines.append(("  " + key + "  " + (i < help.count ? help[i] : ""), style))
            }
        }
        lines.append(("", .plain))
        let thresholds = state.framework.bands.sorted { $0.minimumPercent > $1.minimumPercent }
        let bands = thresholds.enumerated().map { i, t -> String in
            if i == 0 { return "\(t.band.displayName) \(t.minimumPercent)%+" }
            let upper = thresholds[i - 1].minimumPercent - 1
            return t.minimumPercent == 0 ? "\(t.band.displayName) under \(upper + 1)%" : "\(t.band.displayName) \(t.minimumPercent)–\(upper)%"
        }.joined(separator: " · ")
        var notes = ["Bands: " + bands]
        // What the figures' marks mean, said alike wherever an officer's figures are shown.
        let marks = "~ marks a band resting on fewer than \(Indicative.minimumApplicableCases) applicable cases: indicative only. "
            + Band.bestFirst.map(\.abbreviation).joined(separator: " ") + ": "
            + Band.bestFirst.map(\.displayName).joined(separator: ", ") + "."
        if case .results = state.screen {
            notes.append("With an officer chosen (\(table.key(for: .officer))), their figures stand beside the whole sample's; Diff is their percent minus the sample's, in points. " + marks)
        }
        if state.screen == .marking {
            notes.append("Answers: Yes, No, N/A; · not answered; (n/a) the case's attributes rule it out.")
            notes.append("Every change is saved at once; \(table.key(for: .undo)) takes back the last one, \(table.key(for: .redo)) puts it back.")
            if state.session.officerScope != nil {
                notes.append("With an officer chosen, the strip at the bottom gives their figure, then the whole sample's. " + marks)
            }
        }
        if state.screen == .cases || state.screen == .marking {
            notes.append("✎ marks QA comments not yet resolved (on the case, or on the key question); \(table.key(for: .comment)) leaves one. casemark comments lists them with their replies.")
        }
        if state.screen == .moderation {
            notes.append("First marking: the answer in this inspection when the two were compared. Second marking: the blind second inspector's. \(table.key(for: .answer(.yes))), \(table.key(for: .answer(.no))) or \(table.key(for: .answer(.notApplicable))) settles the disagreement: the answer here becomes yours, the first inspector's note and ticks stay, and the case's history says it was moderated and against which marking. A complete case stays complete.")
        }
        notes.append("Esc goes back or cancels; q quits (in a yes/no question it means no; where you type, it is a letter); Ctrl-C quits from anywhere. Nothing typed is lost.")
        for note in notes {
            for part in TextLayout.wrap(note, width: max(1, state.width)) { lines.append((part, .plain)) }
        }
        return lines
    }

    public static func lineCount(_ state: AppState) -> Int { lines(state).count }

    /// The rows the help's lines have, under its title and over the hints.
    static func rows(_ state: AppState) -> Int { max(1, state.height - 3) }

    /// The furthest the help scrolls: its last line at the bottom, not the top.
    static func lastScroll(_ state: AppState) -> Int { max(0, lineCount(state) - rows(state)) }
}
