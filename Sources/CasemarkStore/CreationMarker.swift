import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `new` and `import` into a new folder, made safe to retry after being killed part way
/// (`kill -9`, a file-size limit's SIGXFSZ, a power cut), where no clean-up of their own can run.
/// The creation first puts this marker in the inspection folder (its process id inside) and
/// takes it away only once everything it makes is on disk. A retry that finds the marker, and its
/// process gone, takes away what the interrupted creation made (the marker proves the folder held
/// nothing of casemark's before it): `inspection.json`, `framework.json`, the case files and
/// temporary files in `cases/`, `cases/` itself. Anything else in the folder (a `.git`) stays.
enum CreationMarker {
    static let name = ".casemark-creating"

    /// Puts the marker in `folder`, durably, before anything else is made there.
    static func begin(in folder: String) throws {
        try DurableFile.write(Data("\(getpid())\n".utf8), to: (folder as NSString).appendingPathComponent(name), display: name)
    }

    /// Takes the marker away: the creation is whole on disk.
    static func finish(in folder: String) throws {
        guard unlink((folder as NSString).appendingPathComponent(name)) == 0 || errno == ENOENT else {
            throw StoreError.system(file: name, operation: "remove the creation's marker", errno: errno)
        }
        try DurableFile.syncFolder(folder, display: folder)
    }

    /// Why the inspection at `folder` cannot be read yet: its creation's marker is there, so it
    /// is still being made by another process, or was left part-made by one that was killed (a
    /// draw killed part way once read as a sound inspection with fewer cases than were drawn).
    /// nil without a marker, or while this process is the one making it.
    static func unfinished(at folder: String) -> String? {
        let marker = (folder as NSString).appendingPathComponent(name)
        var info = stat()
        guard lstat(marker, &info) == 0, holder(marker) != getpid() else { return nil }
        if let pid = anotherCreator(marker) { return beingCreated(pid) }
        return "the creation of \(folder) was interrupted before all its files were written (its marker \(name) is still there); "
            + "run the same new, import, sample or second-mark again, which takes away what was made and starts afresh"
    }

    private static func beingCreated(_ pid: Int32) -> String {
        "is being created by another casemark (process \(pid)); wait for it to finish"
    }

    /// The process id the marker holds, if it can be read.
    private static func holder(_ marker: String) -> Int32? {
        guard let data = try? DurableFile.read(marker, display: name, limit: 64) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The marker's process, when it is another one and still runs.
    private static func anotherCreator(_ marker: String) -> Int32? {
        guard let pid = holder(marker), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return pid
    }

    /// Takes away what an interrupted creation left in `folder`; nothing when there is no marker.
    /// Refused while the process that made the marker still runs.
    static func clearInterrupted(at folder: String) throws {
        let marker = (folder as NSString).appendingPathComponent(name)
        var info = stat()
        guard lstat(marker, &info) == 0 else { return }
        if let pid = anotherCreator(marker) {
            throw StoreError.refused(file: folder, reason: beingCreated(pid))
        }
        let cases = (folder as NSString).appendingPathComponent(InspectionFolder.casesFolderName)
        var casesInfo = stat()
        if lstat(cases, &casesInfo) == 0, casesInfo.st_mode & S_IFMT == S_IFDIR {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: cases)) ?? []
            where InspectionFolder.caseID(ofFileName: entry) != nil || entry.contains(DurableFile.temporaryMarker) {
                unlink((cases as NSString).appendingPathComponent(entry))
            }
            rmdir(cases)
        }
        for file in [InspectionFolder.recordFileName, InspectionFolder.frameworkFileName] {
            unlink((folder as NSString).appendingPathComponent(file))
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.contains(DurableFile.temporaryMarker) {
            unlink((folder as NSString).appendingPathComponent(entry))
        }
        unlink(marker)
        try DurableFile.syncFolder(folder, display: folder)
    }
}
