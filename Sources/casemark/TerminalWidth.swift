#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How wide the screen is that standard output is drawn on, so that the text report fits it.
enum TerminalWidth {
    /// Narrower than this, the report's figures alone no longer fit: it is drawn this wide and the
    /// terminal wraps it.
    static let minimum = 60

    /// The terminal's width in columns (its own size, else $COLUMNS, else 80), never below
    /// `minimum`; nil when standard output is not a terminal (a pipe or a file keeps the full
    /// width, so that scripts and saved reports do not depend on the window they came from).
    static func ofStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        var columns = 0
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { columns = Int(size.ws_col) }
        if columns <= 0, let text = environment["COLUMNS"], let value = Int(text), value > 0 { columns = value }
        if columns <= 0 { columns = 80 }
        return max(minimum, columns)
    }
}
