import Foundation

/// Told how far long work has got: `done` of `total` case files read or written. Called from the
/// threads doing the work, so it must be safe to call from any thread.
public typealias StoreProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// Adds up finished items from many threads and tells a `StoreProgress`; does nothing without one.
///
/// `@unchecked Sendable`, and safe: `done` is only touched under `lock`, the rest never changes.
/// (`Mutex` would let the compiler check it, but needs macOS 15; the package supports macOS 13.)
final class ProgressCount: @unchecked Sendable {
    private let total: Int
    private let progress: StoreProgress?
    private var done = 0
    private let lock = NSLock()

    init(total: Int, _ progress: StoreProgress?) {
        self.total = total
        self.progress = progress
    }

    func add(_ n: Int) {
        guard let progress else { return }
        let now = lock.withLock {
            done += n
            return done
        }
        progress(now, total)
    }
}
