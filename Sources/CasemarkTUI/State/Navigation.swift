/// Where the person is: the window, the screen and any box over it, the list and its selection,
/// the case open, how far each page is scrolled, and the status line. Nothing here is saved.
public struct Navigation: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var screen: Screen = .cases
    public var overlay: Overlay?
    public var list = CaseListState()
    /// The officer the list of cases is narrowed to, if any: the one chosen with `o` (on the list
    /// or on the results) or with --officer; the same as the results' officer.
    public internal(set) var listOfficer: String?
    public var marking: MarkingState?
    /// The case being read whole.
    public var reading: ReadingState?
    /// The disagreements with a second marking, when opened with `--moderate`.
    public var moderation: ModerationState?
    public var resultsScroll = 0
    /// The results table, or one of its breakdowns (`b` cycles).
    public var resultsMode = ResultsMode.table
    public var status: StatusMessage
    /// Something found on opening that must not pass with the next key (files that cannot be
    /// read): shown on the status line whenever nothing newer is, until Esc dismisses it.
    public var notice: String?
}
