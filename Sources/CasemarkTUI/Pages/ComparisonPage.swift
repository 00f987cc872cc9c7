import CasemarkModel
import CasemarkText

/// The results with an officer chosen, as rows: the officer's figures beside the whole sample's
/// for every standard and key question (drawn by the comparison view, scrolled by the reducer).
enum ComparisonPage {
    struct Row {
        var id = ""
        var text: String
        var officer: Figure?
        var sample: Figure?
        var difference = ""
        var style = Style.plain
    }

    /// Rows above and below the table: the header, the group names, the column heads; the
    /// legend, the status and the hints.
    static let top = 3

    static func legendRows(_ state: AppState) -> Int { state.height >= 16 ? 2 : 0 }

    static func bodyHeight(_ state: AppState) -> Int { max(0, state.height - top - legendRows(state) - 2) }

    static func rows(_ state: AppState) -> [Row] {
        guard let officerScoring = state.session.officerScoring else { return [] }
        let mine = officerScoring.results(ratings: [:])
        let whole = state.session.scoring.results(ratings: state.record.ratings)
        var rows: [Row] = []
        for standard in state.framework.standards where standard.ratedFrom == .cases {
            let theirs = whole.standard(standard.id)
            rows.append(Row(
                id: standard.id, text: standard.title,
                officer: Figure(standard: standard, result: mine.standard(standard.id), scoring: officerScoring, subset: true),
                sample: Figure(standard: standard, result: theirs, scoring: state.session.scoring, subset: false), style: .bold))
            for kq in standard.keyQuestions {
                guard let a = mine.keyQuestion(kq.id), let b = whole.keyQuestion(kq.id) else { continue }
                rows.append(Row(
                    id: "  " + kq.id, text: Wording.distinctiveText(kq, in: standard),
                    officer: Figure(a, subset: true), sample: Figure(b, subset: false),
                    difference: a.percent == nil || b.percent == nil
                        ? "" : KeyQuestionComparison.points(KeyQuestionComparison(id: kq.id, subset: a, whole: b).difference)))
            }
            if let recorded = theirs?.recorded {
                let kind = recorded.rating == theirs?.computed ? "recorded" : "recorded by discretion"
                rows.append(Row(text: "  whole inspection \(kind): \(recorded.rating.displayName): \(recorded.reason)", style: .dim))
            }
        }
        rows.append(Row(text: ""))
        rows.append(Row(text: "Overall (whole inspection): \(whole.overall.summary)", style: .bold))
        rows.append(Row(text: "Standard bands are computed from each side's own cases.", style: .dim))
        return rows
    }
}
