import CasemarkModel
import CasemarkText

/// One thing wrong (or worth a warning) in an inspection folder, named precisely enough to fix by
/// hand: the file relative to the inspection, the field path inside it, and what was expected.
public struct StoreProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error
        /// Reported, but the inspection is sound: `validate` does not fail on warnings alone.
        case warning
    }

    /// Path relative to the inspection folder, such as `cases/A-1.json`; `.` for the folder itself.
    public var file: String
    /// Dotted field path such as `answers.2.1.1.answer`; nil when the problem is the whole file.
    public var field: String?
    /// What is wrong, with what was expected (and what was found, where there is a value).
    public var message: String
    public var severity: Severity
    /// The file reads, but its history is one a merge cannot trust (see `HistoryGraph`): so a
    /// refusal can say "history is broken" rather than "cannot be read".
    public var isHistoryBreak = false

    public init(file: String, field: String? = nil, message: String, severity: Severity = .error) {
        self.file = file
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// One break `HistoryGraph` found in `file`.
    public init(file: String, historyBreak: HistoryGraph.Break) {
        self.init(file: file, field: historyBreak.field, message: historyBreak.message)
        isHistoryBreak = true
    }

    public var isError: Bool { severity == .error }

    /// `cases/A-1.json: answers.2.1.1.answer: expected yes, no or na; found "maybe"`;
    /// warnings start with `warning: `. One line, control characters spelled out (`VisibleText`):
    /// file names, field keys and values found come from the folder and go to a terminal.
    public var description: String {
        let prefix = severity == .warning ? "warning: " : ""
        // The folder itself: its messages name the folder, and "." would read as a typo.
        if file == ".", field == nil { return VisibleText.line("\(prefix)\(message)") }
        if let field, !field.isEmpty { return VisibleText.line("\(prefix)\(file): \(field): \(message)") }
        return VisibleText.line("\(prefix)\(file): \(message)")
    }
}

extension StoreProblem {
    /// The case whose file the problem is in (`A-1` for `cases/A-1.json`), by the one rule that
    /// names case files; nil for a problem in any other file (inspection.json, the folder).
    public var caseID: String? {
        let folder = InspectionFolder.casesFolderName + "/"
        guard file.hasPrefix(folder) else { return nil }
        return InspectionFolder.caseID(ofFileName: String(file.dropFirst(folder.count)))
    }
}

extension Sequence where Element == StoreProblem {
    /// The files these problems are in, counted as files ("2 case files"), since one file can
    /// have several problems.
    public var filesInWords: String {
        let count = Set(map(\.file)).count
        return count == 1 ? "1 case file" : "\(count) case files"
    }
}
