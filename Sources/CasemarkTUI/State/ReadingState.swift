/// A case read whole, as a page that scrolls: which case, and how far down.
public struct ReadingState: Equatable, Sendable {
    public var caseID: String
    /// The first line of the page in view.
    public var scroll = 0

    public init(caseID: String, scroll: Int = 0) {
        self.caseID = caseID
        self.scroll = scroll
    }
}
