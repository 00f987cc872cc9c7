/// The results screen: what it shows and how far down.
public struct ResultsState: Equatable, Sendable {
    /// The first line of the page in view.
    public var scroll = 0
    /// The results table, or one of its breakdowns (`b` cycles).
    public var mode = ResultsMode.table

    public init() {}
}
