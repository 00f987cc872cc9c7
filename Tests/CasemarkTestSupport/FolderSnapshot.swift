import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a folder holds, taken before and after a command to show that it changed nothing.
public enum FolderSnapshot {
    /// Every file under `root` (by path relative to it) with its bytes.
    public static func contents(_ root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in entries(root) {
            let full = (root as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// Every file and folder under `root` (and `root` itself, as ""): its bytes, its mode, and its
    /// modification and status-change times to the nanosecond. Stricter than `contents`: a file
    /// rewritten with the same bytes, or a mode changed, shows too.
    public static func fingerprint(_ root: String) -> [String: String] {
        var result: [String: String] = [:]
        for relative in [""] + entries(root) {
            let path = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            var info = stat()
            guard stat(path, &info) == 0 else {
                result[relative] = "cannot stat"
                continue
            }
            #if canImport(Darwin)
            let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
            #else
            let (modified, changed) = (info.st_mtim, info.st_ctim)
            #endif
            let times = "mtime \(modified.tv_sec).\(modified.tv_nsec) ctime \(changed.tv_sec).\(changed.tv_nsec) mode \(info.st_mode)"
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            let bytes = isFolder ? "folder" : (FileManager.default.contents(atPath: path)?.base64EncodedString() ?? "unreadable")
            result[relative] = times + " " + bytes
        }
        return result
    }

    /// The paths of everything under `root`, relative to it.
    private static func entries(_ root: String) -> [String] {
        var paths: [String] = []
        let walker = FileManager.default.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String { paths.append(relative) }
        return paths
    }
}
