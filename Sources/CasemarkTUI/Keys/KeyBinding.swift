/// One row of a screen's key table: the keys, the command they give, the words for the `?` help
/// and (if it is a main key) for the bottom hint line. Handling, hints and help all read this row,
/// so they cannot disagree.
public struct KeyBinding: Sendable {
    public let keys: [KeyEvent]
    public let command: KeyIntent
    /// The full description, for the help screen.
    public let help: String
    /// A word or two for the hint line; nil keeps the key out of it.
    public let hint: String?
    /// True for keys that change the inspection: refused, and shown dim, when read-only.
    public let edits: Bool
    /// How the keys are written when listing them all does not read well ("1–9").
    private let customLabel: String?

    public init(
        _ keys: [KeyEvent], _ command: KeyIntent, help: String, hint: String? = nil, edits: Bool = false,
        label: String? = nil
    ) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
        self.edits = edits
        self.customLabel = label
    }

    /// Every key of the row, as the help screen lists them: "↓ j".
    public var label: String { customLabel ?? keys.map(\.label).joined(separator: " ") }

    /// The first key, as the hint line shows it.
    public var hintKey: String { customLabel ?? keys.first?.label ?? "" }
}

/// All the keys one screen (or overlay) handles.
public struct KeyTable: Sendable {
    public let title: String
    public let bindings: [KeyBinding]

    public init(title: String, _ bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    public func binding(for key: KeyEvent) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// The row that gives `command`. The help's sentences name keys through it ("u takes back
    /// the last one"), so a sentence cannot name a key other than the one the table binds.
    public func binding(doing command: KeyIntent) -> KeyBinding? {
        bindings.first { $0.command == command }
    }

    /// The key for `command` as the hint line writes it ("u"); empty when the table has none.
    public func key(for command: KeyIntent) -> String { binding(doing: command)?.hintKey ?? "" }

    /// The rows shown on the bottom hint line, in table order.
    public var hints: [KeyBinding] { bindings.filter { $0.hint != nil } }
}
