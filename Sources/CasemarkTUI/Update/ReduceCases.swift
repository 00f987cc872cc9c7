import CasemarkModel
import Foundation

func handleCases(_ command: KeyIntent, _ state: inout AppState) -> [Effect] {
    if state.list.stale { state.refreshList() }
    let count = state.list.order.count
    let page = max(1, ListLayout(width: state.width, height: state.height).rows.height)
    switch command {
    case .up: state.list.selected = max(0, state.list.selected - 1)
    case .down: state.list.selected = max(0, min(count - 1, state.list.selected + 1))
    case .pageUp: state.list.selected = max(0, state.list.selected - page)
    case .pageDown: state.list.selected = max(0, min(count - 1, state.list.selected + page))
    case .top: state.list.selected = 0
    case .bottom: state.list.selected = max(0, count - 1)
    case .open:
        guard state.list.order.indices.contains(state.list.selected) else {
            state.status = StatusMessage("no case to open")
            return []
        }
        let id = state.list.order[state.list.selected]
        // A manager opens a case to read it; an inspector, to mark it.
        if state.readOnly { state.readCase(id) } else { state.openCase(id) }
    case .read:
        guard state.list.order.indices.contains(state.list.selected) else {
            state.status = StatusMessage("no case to read")
            return []
        }
        state.readCase(state.list.order[state.list.selected])
    case .officer:
        state.overlay = .officerPicker(OfficerPicker())
    case .search:
        state.overlay = .search(TextField(state.list.search))
    case .filter:
        state.overlay = .filter(FilterMenu(filter: state.list.filter))
    case .sort:
        state.list.sort = state.list.sort.next
        state.refreshList()
        state.status = StatusMessage("sorted by \(state.list.sort.rawValue)")
    case .clearSearch:
        guard !state.list.search.isEmpty || !state.list.filter.isEmpty else { return [] }
        state.list.search = ""
        state.list.filter = CaseFilter()
        state.refreshList()
        state.status = StatusMessage("showing every case")
    case .results:
        state.openResults(returnTo: .cases)
    default:
        break
    }
    return []
}

extension AppState {
    /// The case list, freshly ordered, with `id` (the case just left) selected if it is still there.
    mutating func backToList(on id: String?) {
        screen = .cases
        refreshList()
        if let id, let index = list.order.firstIndex(of: id) { list.selected = index }
    }

    /// Rebuilds the list's order from the officer scope, search, filter and sort, keeping the
    /// selected case selected when it is still shown.
    public mutating func refreshList() {
        let selectedID = list.order.indices.contains(list.selected) ? list.order[list.selected] : nil
        let oldOrder = list.order
        let query = list.search.trimmed
        let filter = list.filter
        let scope = listOfficer?.matchKey
        // Positions in `cases`, not copies of the cases: copying 10,000 of them showed on opening.
        var shown: [(index: Int, progress: CaseProgress)] = []
        // A case's progress (a walk over its key questions) only when the filter or the order
        // asks for it: on opening 100,000 cases in id order it was a tenth of the time.
        let needsProgress = filter.status != nil || list.sort == .progress || list.sort == .status
        let unknown = CaseProgress(answered: 0, applicable: 0, status: .notStarted)
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
        switch list.sort {
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
        list.order = shown.map { cases[$0.index].id }
        if let selectedID, let index = list.order.firstIndex(of: selectedID) {
            list.selected = index
        } else if let selectedID, let nearest = Self.nearest(to: selectedID, in: oldOrder, kept: list.order) {
            // The selected case was filtered out: the nearest one still shown, not the last row.
            list.selected = nearest
        } else {
            list.selected = max(0, min(list.selected, list.order.count - 1))
        }
        list.stale = false
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

    /// Opens the marking screen on a case, at its first unanswered key question.
    mutating func openCase(_ id: String) {
        guard let c = caseWith(id: id) else { return }
        let questions = c.markedKeyQuestions(in: framework)
        let first = questions.firstIndex { !$0.ruledOut && $0.answer?.answer == nil } ?? 0
        let index = list.order.indices.contains(list.selected) && list.order[list.selected] == id
            ? list.selected : list.order.firstIndex(of: id)
        marking = MarkingState(caseID: id, row: first, listIndex: index)
        if let index { list.selected = index }
        screen = .marking
        if c.status == .complete && !readOnly {
            status = StatusMessage("\(id) is complete: o reopens it")
        } else if let returned = c.standingReturn {
            // Said on the status line too, where a small window has no room above the questions.
            status = StatusMessage("returned by \(returned.by): \(returned.reason ?? "")")
        }
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
