#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CasemarkReport
import Foundation

/// How wide the screen is that standard output is drawn on, so that the text report fits it.
enum TerminalWidth {
    /// Narrower than this, the report's figures alone no longer fit: it is drawn this wide and the
    /// terminal wraps it.
    static let minimum = 60

    /// The width the text report is drawn to on standard output: `--width` when given (0: no
    /// limit, every wording whole); else on a terminal its own width, else $COLUMNS, else 80; into a
    /// pipe or a file $COLUMNS when set, else 80 (a report under `| head` or `| less` fits the
    /// window it is read in). Never below `minimum`.
    static func ofStandardOutput(
        requested: Int? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int? {
        if let requested { return requested == 0 ? nil : max(minimum, requested) }
        var columns = 0
        if isatty(STDOUT_FILENO) == 1 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { columns = Int(size.ws_col) }
        }
        if columns <= 0, let text = environment["COLUMNS"], let value = Int(text), value > 0 { columns = value }
        if columns <= 0 { columns = 80 }
        return max(minimum, columns)
    }

    /// The width `report` draws to: only the text format has one (nil: no limit). On standard
    /// output it fits the window (`ofStandardOutput`); written to a file (`--output`) it is whole
    /// unless `--width` says otherwise (0: no limit).
    static func ofReport(
        format: ReportFormat, toFile: Bool, requested: Int?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int? {
        guard format == .text else { return nil }
        if toFile { return requested == 0 ? nil : requested }
        return ofStandardOutput(requested: requested, environment: environment)
    }
}
