import CasemarkModel
import CasemarkText

/// What the results screen holds now, as lines (the Annex 2 table, an officer beside the sample,
/// or a breakdown) and how many show at once: drawn by the results views, scrolled by the reducer.
public enum ResultsPage {
    struct Line {
        var id: String = ""
        var text: String
        /// The wording to show when `text` does not fit (a key question's distinctive words).
        var shortText: String = ""
        var counts: String = ""
        var percent: Int?
        var showGauge = false
        var band: Band?
        var bandText: String = ""
        var style: Style = .plain
        var indent = 0
    }

    static func lines(_ state: AppState) -> [Line] {
        lines(state, results: state.session.scoring.results(ratings: state.record.ratings))
    }

    /// The lines of what the results screen shows now: the table, an officer's figures beside
    /// the sample's, or a breakdown.
    public static func lineCount(_ state: AppState) -> Int {
        switch state.results.mode {
        case .breakdown(let dimension): BreakdownPage.rows(state, by: dimension).count
        case .table: state.session.officerScoring == nil ? lines(state).count : ComparisonPage.rows(state).count
        }
    }

    /// How many of those lines are in view at once.
    public static func bodyHeight(_ state: AppState) -> Int {
        switch state.results.mode {
        case .breakdown: BreakdownPage.bodyHeight(state)
        case .table:
            state.session.officerScoring == nil
                ? ListLayout(width: state.width, height: state.height).rows.height : ComparisonPage.bodyHeight(state)
        }
    }

    /// A recorded rating in conflict: both values with who gave them, and how to settle it.
    static func conflictLine(_ conflict: FieldConflict) -> Line {
        let sides = conflict.values.map { "\($0.value ?? "cleared") (\($0.by))" }.joined(separator: " | ")
        return Line(text: "recorded ratings IN CONFLICT: \(sides); settle with casemark rate", style: .bold, indent: 2)
    }

    /// The table's lines from results already worked out, so a redraw computes them once.
    static func lines(_ state: AppState, results: InspectionResults) -> [Line] {
        var lines: [Line] = []
        for standard in state.framework.standards {
            guard let result = results.standard(standard.id) else { continue }
            // A standard left out of the overall score is marked † by its id (where a narrow window
            // cannot cut it off) and named under the overall line.
            let id = standard.countsTowardOverall ? standard.id : standard.id + "†"
            let conflict = state.record.conflictDetails.first(where: { $0.standard == standard.id })
            if standard.ratedFrom == .evidence {
                // A rating in conflict is neither rated nor not: it says so, with both values
                // (issue 21.5: it read "not yet rated").
                let rating = result.recorded?.rating
                lines.append(Line(id: id, text: "\(standard.title) (from evidence)", band: conflict == nil ? rating : nil,
                                  bandText: conflict != nil ? "IN CONFLICT" : rating?.displayName ?? "not yet rated", style: .bold))
                if let conflict { lines.append(conflictLine(conflict)) }
                continue
            }
            lines.append(Line(id: id, text: standard.title, band: result.computed,
                              bandText: result.computed?.displayName ?? "no answers yet", style: .bold))
            for kq in standard.keyQuestions {
                let r = state.session.scoring.keyQuestionResult(kq.id)
                lines.append(Line(
                    id: kq.id, text: kq.text, shortText: state.shortWording[kq.id] ?? kq.text, counts: r.tally.applicable == 0 ? "" : "\(r.tally.yes)/\(r.tally.applicable)",
                    percent: r.percent, showGauge: true, band: r.band, bandText: r.band?.displayName ?? "", indent: 2))
            }
            if let conflict { lines.append(conflictLine(conflict)) }
            if let recorded = result.recorded {
                let kind = recorded.rating == result.computed ? "recorded" : "recorded by discretion"
                lines.append(Line(text: "\(kind): \(recorded.rating.displayName): \(recorded.reason)", style: .dim, indent: 2))
            }
        }
        lines.append(Line(text: "", style: .plain))
        lines.append(Line(text: "Overall: \(results.overall.summary)", band: results.overall.band, style: .bold))
        for standard in state.framework.standards where !standard.countsTowardOverall {
            lines.append(Line(text: "† outside the overall score: \(standard.id) \(standard.title)", style: .dim))
        }
        return lines
    }
}
