import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (flock) held while a file is checked and replaced, so that two
/// casemark processes saving the same case take turns.
///
/// The lock is on the file's inode, and a save replaces the inode by rename; so after the lock is
/// granted, the path is checked to still name the locked inode, and if another process has
/// replaced it meanwhile, the lock is taken again on the new one. A file that does not exist yet
/// is created under a lock on its folder instead.
final class FileLock {
    private var fd: Int32
    /// Locked through the folder (the file did not exist). Such a lock is on the descriptor the
    /// folder was opened with, which threads of one process share: one thread's unlock would
    /// free it for another's, so only one thread at a time may hold a folder lock.
    let onFolder: Bool

    private init(fd: Int32, onFolder: Bool = false) {
        self.fd = fd
        self.onFolder = onFolder
    }

    deinit { unlock() }

    func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    /// Locks the folder at `path` itself: what a save of a case file that does not exist yet
    /// takes, so that holding it keeps other casemark processes from making new files there.
    static func folder(_ path: String, display: String) throws -> FileLock {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.system(file: display, operation: "open to lock", errno: errno) }
        return try locking(fd, display: display)
    }

    /// The same for an open folder (its descriptor stays the caller's).
    static func folder(_ folder: Int32, display: String) throws -> FileLock {
        let fd = dup(folder)
        guard fd >= 0 else { throw StoreError.system(file: display, operation: "open to lock", errno: errno) }
        return try locking(fd, display: display)
    }

    private static func locking(_ fd: Int32, display: String) throws -> FileLock {
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            if errno == ENOLCK || errno == EOPNOTSUPP { break }  // no advisory locks here: go on unlocked
            let code = errno
            close(fd)
            throw StoreError.system(file: display, operation: "lock", errno: code)
        }
        return FileLock(fd: fd)
    }

    /// Locks the file `name` in the open folder `folder`, or the folder when the file does not
    /// exist. The file is opened as every file inside an inspection is (`InsideFolder`): a
    /// symbolic link or a FIFO is refused, never followed or waited on.
    static func exclusive(_ name: String, in folder: Int32, display: String) throws -> FileLock {
        while true {
            var lockedFile = true
            var fd: Int32
            if let file = try InsideFolder.openRegular(name, in: folder, display: display) {
                fd = file
            } else {
                fd = dup(folder)
                guard fd >= 0 else {
                    throw StoreError.system(file: display, operation: "open its folder to lock", errno: errno)
                }
                lockedFile = false
            }
            while flock(fd, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                // A file system without advisory locks (some network shares): go on unlocked;
                // the check against what was loaded still stops a silent overwrite.
                if errno == ENOLCK || errno == EOPNOTSUPP { return FileLock(fd: fd, onFolder: !lockedFile) }
                let code = errno
                close(fd)
                throw StoreError.system(file: display, operation: "lock", errno: code)
            }
            // Is the name still what we locked? (file: same inode; folder: the file still absent)
            var locked = stat()
            let now = InsideFolder.status(name, in: folder)
            if lockedFile {
                if fstat(fd, &locked) == 0, let now, locked.st_ino == now.st_ino, locked.st_dev == now.st_dev {
                    return FileLock(fd: fd)
                }
            } else if now == nil {
                return FileLock(fd: fd, onFolder: true)
            }
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
