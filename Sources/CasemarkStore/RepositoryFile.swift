import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of the git repository that casemark edits itself: `.gitattributes`, for `git-setup`. A
/// repository travels like an inspection folder, so its files are as untrusted: a
/// `.gitattributes` that is a symbolic link could lead anywhere (`~/.bashrc`, another
/// repository's file), and is never read or written through. Written as every file casemark
/// writes: temporary file, fsync, rename, fsync the folder.
public enum RepositoryFile {
    /// The file's text; nil when there is none. A symbolic link, a FIFO or a device is refused.
    public static func read(_ path: String) throws -> String? {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw StoreError.refused(
                file: path,
                reason: "is a symbolic link; casemark neither reads nor writes a repository's file through one (it could lead anywhere): put the file itself in its place, then run git-setup again (nothing was written)")
        }
        guard let data = try DurableFile.read(path, display: path, limit: SizeLimits.inspectionFile) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Replaces the file with `text`, atomically and durably; a link at its name is replaced,
    /// never followed.
    public static func write(_ text: String, to path: String) throws {
        try DurableFile.write(Data(text.utf8), to: path, display: path)
    }
}
