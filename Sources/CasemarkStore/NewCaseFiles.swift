import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes many new case files at once (an import), each durably, with one folder fsync for all
/// of them instead of one per file; all of them or, on any error, none.
///
/// 1. Every case is written to its own temporary file (`.<id>.json.tmp-…`, never read as a
///    case), fsynced and closed, by several threads at once: a disk takes many fsyncs in flight
///    together far faster than one after another.
/// 2. With the cases folder locked (as a save of a new case locks it), each temporary file is
///    linked under its case file's name, which fails if that name exists (another process made
///    the case meanwhile: nothing is overwritten, and the import is undone), then its temporary
///    name is removed. Where the file system has no hard links, it is renamed instead, after
///    checking under the lock that the name is free.
/// 3. The folder is fsynced once, making every new name durable; only then does the import
///    return.
///
/// Why this is as safe as a full durable write of each file: a case file's name never reaches
/// the disk before its content, because every content is fsynced (1) before any name is made
/// (2); so after a crash at any instant each case file is either absent or complete and valid,
/// never empty or torn. Temporary files a crash leaves are removed on a later writable open. An
/// error at any step (a full disk, a name taken) removes every file this import made, so the
/// folder is as it was. A crash (not an error) during step 2 or 3, a window of a fraction of a
/// second, can leave some of the new cases in place, each complete: `casemark validate` lists
/// the folder as it is.
enum NewCaseFiles {
    /// Temporary files written at once; more than the cores, because writers mostly wait for the disk.
    static let writers = 16

    static func write(_ cases: [Case], in folder: InspectionFolder) throws {
        guard !cases.isEmpty else { return }
        let temporaries = try writeTemporaryFiles(cases, in: folder)
        var placed: [String] = []
        do {
            let lock = try FileLock.folder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
            defer { lock.unlock() }
            for (c, temporary) in zip(cases, temporaries) {
                let path = folder.casePath(c.id)
                try place(temporary, at: path, display: InspectionFolder.caseFile(c.id))
                placed.append(path)
            }
            try DurableFile.syncFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
        } catch {
            for path in placed { unlink(path) }
            for temporary in temporaries { unlink(temporary) }
            try? DurableFile.syncFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
            throw error
        }
    }

    /// Step 1: each case in a temporary file, fsynced; returns their paths in the order of `cases`.
    private static func writeTemporaryFiles(_ cases: [Case], in folder: InspectionFolder) throws -> [String] {
        try writeTemporaryFiles(cases.map(CaseJSONWriter.encode), names: cases.map { "\($0.id).json" }, in: folder)
    }

    /// The same for files already encoded, `names` their file names in `cases/`.
    static func writeTemporaryFiles(_ files: [Data], names: [String], in folder: InspectionFolder) throws -> [String] {
        let work = Work(count: files.count)
        InParallel.forEach(count: files.count, threads: writers, chunk: 1) { range in
            for index in range where !work.hasFailed {
                let temporary = (folder.casesPath as NSString).appendingPathComponent(DurableFile.temporaryName(for: names[index]))
                do {
                    try DurableFile.writeTemporary(files[index], at: temporary, display: InspectionFolder.casesFolderName + "/" + names[index])
                    work.done(index, temporary)
                } catch {
                    work.fail(error)
                }
            }
        }
        if let error = work.error {
            for temporary in work.written { unlink(temporary) }
            throw error
        }
        return work.paths.map { $0! }
    }

    /// Step 2 for one file: its case file's name, never over an existing file.
    private static func place(_ temporary: String, at path: String, display: String) throws {
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST { throw appeared(display) }
        guard code == EPERM || code == EOPNOTSUPP || code == ENOTSUP || code == EMLINK || code == ENOSYS else {
            throw StoreError.system(file: display, operation: "put in place", errno: code)
        }
        // No hard links here (FAT, some network shares): rename, the name checked free under the lock.
        var info = stat()
        if lstat(path, &info) == 0 { throw appeared(display) }
        guard rename(temporary, path) == 0 else {
            throw StoreError.system(file: display, operation: "put in place", errno: errno)
        }
    }

    private static func appeared(_ display: String) -> StoreError {
        StoreError.refused(file: display, reason: "appeared while importing (another casemark?); the import was undone")
    }

    /// What the writers wrote, and the first error (after which they stop).
    private final class Work: @unchecked Sendable {
        private let lock = NSLock()
        private var failed: Error?
        private(set) var paths: [String?]

        init(count: Int) { paths = Array(repeating: nil, count: count) }

        func done(_ index: Int, _ path: String) { lock.withLock { paths[index] = path } }

        func fail(_ error: Error) { lock.withLock { if failed == nil { failed = error } } }

        var hasFailed: Bool { lock.withLock { failed != nil } }
        var error: Error? { lock.withLock { failed } }
        var written: [String] { lock.withLock { paths.compactMap { $0 } } }
    }
}
