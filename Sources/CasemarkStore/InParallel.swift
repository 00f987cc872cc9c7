import Foundation

/// Runs `body` over `0..<count` in chunks on `threads` threads of its own, and returns when all
/// are done. Plain threads rather than `DispatchQueue.concurrentPerform`, which runs one thread
/// per core: reading files that are not in memory yet mostly waits for the disk, and more
/// reads in flight at once finish sooner.
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

    /// One slot per index; each written by one thread only, then all read after every thread ended.
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
