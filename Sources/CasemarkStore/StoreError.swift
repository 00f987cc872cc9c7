/// Why the store refused to load or save. Every case names the file concerned.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The inspection (or the file being saved) cannot be used as it is; nothing was written.
    case problems([StoreProblem])
    /// Another process changed the same key question (or field) differently since this one loaded
    /// the file; nothing was written, and this process's change is still in memory.
    case conflict(file: String, fields: [String])
    /// The operating system refused a file operation.
    case system(file: String, operation: String, errno: Int32)
    /// The change is not allowed (a complete case, an id outside the allowed set, a file that
    /// cannot be read and so must not be overwritten).
    case refused(file: String, reason: String)

    public var description: String {
        switch self {
        case .problems(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .conflict(let file, let fields):
            return "\(file): changed on disk by someone else since it was opened, and the same "
                + "\(fields.count == 1 ? "field was" : "fields were") changed differently here: "
                + fields.joined(separator: ", ")
                + "; nothing was written (reopen the case to see the other change, then make yours again)"
        case .system(let file, let operation, let code):
            return "\(file): could not \(operation): \(SystemError.message(code))"
        case .refused(let file, let reason):
            return "\(file): \(reason)"
        }
    }
}
