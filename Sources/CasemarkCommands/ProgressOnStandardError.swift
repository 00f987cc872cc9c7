#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CasemarkReport
import Foundation

extension ProgressMeter {
    /// A meter on standard error: drawn only when standard error is a terminal, as wide as it.
    static func onStandardError(_ label: String, unit: String) -> ProgressMeter {
        ProgressMeter(
            label: label, unit: unit, isTerminal: isatty(STDERR_FILENO) == 1,
            width: {
                var size = winsize()
                if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
                return 80
            },
            write: { FileHandle.standardError.write(Data($0.utf8)) })
    }
}
