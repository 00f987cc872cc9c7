import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening files inside an inspection folder so that nothing there can lead casemark elsewhere
/// or make it wait: each file is opened relative to its folder's descriptor with `O_NOFOLLOW`
/// (a symbolic link is refused, never followed) and `O_NONBLOCK` (a FIFO does not wait for a
/// writer), and only a regular file is read. An inspection folder travels (USB sticks, zips,
/// sync tools), so whatever it holds is treated as untrusted.
enum InsideFolder {
    static let symbolicLinkReason =
        "is a symbolic link; casemark does not follow links inside an inspection folder (one could lead outside it), so it is left as it is: replace it with the file itself"

    /// What a file that is not a regular file is, in words; nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    /// The regular file `name` in the open folder `folder` (a path, with `AT_FDCWD`), opened
    /// with `flags`; nil when there is no such file. A symbolic link, a FIFO, a device or a
    /// socket is refused with a reason naming it; a folder is `EISDIR`. With `following`, a
    /// symbolic link is followed (a path the user gave, such as `--csv FILE`).
    static func openRegular(
        _ name: String, in folder: Int32, flags: Int32 = O_RDONLY, following: Bool = false, display: String
    ) throws -> Int32? {
        try openRegularFile(name, in: folder, flags: flags, following: following, display: display)?.fd
    }

    /// The same, with the file's size (the check has it already: a reader need not ask again).
    static func openRegularFile(
        _ name: String, in folder: Int32, flags: Int32 = O_RDONLY, following: Bool = false, display: String
    ) throws -> (fd: Int32, size: Int)? {
        let fd = openat(folder, name, flags | O_NONBLOCK | O_CLOEXEC | (following ? 0 : O_NOFOLLOW))
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            if code == ELOOP && !following { throw StoreError.refused(file: display, reason: symbolicLinkReason) }
            throw StoreError.system(file: display, operation: "open", errno: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw StoreError.system(file: display, operation: "examine", errno: code)
        }
        if let kind = kind(info.st_mode) {
            close(fd)
            if info.st_mode & S_IFMT == S_IFDIR { throw StoreError.system(file: display, operation: "read", errno: EISDIR) }
            throw StoreError.refused(file: display, reason: "is \(kind), not a file; it is not read")
        }
        // O_NONBLOCK stays: it changes nothing for a regular file (reads never wait, flock
        // ignores it), and these descriptors are never written to.
        return (fd, Int(info.st_size))
    }

    /// The folder of case files `name` in `folder`, opened without following a symbolic link;
    /// nil when absent.
    static func openFolder(_ name: String, in folder: Int32, display: String) throws -> Int32? {
        let fd = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 { return fd }
        let code = errno
        if code == ENOENT { return nil }
        var info = stat()
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK { throw StoreError.refused(file: display, reason: symbolicLinkReason) }
            let found = kind(info.st_mode) ?? "a file"
            throw StoreError.refused(file: display, reason: "expected a folder of case files; found \(found)")
        }
        throw StoreError.system(file: display, operation: "open", errno: code)
    }

    /// The names in the open folder `folder` (not `.` and `..`), in no particular order.
    static func names(in folder: Int32, display: String) throws -> [String] {
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            throw StoreError.system(file: display, operation: "list", errno: code)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What `name` in `folder` is, without following a symbolic link; nil when absent.
    static func status(_ name: String, in folder: Int32) -> stat? {
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }
}

/// An inspection folder and its `cases/`, opened once: the store's files are opened relative to
/// these descriptors, so a `cases/` that is a symbolic link is never followed, and a folder
/// renamed while open is still the one written. The inspection folder itself is opened through
/// whatever path the user gave, links included: choosing it is the user's own act.
final class OpenFolders: Sendable {
    let root: Int32
    /// -1 when `cases/` is missing or refused (`casesProblem` says why).
    let cases: Int32
    let casesProblem: StoreError?
    /// `cases/` is not there at all (rather than refused: a link, a file…), so it is named as
    /// the folder it should be.
    let casesMissing: Bool

    static let casesDisplay = InspectionFolder.casesFolderName + "/"

    init(_ folder: InspectionFolder) throws {
        let root = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { throw StoreError.system(file: folder.path, operation: "open the inspection folder", errno: errno) }
        self.root = root
        do {
            if let cases = try InsideFolder.openFolder(InspectionFolder.casesFolderName, in: root, display: Self.casesDisplay) {
                self.cases = cases
                casesProblem = nil
                casesMissing = false
            } else {
                cases = -1
                casesProblem = StoreError.refused(file: Self.casesDisplay, reason: "missing; expected the folder of case files")
                casesMissing = true
            }
        } catch {
            cases = -1
            casesProblem = error as? StoreError ?? StoreError.refused(file: Self.casesDisplay, reason: "\(error)")
            casesMissing = false
        }
    }

    deinit {
        close(root)
        if cases >= 0 { close(cases) }
    }

    /// The cases folder's descriptor, or why there is none.
    func requireCases() throws -> Int32 {
        if cases >= 0 { return cases }
        throw casesProblem ?? StoreError.refused(file: Self.casesDisplay, reason: "missing; expected the folder of case files")
    }
}
