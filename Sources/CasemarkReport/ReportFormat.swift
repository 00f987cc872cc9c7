/// The formats `casemark report --format` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case markdown
    case html

    /// The usual file extension, for messages and defaults.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .csv: "csv"
        case .markdown: "md"
        case .html: "html"
        }
    }
}
