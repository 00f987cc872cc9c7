import CasemarkModel

/// How the list of cases is sorted.
public enum CaseSort: String, CaseIterable, Sendable {
    case id
    case officer
    case progress
    case status
    /// Awaiting review first (what a quality lead has to do), then in conflict, returned, in
    /// progress and approved.
    case review

    public var next: CaseSort {
        let all = CaseSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Which cases the list shows; nil means any.
public struct CaseFilter: Equatable, Sendable {
    public var sample: String?
    public var officer: String?
    public var status: ProgressStatus?
    /// Only cases with an answer, status or rating changed differently on two copies.
    public var inConflict = false
    /// Only cases at this stage of review.
    public var review: Case.ReviewState?

    public init(sample: String? = nil, officer: String? = nil, status: ProgressStatus? = nil, inConflict: Bool = false) {
        self.sample = sample
        self.officer = officer
        self.status = status
        self.inConflict = inConflict
    }

    /// The status line's choice that shows only cases in conflict.
    public static let inConflictChoice = "in conflict"

    public var isEmpty: Bool { sample == nil && officer == nil && status == nil && !inConflict && review == nil }
}

/// The cases screen: what is shown, in which order, and which line is selected.
public struct CaseListState: Equatable, Sendable {
    /// The ids shown, in order, after the officer scope, search and filter.
    public var order: [String] = []
    public var selected = 0
    public var search = ""
    public var filter = CaseFilter()
    public var sort = CaseSort.id

    public init() {}
}
