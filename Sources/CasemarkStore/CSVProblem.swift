import CasemarkText

/// One thing wrong with an interchange CSV file, said so that the user can find it: the file, the
/// record (the Nth case row after the header) and the physical line it starts on (they differ when a
/// quoted cell holds a line break), the column by its header, the value found and what was expected.
public struct CSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1 for the first case row after the header; nil for the header and whole-file problems.
    public var record: Int?
    /// The physical line (from 1) the record or problem is on; the header is line 1.
    public var line: Int?
    /// A byte offset from the start of the file (counting from 0), for encoding problems.
    public var byteOffset: Int?
    /// The column's header, or "column 7" when the header cell itself is the problem.
    public var column: String?
    public var value: String?
    /// What is wrong and what was expected.
    public var message: String

    public init(
        file: String, record: Int? = nil, line: Int? = nil, byteOffset: Int? = nil,
        column: String? = nil, value: String? = nil, message: String
    ) {
        self.file = file
        self.record = record
        self.line = line
        self.byteOffset = byteOffset
        self.column = column
        self.value = value
        self.message = message
    }

    /// `london.csv: record 17 (line 18), column 2.1.2, value 'Maybe': expected Y, N, NA or empty`.
    public var description: String {
        var place: [String] = []
        switch (record, line) {
        case let (record?, line?): place.append("record \(record) (line \(line))")
        case let (record?, nil): place.append("record \(record)")
        case let (nil, line?): place.append(line == 1 && byteOffset == nil ? "header (line 1)" : "line \(line)")
        case (nil, nil): break
        }
        if let byteOffset { place.append("byte offset \(byteOffset)") }
        if let column { place.append("column \(column)") }
        if let value { place.append("value '\(Self.shown(value))'") }
        // One line, control characters spelled out: the header and the file name come from data too.
        if place.isEmpty { return VisibleText.line("\(file): \(message)") }
        return VisibleText.line("\(file): \(place.joined(separator: ", ")): \(message)")
    }

    /// A value as it can be printed on one line: control characters spelled out, long values cut.
    static func shown(_ value: String) -> String {
        let out = VisibleText.line(value)
        return out.count > 60 ? String(out.prefix(57)) + "…" : out
    }
}

/// Everything wrong with a CSV file: nothing from it is imported.
public struct CSVImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [CSVProblem]

    public init(problems: [CSVProblem]) { self.problems = problems }

    /// How many problems a message lists before saying how many more there are.
    public static let listed = 20

    public var description: String { described(outcome: "Nothing was imported from", retry: "import it again") }

    /// The problems, then what did not happen (`outcome`, "No report from") and, where the file's
    /// content is at fault, "correct the file and `retry`": a file that is not there, or cannot be
    /// read, is not one to correct.
    public func described(outcome: String, retry: String) -> String {
        var lines = problems.prefix(Self.listed).map(\.description)
        if problems.count > Self.listed {
            lines.append("… and \(problems.count - Self.listed) more problems")
        }
        let file = problems.first?.file ?? "the file"
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let inTheFile = problems.contains { $0.line != nil || $0.record != nil || $0.byteOffset != nil }
        lines.append("\(outcome) \(file) (\(count))" + (inTheFile ? "; correct the file and \(retry)." : "."))
        return lines.joined(separator: "\n")
    }
}
