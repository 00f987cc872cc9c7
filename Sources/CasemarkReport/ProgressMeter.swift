import Foundation

/// Draws a `ProgressLine` while long work runs, redrawn in place (carriage return, then clear to
/// the end of the line) at most ten times a second, and erased when the work is done. Given a
/// destination that is not a terminal (a log file, a pipe, a test) it draws nothing at all, so
/// that scripts see only the command's own messages. Quick work (under `quiet` seconds) draws
/// nothing either.
///
/// `@unchecked Sendable`, and safe: `lastDraw` and `drawn` are only touched under `lock`, the
/// rest never changes. (`Mutex` would let the compiler check it, but needs macOS 15; the package
/// supports macOS 13.)
public final class ProgressMeter: @unchecked Sendable {
    private let label: String
    private let unit: String
    private let isTerminal: Bool
    private let quiet: UInt64
    private let width: @Sendable () -> Int
    private let clock: @Sendable () -> UInt64
    private let write: @Sendable (String) -> Void
    private let start: UInt64
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private let lock = NSLock()

    /// - Parameters:
    ///   - clock: nanoseconds from any fixed start; the system's uptime unless a test gives its own.
    ///   - write: where the line goes (standard error in the command).
    public init(
        label: String, unit: String, isTerminal: Bool, quiet: Double = 0.3,
        width: @escaping @Sendable () -> Int = { 80 },
        clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
        write: @escaping @Sendable (String) -> Void
    ) {
        self.label = label
        self.unit = unit
        self.isTerminal = isTerminal
        self.quiet = UInt64(quiet * 1e9)
        self.width = width
        self.clock = clock
        self.write = write
        start = clock()
    }

    /// Work done so far, of `total` where known; cheap enough to call for every item.
    public func update(_ done: Int, of total: Int?) {
        guard isTerminal else { return }
        let now = clock()
        lock.lock()
        defer { lock.unlock() }
        guard now &- start >= quiet, now &- lastDraw >= 100_000_000 || done == total else { return }
        lastDraw = now
        let line = ProgressLine.text(
            label: label, unit: unit, done: done, total: total, elapsed: Double(now &- start) / 1e9, width: width())
        write("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Takes the line away, leaving the terminal as it was for what the command prints next.
    public func finish() {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }
}
