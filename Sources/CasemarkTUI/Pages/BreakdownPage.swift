import CasemarkModel
import CasemarkText

/// `b` on the results: the rows of a breakdown by grade, officer or sample, and how many show at
/// once (drawn by the breakdown view, scrolled by the reducer).
enum BreakdownPage {
    struct Row {
        var label: String
        /// The group's number of cases, " (148)": kept whole when the label is cut.
        var count = ""
        var figure: Figure?
        var difference = ""
        var style = Style.plain
        var indent = 0
    }

    static func legendRows(_ state: AppState) -> Int { state.height >= 16 ? 1 : 0 }

    static func bodyHeight(_ state: AppState) -> Int { max(0, state.height - 2 - legendRows(state) - 2) }

    static func rows(_ state: AppState, by dimension: BreakdownDimension) -> [Row] {
        let breakdown = Breakdown(framework: state.framework, cases: state.session.cases, by: dimension)
        let whole = state.session.scoring.results(ratings: [:])
        let groups = breakdown.groups.map { (group: $0, results: $0.results) }
        let chosen = state.session.officerScope?.matchKey
        func label(_ group: Breakdown.Group) -> String {
            let name = dimension == .sample ? Wording.sampleTitle(group.name, state.framework) : group.name
            let mark = dimension == .officer && group.name.matchKey == chosen ? "• " : ""
            return "\(mark)\(name)"
        }
        func count(_ group: Breakdown.Group) -> String { " (\(group.cases.count))" }
        func style(_ group: Breakdown.Group) -> Style {
            dimension == .officer && group.name.matchKey == chosen ? .bold : .plain
        }
        let wholeLabel = "Whole sample"
        let wholeCount = " (\(state.session.cases.count))"
        // A sample is the whole of the sample for its own key questions, so its bands are the
        // inspection's; a grade or an officer is a part, and small parts are only indicative.
        let subset = dimension != .sample
        var rows: [Row] = []
        for standard in state.framework.standards where standard.ratedFrom == .cases {
            guard let sample = standard.sample else { continue }
            let present = groups.filter { ($0.group.scoring.caseCounts[sample] ?? 0) > 0 }
            rows.append(Row(label: "\(standard.id) \(standard.title)", style: Style(bold: true, underline: true)))
            for (group, results) in present {
                rows.append(Row(
                    label: label(group), count: count(group),
                    figure: Figure(standard: standard, result: results.standard(standard.id), scoring: group.scoring, subset: subset),
                    style: style(group), indent: 4))
            }
            if present.count != 1 {
                rows.append(Row(label: wholeLabel, count: wholeCount, figure: Figure(standard: standard, result: whole.standard(standard.id), scoring: state.session.scoring, subset: false), style: .dim, indent: 4))
            }
            for kq in standard.keyQuestions {
                guard let all = whole.keyQuestion(kq.id) else { continue }
                // Too long for the window, the wording starts where it differs from its neighbours'.
                let whole = "\(kq.id) \(kq.text)"
                let wording = CellWidth.of(whole) + 2 <= state.width ? whole : "\(kq.id) \(state.shortWording[kq.id] ?? kq.text)"
                rows.append(Row(label: wording, style: .bold, indent: 2))
                for (group, results) in present {
                    guard let r = results.keyQuestion(kq.id) else { continue }
                    let difference = r.percent == nil || all.percent == nil || present.count == 1
                        ? "" : KeyQuestionComparison.points(KeyQuestionComparison(id: kq.id, subset: r, whole: all).difference)
                    rows.append(Row(label: label(group), count: count(group), figure: Figure(r, subset: subset), difference: difference, style: style(group), indent: 4))
                }
                if present.count != 1 {
                    rows.append(Row(label: wholeLabel, count: wholeCount, figure: Figure(all, subset: false), style: .dim, indent: 4))
                }
            }
        }
        return rows
    }
}
