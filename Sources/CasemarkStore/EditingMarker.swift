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
///
/// The marker is always a file this process has just created (`O_CREAT|O_EXCL`, never through
/// a symbolic link), so whatever else a copied folder holds under its name (a link to another
/// inspection's case file, a second name of one, a FIFO) is never written into: such an entry
/// is not a marker, and its name (only the name, never what it points at) is removed first.
final class EditingMarker {
    private var fd: Int32
    /// The cases folder (a descriptor of its own), so the marker is removed from the folder it
    /// was made in.
    private var folder: Int32
    let name: String

    private init(fd: Int32, folder: Int32, name: String) {
        self.fd = fd
        self.folder = folder
        self.name = name
    }

    deinit { release() }

    static func name(id: String) -> String { ".\(id).json.editing" }

    /// Takes the marker `name` in the open cases folder `folder`, or returns who holds it.
    static func take(_ name: String, in folder: Int32, by: String, at time: String) -> Result<EditingMarker, CaseInUse> {
        for _ in 0..<8 {
            let fd = openat(folder, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
            if fd < 0 {
                guard errno == EEXIST else { break }
                // There is one already: held by a running casemark, left by one that crashed, or
                // not a marker at all.
                if let holder = existingHolder(name, in: folder) { return .failure(holder) }
                continue
            }
            // Ours, new. Another process may have found it before our lock and taken it for a
            // stale marker: then its name is gone or another's, and we start again.
            var mine = stat()
            guard flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &mine) == 0,
                let now = InsideFolder.status(name, in: folder), now.st_ino == mine.st_ino
            else {
                close(fd)
                continue
            }
            _ = fchmod(fd, DurableFile.fileMode)
            let line = "\(getpid())\t\(time)\t\(by)\n"
            _ = line.withCString { pwrite(fd, $0, strlen($0), 0) }
            let own = dup(folder)
            guard own >= 0 else {
                unlinkat(folder, name, 0)
                close(fd)
                break
            }
            return .success(EditingMarker(fd: fd, folder: own, name: name))
        }
        // Could not make a marker (read-only media, say): editing goes on unmarked.
        return .success(EditingMarker(fd: -1, folder: -1, name: name))
    }

    /// Who holds the existing entry `name`, if a running casemark does; otherwise removes the
    /// entry (a stale marker, or something that is not a marker) and returns nil.
    private static func existingHolder(_ name: String, in folder: Int32) -> CaseInUse? {
        guard let fd = openMarker(name, in: folder) else {
            // A symbolic link, a hard link, a FIFO…: not casemark's marker. Only the name goes.
            unlinkat(folder, name, 0)
            return nil
        }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            return readHolder(fd) ?? CaseInUse(by: "another casemark", since: "", processID: 0)
        }
        // Nobody holds it: left by a process that has gone. Removed while locked, so a process
        // that opens it meanwhile finds it locked, then gone.
        var locked = stat()
        if fstat(fd, &locked) == 0, let now = InsideFolder.status(name, in: folder), now.st_ino == locked.st_ino {
            unlinkat(folder, name, 0)
        }
        flock(fd, LOCK_UN)
        return nil
    }

    /// The marker `name` opened for reading, if it is one: a regular file with one name,
    /// reached without following a link. Never waits (a FIFO is opened without blocking).
    private static func openMarker(_ name: String, in folder: Int32) -> Int32? {
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Who holds the marker, or nil when nobody does. Opens the file read-only: changes nothing.
    static func holder(_ name: String, in folder: Int32) -> CaseInUse? {
        guard let fd = openMarker(name, in: folder) else { return nil }
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

    /// Removes the marker (while still holding it, and only if the name is still this marker,
    /// so nobody else's is removed) and unlocks.
    func release() {
        guard fd >= 0 else { return }
        var mine = stat()
        if fstat(fd, &mine) == 0, let now = InsideFolder.status(name, in: folder), now.st_ino == mine.st_ino {
            unlinkat(folder, name, 0)
        }
        flock(fd, LOCK_UN)
        close(fd)
        close(folder)
        fd = -1
        folder = -1
    }
}
