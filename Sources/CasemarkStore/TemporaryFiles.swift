import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files (`.<name>.tmp-<pid>-<random>`) are left behind only when a save was cut
/// short; the file they were to replace is intact. They are removed on a writable open once
/// their writer is gone: its process no longer runs, or the file is over an hour old (a
/// folder synced from another machine, where the pid means nothing).
enum TemporaryFiles {
    static func removeAbandoned(_ paths: [String], now: Date = Date()) {
        for path in paths where isAbandoned(path, now: now) {
            unlink(path)
        }
    }

    static func isAbandoned(_ path: String, now: Date) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard let marker = name.range(of: DurableFile.temporaryMarker, options: .backwards) else { return false }
        let rest = name[marker.upperBound...]
        if let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0, pid != getpid() {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let age = now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec)
        return age > 3600
    }
}
