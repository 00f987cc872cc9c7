import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One buffer that many files are read into in turn, on one thread: reading 10,000 case files
/// into a fresh `Data` each (allocated, zeroed, freed) showed when opening an inspection.
final class ReadBuffer {
    private var pointer: UnsafeMutableRawPointer
    private var capacity: Int

    init(capacity: Int = 64 * 1024) {
        self.capacity = capacity
        pointer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit { pointer.deallocate() }

    /// The whole of the file `name` in the open folder `folder` (or at the path `name` when
    /// `folder` is `AT_FDCWD`), valid until the next read; nil when there is no such file.
    /// Errors are `DurableFile.read`'s: a symbolic link, a FIFO or a device is refused, not read.
    /// A file over `limit` bytes is refused, not read (`SizeLimits`).
    func read(_ name: String, in folder: Int32, display: String, limit: Int = SizeLimits.inspectionFile) throws -> UnsafeRawBufferPointer? {
        guard let (fd, size) = try InsideFolder.openRegularFile(name, in: folder, display: display) else { return nil }
        defer { close(fd) }
        if size > limit { throw SizeLimits.tooLarge(display, size: size) }
        var filled = 0
        if size > 0 { grow(to: size + 1, keeping: 0) }
        while true {
            if filled > limit { throw SizeLimits.tooLarge(display, size: filled, orMore: true) }
            if filled == capacity { grow(to: capacity * 2, keeping: filled) }
            let count = systemRead(fd, pointer + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.system(file: display, operation: "read", errno: errno)
            }
            if count == 0 { break }
            filled += count
        }
        return UnsafeRawBufferPointer(start: pointer, count: filled)
    }

    /// Room for at least `size` bytes, keeping the first `kept`.
    private func grow(to size: Int, keeping kept: Int) {
        guard size > capacity else { return }
        var grown = capacity
        while grown < size { grown *= 2 }
        let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
        larger.copyMemory(from: pointer, byteCount: kept)
        pointer.deallocate()
        pointer = larger
        capacity = grown
    }
}

// The C call under a name that the method `read` does not shadow.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
