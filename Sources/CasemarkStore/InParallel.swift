import Foundation

/// Work on many files at once: `body` over `0..<count` in chunks on `threads` threads of its
/// own, returning when all are done. Plain threads, more than the cores, rather than
/// `DispatchQueue.concurrentPerform` (one thread per core): reading files not yet in memory and
/// fsyncing new ones mostly wait for the disk, and more of them in flight finish sooner.
/// Measured (docs/performance.md, "Threads for the disk: our own, not Dispatch's"): with
/// Dispatch, opening 10,000 cases not in memory took twice as long, an import of 10,000 rows
/// 2.3 times. Work that only computes uses Dispatch (`onEveryCore`).
enum InParallel {
    static func forEach(count: Int, threads: Int, chunk: Int, _ body: @escaping @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(threads, (count + chunk - 1) / chunk)) {
            group.enter()
            Thread {
                while true {
                    let start = next.take(chunk)
                    guard start < count else { break }
                    body(start..<min(count, start + chunk))
                }
                group.leave()
            }.start()
        }
        group.wait()
    }

    /// `transform` of every index in `0..<count`, run as `forEach` runs, in the order of the indices.
    static func map<T: Sendable>(count: Int, threads: Int, chunk: Int, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        forEach(count: count, threads: threads, chunk: chunk) { range in
            for index in range { slots.set(index, transform(index)) }
        }
        return slots.values()
    }

    /// `transform` of every index in `0..<count`, in the order of the indices, computed on every
    /// core by Dispatch, `chunk` indices at a time: for work that touches no file.
    static func onEveryCore<T: Sendable>(count: Int, chunk: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { i in
            for index in (i * chunk)..<min(count, (i + 1) * chunk) { slots.set(index, transform(index)) }
        }
        return slots.values()
    }

    /// One slot per index. Unchecked `Sendable`, and safe: each slot is written by one thread
    /// only, and all are read only after every thread has finished.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            _ = storage.deinitialize()
            storage.deallocate()
        }

        func set(_ index: Int, _ value: T) { storage[index] = value }

        func values() -> [T] { storage.map { $0! } }
    }

    /// Unchecked `Sendable`, and safe: `value` is only touched under `lock`.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// The current value, then moved on by `step`.
        func take(_ step: Int) -> Int {
            lock.withLock {
                defer { value += step }
                return value
            }
        }
    }
}
