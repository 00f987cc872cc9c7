/// The line above the hints: what just happened (saved, refused, failed) in words.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// What the last key did; gone at the next key.
        case info
        /// Needs noticing (shown like an error) but, like info, lasts one key.
        case warning
        case saved
        /// A save failed: stays until it is saved.
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
