import CasemarkModel

/// What the results screen shows: the table (an officer's figures beside the whole sample's when
/// an officer is chosen), or the whole inspection broken down by grade, officer or sample. `b`
/// goes round them in that order.
public enum ResultsMode: Equatable, Sendable {
    case table
    case breakdown(BreakdownDimension)

    public var next: ResultsMode {
        switch self {
        case .table: .breakdown(.grade)
        case .breakdown(.grade): .breakdown(.officer)
        case .breakdown(.officer): .breakdown(.sample)
        case .breakdown(.sample): .table
        }
    }

    /// "by officer grade", for headers and the status line.
    public var title: String {
        switch self {
        case .table: "the results table"
        case .breakdown(.grade): "by officer grade"
        case .breakdown(.officer): "by responsible officer"
        case .breakdown(.sample): "by sample"
        }
    }
}
