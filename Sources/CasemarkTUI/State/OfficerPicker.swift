import CasemarkModel

/// `o`: choosing whose cases to review. Typing narrows the list (names matched as on the command
/// line: capitals and the form of accents do not matter); the first line, while nothing is typed,
/// is every officer.
public struct OfficerPicker: Equatable, Sendable {
    public var field = TextField()
    public var row = 0

    public init() {}

    /// One line of the list: an officer, or nil for "all officers".
    public typealias Choice = OfficerSummary?

    public func choices(in cases: [Case]) -> [Choice] {
        let found: [Choice] = Officers.matching(field.text, in: cases)
        return field.text.trimmed.isEmpty ? [nil] + found : found
    }
}
