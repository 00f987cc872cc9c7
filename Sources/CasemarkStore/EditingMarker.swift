import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who has a case open for marking in another casemark process.
public struct CaseInUse: Error, Sendable, Equatable, CustomStringConvertible {
    public var by: String
    public var since: String
    public var processID: Int32

    public var description: String { "in use by \(by) since \(since) (process \(processID))" }
}

/// "This case is open in another casemark": a marker file `cases/.<id>.json.editing` that the
/// editing process holds an exclusive flock on. The lock, not the file, is what counts, so a
/// marker left by a crashed process (its lock released by the kernel) means nothing. The marker
/// only informs; saves stay safe without it (they lock and merge).
final class EditingMarker {
    private var fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { release() }

    static func path(in casesPath: String, id: String) -> String {
        (casesPath as NSString).appendingPathComponent(".\(id).json.editing")
    }

    /// Takes the marker, or returns who holds it.
    static func take(_ path: String, by: String, at time: String) -> Result<EditingMarker, CaseInUse> {
        for _ in 0..<8 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { break }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = readHolder(fd)
                close(fd)
                if let holder { return .failure(holder) }
                continue
            }
            // The marker may have been removed and made anew between open and flock.
            var locked = stat()
            var now = stat()
            guard fstat(fd, &locked) == 0, stat(path, &now) == 0, locked.st_ino == now.st_ino else {
                close(fd)
                continue
            }
            let line = "\(getpid())\t\(time)\t\(by)\n"
            _ = ftruncate(fd, 0)
            _ = line.withCString { pwrite(fd, $0, strlen($0), 0) }
            return .success(EditingMarker(fd: fd, path: path))
        }
        // Could not make a marker (read-only media, say): editing goes on unmarked.
        return .success(EditingMarker(fd: -1, path: path))
    }

    /// Who holds the marker, or nil when nobody does. Opens the file read-only: changes nothing.
    static func holder(_ path: String) -> CaseInUse? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return readHolder(fd)
    }

    private static func readHolder(_ fd: Int32) -> CaseInUse? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return CaseInUse(by: "another casemark", since: "", processID: 0) }
        let fields = String(decoding: buffer[0..<count], as: UTF8.self)
            .trimmingCharacters(in: .newlines).split(separator: "\t", maxSplits: 2).map(String.init)
        guard fields.count == 3 else { return CaseInUse(by: "another casemark", since: "", processID: 0) }
        return CaseInUse(by: fields[2], since: fields[1], processID: Int32(fields[0]) ?? 0)
    }

    /// Removes the marker (while still holding it, so nobody else's is removed) and unlocks.
    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }
}
