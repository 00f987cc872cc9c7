/// A key press (or a terminal resize) as the screens see it, whatever the terminal sent.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, typed or pasted (UTF-8 already decoded).
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case ctrlC
    /// Redo, as in vim.
    case ctrlR
    /// The terminal is now `width` × `height`.
    case resize(width: Int, height: Int)

    /// How the key is written in help and hints.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .ctrlC: "Ctrl-C"
        case .ctrlR: "Ctrl-R"
        case .resize: "resize"
        }
    }
}
