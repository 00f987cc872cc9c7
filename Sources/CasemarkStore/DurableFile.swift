import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only way the store writes a file: a temporary file in the same folder, write, fsync,
/// rename over the old file, fsync the folder. A crash at any instant leaves either the old file
/// or the new one, never a torn one. (Not `Data.write(.atomic)`: it neither fsyncs the folder nor
/// keeps mode 0600; not `FileManager.replaceItemAt`, which loses the file on Linux.)
enum DurableFile {
    /// Files casemark writes: readable and writable by their owner only.
    static let fileMode: mode_t = 0o600
    /// Folders casemark creates.
    static let folderMode: mode_t = 0o700

    /// Marks the temporary files this module writes: `.<name>.tmp-<pid>-<random>`. Names that start
    /// with `.` are never read as cases, so a temporary file left by a crash is never mistaken for one.
    static let temporaryMarker = ".tmp-"

    static func temporaryName(for name: String) -> String {
        ".\(name)\(temporaryMarker)\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
    }

    /// Writes `data` to `path` atomically and durably. `display` names the file in errors. The
    /// folder is taken as the path names it; the file's own name is never followed if it is a
    /// symbolic link (the link is replaced, its target left as it was).
    static func write(_ data: Data, to path: String, display: String) throws {
        let folder = try openParent(of: path, display: display)
        defer { close(folder) }
        try write(data, to: (path as NSString).lastPathComponent, in: folder, display: display)
    }

    /// Writes `data` as the file `name` in the open folder `folder`, atomically and durably.
    static func write(_ data: Data, to name: String, in folder: Int32, display: String) throws {
        let temporary = temporaryName(for: name)
        try writeTemporary(data, at: temporary, in: folder, display: display)
        guard renameat(folder, temporary, folder, name) == 0 else {
            let code = errno
            unlinkat(folder, temporary, 0)
            throw StoreError.system(file: display, operation: "replace the file", errno: code)
        }
        try syncFolder(folder, display: display)
    }

    /// Creates the new file `temporary` (in `folder`, or at that path), exclusively and never
    /// through a symbolic link, mode 0600; writes `data` and fsyncs it: its content is on disk
    /// when this returns. Nothing is left behind on an error.
    static func writeTemporary(_ data: Data, at temporary: String, in folder: Int32 = AT_FDCWD, display: String) throws {
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw StoreError.system(file: display, operation: "create a temporary file", errno: errno) }
        var done = false
        defer {
            if !done { unlinkat(folder, temporary, 0) }
        }
        defer { close(fd) }
        // The umask may have taken bits away; set exactly 0600.
        guard fchmod(fd, fileMode) == 0 else {
            throw StoreError.system(file: display, operation: "set mode 0600", errno: errno)
        }
        try writeAll(fd, data, display: display)
        guard fsync(fd) == 0 else { throw StoreError.system(file: display, operation: "flush to disk", errno: errno) }
        done = true
    }

    /// The folder holding `path`, opened (following links: it is the caller's choice of path).
    static func openParent(of path: String, display: String) throws -> Int32 {
        let parent = (path as NSString).deletingLastPathComponent
        let fd = open(parent.isEmpty ? "." : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.system(file: display, operation: "open its folder", errno: errno) }
        return fd
    }

    private static func writeAll(_ fd: Int32, _ data: Data, display: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = posixWrite(fd, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.system(file: display, operation: "write", errno: errno)
                }
                remaining -= written
                base += written
            }
        }
    }

    /// Makes a rename or a new entry in `folder` durable.
    static func syncFolder(_ folder: String, display: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.system(file: display, operation: "open its folder", errno: errno) }
        defer { close(fd) }
        try syncFolder(fd, display: display)
    }

    static func syncFolder(_ fd: Int32, display: String) throws {
        guard fsync(fd) == 0 else { throw StoreError.system(file: display, operation: "flush its folder to disk", errno: errno) }
    }

    /// The file's bytes, or nil when there is no such file. Only a regular file is read: a
    /// FIFO, device or socket is refused (never waited on), and so is a symbolic link unless
    /// `following` (a path the user gave, not a file inside an inspection folder).
    /// `limit`: the most bytes read (`SizeLimits`); a larger file is refused, not read.
    static func read(_ path: String, display: String, following: Bool = false, limit: Int? = nil) throws -> Data? {
        try read(path, in: AT_FDCWD, display: display, following: following, limit: limit)
    }

    /// The same for the file `name` in the open folder `folder`: a file of an inspection folder,
    /// so at most `SizeLimits.inspectionFile` unless told otherwise.
    static func read(_ name: String, in folder: Int32, display: String, following: Bool = false, limit: Int? = SizeLimits.inspectionFile) throws -> Data? {
        guard let (fd, size) = try InsideFolder.openRegularFile(name, in: folder, following: following, display: display) else { return nil }
        defer { close(fd) }
        if let limit, size > limit { throw SizeLimits.tooLarge(display, size: size) }
        return try readAll(fd, display: display, limit: limit)
    }

    static func readAll(_ fd: Int32, display: String, limit: Int? = nil) throws -> Data {
        var info = stat()
        var capacity = 64 * 1024
        if fstat(fd, &info) == 0, info.st_size > 0 { capacity = Int(info.st_size) + 1 }
        if let limit { capacity = min(capacity, limit + 1) }
        var data = Data(count: capacity)
        var filled = 0
        while true {
            // A file that grows past the limit while read is refused as well.
            if let limit, filled > limit { throw SizeLimits.tooLarge(display, size: filled, orMore: true) }
            if filled == data.count { data.count += max(64 * 1024, data.count) }
            let count = data.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError.system(file: display, operation: "read", errno: errno)
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    /// Creates a folder with mode 0700 (exactly, whatever the umask), its parents as needed.
    /// Returns the folders it created, outermost first, so that a creation that fails later
    /// can remove them again.
    @discardableResult
    static func makeFolder(_ path: String, display: String) throws -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return [] }
            throw StoreError.refused(file: display, reason: "exists and is not a folder")
        }
        let parent = (path as NSString).deletingLastPathComponent
        var made: [String] = []
        if !parent.isEmpty, parent != path { made = try makeFolder(parent, display: parent) }
        if mkdir(path, folderMode) == 0 {
            chmod(path, folderMode)
            made.append(path)
        } else if errno != EEXIST {
            let code = errno
            removeFolders(made)
            throw StoreError.system(file: display, operation: "create the folder", errno: code)
        }
        if !parent.isEmpty { try? syncFolder(parent, display: display) }
        return made
    }

    /// Removes folders `makeFolder` created, innermost first; only empty ones (rmdir), so
    /// nothing anyone put there meanwhile is lost.
    static func removeFolders(_ made: [String]) {
        for path in made.reversed() {
            rmdir(path)
            let parent = (path as NSString).deletingLastPathComponent
            try? syncFolder(parent.isEmpty ? "." : parent, display: parent)
        }
    }
}

// The C calls under names that the enum's own `write`/`read` do not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
