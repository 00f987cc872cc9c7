import CasemarkTUI

/// What the run loop needs from a terminal: keys in, screens out. ncurses in the application; a
/// script in the benchmark.
public protocol TerminalIO: AnyObject {
    /// The size right now.
    var size: (width: Int, height: Int) { get }
    /// The next key, waiting at most `timeout` milliseconds (nil: as long as it takes).
    func nextKey(timeout: Int?) -> KeyRead
    /// Shows the buffer and puts the real cursor on its focused item.
    func draw(_ buffer: ScreenBuffer)
}

public enum KeyRead: Equatable {
    case key(KeyEvent)
    /// Nothing arrived in time.
    case timedOut
    /// The input is gone (terminal closed): the session ends.
    case ended
}
