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

    static func write(_ cases: [Case], in folder: InspectionFolder, progress: StoreProgress? = nil) throws {
        guard !cases.isEmpty else { return }
        let batches = try Batches(folder, total: cases.count, progress: progress)
        do {
            for c in cases { try batches.add(c) }
            try batches.finish()
        } catch {
            batches.abandon()
            throw error
        }
    }

    /// The same steps for cases given one at a time (an import of a million rows): step 1 is
    /// taken for every `size` cases, which are then let go, so that memory holds one batch of
    /// cases and the names of the files written, never every case at once. `finish` takes steps
    /// 2 and 3 for all; `abandon` (after any error) removes every file written.
    final class Batches {
        static let size = 4_096
        private let casesFolder: Int32
        private let folders: OpenFolders
        private let count: ProgressCount
        private var pending: [Case] = []
        private var written: [(name: String, temporary: String)] = []
        private var placed: [String] = []

        init(_ folder: InspectionFolder, total: Int, progress: StoreProgress?) throws {
            // Every file is made relative to the cases folder opened once, never through a link.
            folders = try OpenFolders(folder)
            casesFolder = try folders.requireCases()
            count = ProgressCount(total: total, progress)
            written.reserveCapacity(total)
        }

        func add(_ c: Case) throws {
            pending.append(c)
            if pending.count >= Self.size { try flush() }
        }

        private func flush() throws {
            guard !pending.isEmpty else { return }
            let batch = pending
            let temporaries = try NewCaseFiles.writeTemporaryFiles(count: batch.count, in: casesFolder, counter: count) {
                (InspectionFolder.caseFileName(batch[$0].id), CaseFile.bytes(batch[$0]))
            }
            for (c, temporary) in zip(batch, temporaries) { written.append((InspectionFolder.caseFileName(c.id), temporary)) }
            pending.removeAll(keepingCapacity: true)
        }

        func finish() throws {
            try flush()
            let display = InspectionFolder.casesFolderName + "/"
            let lock = try FileLock.folder(casesFolder, display: display)
            defer { lock.unlock() }
            for (name, temporary) in written {
                try place(temporary, at: name, in: casesFolder, display: InspectionFolder.casesFolderName + "/" + name)
                placed.append(name)
            }
            try DurableFile.syncFolder(casesFolder, display: display)
        }

        func abandon() {
            for name in placed { unlinkat(casesFolder, name, 0) }
            for (_, temporary) in written { unlinkat(casesFolder, temporary, 0) }
            try? DurableFile.syncFolder(casesFolder, display: InspectionFolder.casesFolderName + "/")
        }
    }

    /// Files already encoded (a merge taking another copy's cases), `names` their file names in
    /// `cases/`: each in a temporary file made relative to the cases folder, fsynced; returns
    /// their paths in the order of `files`.
    static func writeTemporaryFiles(_ files: [Data], names: [String], in folder: InspectionFolder) throws -> [String] {
        let folders = try OpenFolders(folder)
        let casesFolder = try folders.requireCases()
        let temporaries = try writeTemporaryFiles(count: files.count, in: casesFolder) { (names[$0], files[$0]) }
        return temporaries.map { (folder.casesPath as NSString).appendingPathComponent($0) }
    }

    /// The one writer of temporary files: `count` files, the i-th named (in `cases/`) and its
    /// content made by `file(i)` on a writer's thread (so cases are encoded in parallel too),
    /// each written relative to the cases folder's descriptor and fsynced. Returns their
    /// temporary names in order; on the first error stops, removes what it wrote and throws.
    private static func writeTemporaryFiles(
        count total: Int, in casesFolder: Int32, progress: StoreProgress? = nil, counter: ProgressCount? = nil,
        file: @escaping @Sendable (Int) -> (name: String, data: Data)
    ) throws -> [String] {
        let work = Work(count: total)
        let count = counter ?? ProgressCount(total: total, progress)
        InParallel.forEach(count: total, threads: writers, chunk: 1) { range in
            for index in range where !work.hasFailed {
                let (name, data) = file(index)
                let temporary = DurableFile.temporaryName(for: name)
                do {
                    try DurableFile.writeTemporary(data, at: temporary, in: casesFolder, display: InspectionFolder.casesFolderName + "/" + name)
                    work.done(index, temporary)
                    count.add(1)
                } catch {
                    work.fail(error)
                }
            }
        }
        if let error = work.error {
            for temporary in work.written { unlinkat(casesFolder, temporary, 0) }
            throw error
        }
        return work.paths.map { $0! }
    }

    /// Step 2 for one file: its case file's name, never over an existing file.
    private static func place(_ temporary: String, at name: String, in casesFolder: Int32, display: String) throws {
        if linkat(casesFolder, temporary, casesFolder, name, 0) == 0 {
            unlinkat(casesFolder, temporary, 0)
            return
        }
        let code = errno
        if code == EEXIST { throw appeared(display) }
        guard code == EPERM || code == EOPNOTSUPP || code == ENOTSUP || code == EMLINK || code == ENOSYS else {
            throw StoreError.system(file: display, operation: "put in place", errno: code)
        }
        // No hard links here (FAT, some network shares): rename, the name checked free under the lock.
        if InsideFolder.status(name, in: casesFolder) != nil { throw appeared(display) }
        guard renameat(casesFolder, temporary, casesFolder, name) == 0 else {
            throw StoreError.system(file: display, operation: "put in place", errno: errno)
        }
    }

    private static func appeared(_ display: String) -> StoreError {
        StoreError.refused(file: display, reason: "appeared while importing (another casemark?); the import was undone")
    }

    /// What the writers wrote, and the first error (after which they stop). Unchecked
    /// `Sendable`, and safe: `failed` and `paths` are written under `lock`, and `paths` read
    /// without it only after every writer has finished.
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
