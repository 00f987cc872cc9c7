import CasemarkModel

/// How a judgement is spelled in the CSV interchange (import reads it, export writes it): the
/// cells belong to that file format, not to the model.
extension Judgement {
    /// The CSV interchange cell: `Y`, `N`, `NA`.
    public var csvCell: String {
        switch self {
        case .yes: "Y"
        case .no: "N"
        case .notApplicable: "NA"
        }
    }

    /// Reads a CSV cell (`Y`, `N`, `NA`, case-insensitive; `yes`, `no`, `n/a` also accepted).
    /// An empty cell is "not answered" and returns nil through `.some(nil)`; anything else is nil.
    public static func parseCell(_ cell: String) -> Judgement?? {
        // The cells as they are nearly always written, without making an upper-case copy.
        switch cell {
        case "": return .some(nil)
        case "Y": return .yes
        case "N": return .no
        case "NA": return .notApplicable
        default: break
        }
        switch cell.trimmed.uppercased() {
        case "": return .some(nil)
        case "Y", "YES": return .yes
        case "N", "NO": return .no
        case "NA", "N/A": return .notApplicable
        default: return nil
        }
    }
}
