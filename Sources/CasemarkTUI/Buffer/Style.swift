import CasemarkModel

/// How a cell is drawn. Colour is only ever a role (the adapter picks the colour, or none under
/// `NO_COLOR`), and every screen says in words what a colour says, so nothing depends on it.
public struct Style: Hashable, Sendable {
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool
    public var role: ColourRole

    public init(
        bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false,
        role: ColourRole = .normal
    ) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
        self.role = role
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let selected = Style(reverse: true)
    public static let underlined = Style(underline: true)

    public static func band(_ band: Band?) -> Style { Style(role: band.map { .band($0) } ?? .normal) }
}

/// What a colour means; the terminal adapter maps each role to a colour pair.
public enum ColourRole: Hashable, Sendable {
    case normal
    case band(Band)
    /// Something went wrong (a save failed) or needs attention.
    case alert
    /// Something went right (saved).
    case ok
}
