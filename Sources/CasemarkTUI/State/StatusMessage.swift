/// The line above the hints: what just happened (saved, refused, failed) in words.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case info
        case saved
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static let none = StatusMessage("")
}
