import CasemarkModel
import Foundation

/// The cases screen's reducer: moves through the list, sorts and clears it (its own state); opening
/// a case, a box or the results is asked of the parent.
enum CasesScreen {
    static func reduce(_ list: inout CaseListState, _ command: KeyIntent, _ app: AppState, _ out: inout ScreenOutcome) {
        let count = list.order.count
        let page = max(1, ListLayout(width: app.width, height: app.height).rows.height)
        switch command {
        case .up: list.selected = max(0, list.selected - 1)
        case .down: list.selected = max(0, min(count - 1, list.selected + 1))
        case .pageUp: list.selected = max(0, list.selected - page)
        case .pageDown: list.selected = max(0, min(count - 1, list.selected + page))
        case .top: list.selected = 0
        case .bottom: list.selected = max(0, count - 1)
        case .open:
            guard let id = list.selectedID else {
                out.say("no case to open")
                return
            }
            // A manager opens a case to read it; an inspector, to mark it.
            out.move = app.readOnly ? .read(caseID: id) : .mark(caseID: id)
        case .read:
            guard let id = list.selectedID else {
                out.say("no case to read")
                return
            }
            out.move = .read(caseID: id)
        case .officer:
            out.overlay = .officerPicker(OfficerPicker())
        case .search:
            out.overlay = .search(TextField(list.search))
        case .filter:
            out.overlay = .filter(FilterMenu(filter: list.filter))
        case .sort:
            list.sort = list.sort.next
            list.rebuild(from: app.session, framework: app.framework)
            out.say("sorted by \(list.sort.rawValue)")
        case .clearSearch:
            guard !list.search.isEmpty || !list.filter.isEmpty else { return }
            list.search = ""
            list.filter = CaseFilter()
            list.rebuild(from: app.session, framework: app.framework)
            out.say("showing every case")
        case .results:
            out.move = .results(returnTo: .cases)
        default:
            break
        }
    }
}

extension CaseListState {
    /// The id of the case selected, if the list has any.
    var selectedID: String? { order.indices.contains(selected) ? order[selected] : nil }

    /// Rebuilds the order from the officer scope, search, filter and sort, keeping the selected
    /// case selected when it is still shown.
    mutating func rebuild(from session: MarkingSession, framework: Framework) {
        let selectedID = self.selectedID
        let oldOrder = order
        let query = search.trimmed
        let filter = self.filter
        let scope = session.officerScope?.matchKey
        // Positions in `cases`, not copies of the cases: copying 10,000 of them showed on opening.
        var shown: [(index: Int, progress: CaseProgress)] = []
        // A case's progress (a walk over its key questions) only when the filter or the order
        // asks for it: on opening 100,000 cases in id order it was a tenth of the time.
        let needsProgress = filter.status != nil || sort == .progress || sort == .status
        let unknown = CaseProgress(answered: 0, applicable: 0, status: .notStarted)
        let cases = session.cases
        for index in cases.indices {
            let c = cases[index]
            if let scope, c.responsibleOfficer.name.matchKey != scope { continue }
            if let sample = filter.sample, c.sample != sample { continue }
            if let officer = filter.officer, c.responsibleOfficer.name != officer { continue }
            let progress = needsProgress ? c.progress(in: framework) : unknown
            if let status = filter.status, progress.status != status { continue }
            if filter.inConflict && c.conflicts.isEmpty { continue }
            if let review = filter.review, c.reviewState != review { continue }
            if !query.isEmpty && !c.matches(search: query) { continue }
            shown.append((index, progress))
        }
        switch sort {
        case .id: break
        case .officer:
            let keys = shown.map { cases[$0.index].responsibleOfficer.name.matchKey }
            let order = shown.indices.sorted { (keys[$0], cases[shown[$0].index].id) < (keys[$1], cases[shown[$1].index].id) }
            shown = order.map { shown[$0] }
        case .progress:
            // Least done first: what still needs marking comes to the top.
            func done(_ p: CaseProgress) -> Double { p.applicable == 0 ? 1 : Double(p.answered) / Double(p.applicable) }
            shown.sort { (done($0.progress), cases[$0.index].id) < (done($1.progress), cases[$1.index].id) }
        case .status:
            func rank(_ s: ProgressStatus) -> Int { ProgressStatus.allCases.firstIndex(of: s)! }
            shown.sort { (rank($0.progress.status), cases[$0.index].id) < (rank($1.progress.status), cases[$1.index].id) }
        case .review:
            let order: [Case.ReviewState] = [.awaiting, .inConflict, .returned, .inProgress, .approved]
            let ranks = shown.map { order.firstIndex(of: cases[$0.index].reviewState)! }
            let sorted = shown.indices.sorted { (ranks[$0], cases[shown[$0].index].id) < (ranks[$1], cases[shown[$1].index].id) }
            shown = sorted.map { shown[$0] }
        }
        order = shown.map { cases[$0.index].id }
        if let selectedID, let index = order.firstIndex(of: selectedID) {
            selected = index
        } else if let selectedID, let nearest = Self.nearest(to: selectedID, in: oldOrder, kept: order) {
            // The selected case was filtered out: the nearest one still shown, not the last row.
            selected = nearest
        } else {
            selected = max(0, min(selected, order.count - 1))
        }
    }

    /// The position in `kept` of the case nearest to `id` in `old` (after it first, then before).
    static func nearest(to id: String, in old: [String], kept: [String]) -> Int? {
        guard let from = old.firstIndex(of: id), !kept.isEmpty else { return nil }
        let positions = Dictionary(kept.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for distance in 1..<max(2, old.count) {
            for candidate in [from + distance, from - distance] where old.indices.contains(candidate) {
                if let position = positions[old[candidate]] { return position }
            }
        }
        return nil
    }
}

extension Case {
    /// Whether the search text is in the case id, the officer's name or any evidence note,
    /// ignoring case and accents.
    public func matches(search query: String) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let q = query.precomposedStringWithCanonicalMapping
        if id.range(of: q, options: options) != nil { return true }
        if responsibleOfficer.name.precomposedStringWithCanonicalMapping.range(of: q, options: options) != nil { return true }
        return answers.values.contains { !$0.note.isEmpty && $0.note.precomposedStringWithCanonicalMapping.range(of: q, options: options) != nil }
    }
}
