import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over an inspection folder: reads everything it can, and records every problem
/// instead of stopping at the first, so that a bad file never makes the rest unusable.
struct FolderScan {
    var record: InspectionRecord?
    var recordHash: ContentHash?
    var framework: Framework?
    var cases: [Case] = []
    /// What each readable case file held when read, so a save can tell whether it changed since.
    var caseHashes: [String: ContentHash] = [:]
    /// Case files present but unreadable (or unusable): never overwritten.
    var unreadable: Set<String> = []
    /// Temporary files left behind (paths), for a writable open to clean up.
    var temporaryFiles: [String] = []
    /// Copies a sync tool made of case files changed on two machines at once (Syncthing's
    /// `A-1.sync-conflict-….json`, Dropbox's `A-1 (… conflicted copy ….).json`), by case id:
    /// `casemark merge` folds them in.
    var conflictCopies: [(id: String, name: String)] = []
    /// Case files whose bytes are those of `sameAs` (a merge's own copy of the case): found by
    /// their fingerprint alone, never decoded, and not in `cases`.
    var identical: Set<String> = []
    var problems: [StoreProblem] = []

    /// Problems that stop the inspection as a whole from being used.
    var fatalProblems: [StoreProblem] {
        guard record == nil || framework == nil else { return [] }
        let fatal = problems.filter { $0.isError && ($0.file == "." || $0.file == InspectionFolder.recordFileName || $0.file == InspectionFolder.frameworkFileName) }
        return fatal.isEmpty ? problems.filter(\.isError) : fatal
    }

    /// `sameAs`: fingerprints of case files (by case id) that need not be decoded when a file
    /// holds the same bytes; a merge gives its own copy's, since most cases are unchanged.
    static func scan(_ folder: InspectionFolder, progress: StoreProgress? = nil, sameAs: [String: ContentHash] = [:]) -> FolderScan {
        var scan = FolderScan()
        var isFolder: ObjCBool = false
        // No advice to make one here: a report, a merge or a check of a folder that is not there
        // wants the right path, not a new inspection (issue 21.7); `open` adds that advice itself.
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            let found = FileManager.default.fileExists(atPath: folder.path) ? "a file, not a folder" : "no such folder"
            scan.problems.append(StoreProblem(file: ".", message: "no inspection folder at \(folder.path) (\(found)); check the path"))
            return scan
        }
        let folders: OpenFolders
        do {
            folders = try OpenFolders(folder)
        } catch {
            scan.problems.append(StoreProblem(file: ".", message: "\(error)"))
            return scan
        }
        if let why = CreationMarker.unfinished(at: folder.path) {
            scan.problems.append(StoreProblem(file: CreationMarker.name, message: why))
            return scan
        }
        scan.readRecord(folders)
        scan.checkPermissions(folder)
        scan.readFramework(folders)
        scan.checkRatingHistory()
        scan.readCases(folder, folders, progress: progress, sameAs: sameAs)
        return scan
    }

    /// The framework of the inspection at `folder` alone (its `inspection.json` and any
    /// `framework.json`, no case read); nil when it cannot be told.
    static func framework(of folder: InspectionFolder) -> Framework? {
        guard let folders = try? OpenFolders(folder) else { return nil }
        var scan = FolderScan()
        scan.readRecord(folders)
        scan.readFramework(folders)
        return scan.framework
    }

    /// Advice about permissions is for an inspection folder only (one with inspection.json), and
    /// never a recursive chmod: `validate /tmp` once advised `chmod -R go-rwx /tmp` (issue 21.2).
    /// Closing the folder itself keeps everyone else out of all it holds.
    private mutating func checkPermissions(_ folder: InspectionFolder) {
        guard record != nil || FileManager.default.fileExists(atPath: folder.recordPath) else { return }
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 {
            problems.append(StoreProblem(
                file: ".",
                message: "the inspection folder can be read by other users (mode \(String(mode, radix: 8))); case files hold personal information: run chmod 700 \(folder.path) (then only you can open it)",
                severity: .warning))
        }
    }

    private mutating func readRecord(_ folders: OpenFolders) {
        let file = InspectionFolder.recordFileName
        do {
            guard let data = try DurableFile.read(file, in: folders.root, display: file) else {
                problems.append(StoreProblem(file: file, message: "missing; this does not look like an inspection folder (one holds inspection.json and cases/); check the path"))
                return
            }
            let (record, found) = RecordFile.decode(data)
            problems += found
            self.record = record
            if record != nil { recordHash = ContentHash(data) }
        } catch {
            problems.append(StoreProblem(file: file, message: "\(error)"))
        }
    }

    private mutating func readFramework(_ folders: OpenFolders) {
        let file = InspectionFolder.frameworkFileName
        do {
            if let data = try DurableFile.read(file, in: folders.root, display: file) {
                let framework = try FrameworkLibrary.decode(data, file: file)
                if let record, record.framework != framework.id {
                    problems.append(StoreProblem(file: file, field: "id", message: "expected \"\(record.framework)\" (the framework named in inspection.json); found \"\(framework.id)\""))
                }
                self.framework = framework
                return
            }
            guard let record else { return }
            if let framework = try FrameworkLibrary.framework(id: record.framework) {
                self.framework = framework
            } else {
                problems.append(StoreProblem(
                    file: InspectionFolder.recordFileName, field: "framework",
                    message: "unknown framework \"\(record.framework)\"; expected \(FieldChecker.list(FrameworkLibrary.bundledIDs)), or a framework.json in the inspection folder"))
            }
        } catch let error as StoreError {
            if case .problems(let found) = error { problems += found } else { problems.append(StoreProblem(file: file, message: error.description)) }
        } catch {
            problems.append(StoreProblem(file: file, message: "\(error)"))
        }
    }

    /// The standards the rating history names, now that the framework is known (the rest of its
    /// graph was checked when it was read).
    private mutating func checkRatingHistory() {
        guard let record, let framework else { return }
        let breaks = HistoryGraph.breaks(of: record, in: HistoryGraph.Vocabulary(framework))
        guard !breaks.isEmpty else { return }
        problems += breaks.map { StoreProblem(file: InspectionFolder.recordFileName, historyBreak: $0) }
        self.record = nil
    }

    private mutating func readCases(_ folder: InspectionFolder, _ folders: OpenFolders, progress: StoreProgress?, sameAs: [String: ContentHash]) {
        let folderName = InspectionFolder.casesFolderName
        guard folders.cases >= 0 else {
            switch folders.casesProblem {
            case .refused(_, let reason)? where folders.casesMissing:
                problems.append(StoreProblem(file: folderName + "/", message: reason))
            case .refused(_, let reason)?:
                problems.append(StoreProblem(file: folderName, message: reason))
            case let other?:
                problems.append(StoreProblem(file: folderName + "/", message: "\(other)"))
            case nil:
                problems.append(StoreProblem(file: folderName + "/", message: "missing; expected the folder of case files"))
            }
            return
        }
        let names: [String]
        do {
            names = try InsideFolder.names(in: folders.cases, display: folderName + "/").sorted()
        } catch {
            problems.append(StoreProblem(file: folderName + "/", message: "cannot be listed: \(error)"))
            return
        }
        collectTemporaryFiles(in: folder.path, names: (try? InsideFolder.names(in: folders.root, display: ".")) ?? [])
        collectTemporaryFiles(in: folder.casesPath, names: names)

        // Which entries are case files is decided first; reading and checking them (the time it
        // takes to open a large inspection) then runs on every core, each file on its own.
        var candidates: [(file: String, stem: String, path: String)] = []
        for name in names {
            let file = "\(folderName)/\(name)"
            if name.hasPrefix(".") { continue }  // temporary files, .DS_Store, .git…
            if let id = SyncConflictCopy.caseID(name) {
                conflictCopies.append((id, name))
                problems.append(StoreProblem(
                    file: file,
                    message: "a sync tool's copy of \(InspectionFolder.caseFile(id)) changed on two machines at once; fold it in with: casemark merge INSPECTION INSPECTION",
                    severity: .warning))
                continue
            }
            guard let stem = InspectionFolder.caseID(ofFileName: name) else {
                problems.append(StoreProblem(file: file, message: "not a case file (expected <case-id>.json); ignored", severity: .warning))
                continue
            }
            if let reason = CaseID.problem(with: stem) {
                problems.append(StoreProblem(file: file, message: "the file name is not a valid case id: \(reason); ignored"))
                continue
            }
            candidates.append((file, stem, name))
        }
        let results = CaseReads(count: candidates.count)
        let reader = framework.map(PlainCaseReader.init)
        let toRead = candidates
        let count = ProgressCount(total: toRead.count, progress)
        // Files are opened relative to the folder (one path lookup each, not four or five, and
        // never through a symbolic link).
        let opener = folders.cases
        let prefix = ""
        // Every core parses; twice as many threads again keep reads in flight while files not
        // yet in memory come from the disk. Results go to each file's own slot: the order stays
        // that of the names.
        InParallel.forEach(count: toRead.count, threads: ProcessInfo.processInfo.activeProcessorCount * 4, chunk: 64) { range in
            let buffer = ReadBuffer()
            for index in range {
                let (file, stem, name) = toRead[index]
                results.set(index, CaseRead.read(prefix + name, in: opener, display: file, buffer: buffer, reader: reader, sameAs: sameAs[stem]))
            }
            count.add(range.count)
        }

        var byID: [String: String] = [:]  // id → file that holds it
        var byFoldedID: [String: String] = [:]
        // Sized once for every candidate, rather than grown (and rehashed) step by step.
        byID.reserveCapacity(candidates.count)
        byFoldedID.reserveCapacity(candidates.count)
        caseHashes.reserveCapacity(candidates.count)
        cases.reserveCapacity(candidates.count)
        var mismatched: [(file: String, id: String)] = []
        /// A case found under its own name: known by that name, and told apart from a name that
        /// differs only in letter case (one file on macOS and Windows).
        func register(_ stem: String, file: String, hash: ContentHash) {
            let folded = stem.lowercased()
            if let other = byFoldedID[folded] {
                problems.append(StoreProblem(file: file, field: "id", message: "differs from \(other) only in letter case; on macOS and Windows the two files would be one", severity: .warning))
            }
            byFoldedID[folded] = file
            byID[stem] = file
            caseHashes[stem] = hash
        }
        for (index, (file, stem, _)) in candidates.enumerated() {
            let read = results.take(index)
            problems += read.problems
            if read.unreadable { unreadable.insert(stem) }
            if read.identical, let hash = read.hash {
                // The very bytes of a case read elsewhere under this name: its id is the name.
                register(stem, file: file, hash: hash)
                identical.insert(stem)
                continue
            }
            guard let c = read.decoded, let hash = read.hash else { continue }
            if c.id != stem {
                problems.append(StoreProblem(file: file, field: "id", message: "expected \"\(stem)\" (the file's name); found \"\(c.id)\""))
                mismatched.append((file, c.id))
                unreadable.insert(stem)
                continue
            }
            register(stem, file: file, hash: hash)
            cases.append(c)
        }
        for (file, id) in mismatched {
            let other = byID[id] ?? mismatched.first(where: { $0.id == id && $0.file != file })?.file
            if let other {
                problems.append(StoreProblem(file: file, field: "id", message: "duplicate case id \"\(id)\": also in \(other)"))
            }
        }
    }

    private mutating func collectTemporaryFiles(in path: String, names: [String]) {
        for name in names where name.hasPrefix(".") && name.contains(DurableFile.temporaryMarker) {
            temporaryFiles.append((path as NSString).appendingPathComponent(name))
        }
    }
}

/// One case file read and checked, on whichever thread.
struct CaseRead: Sendable {
    var decoded: Case?
    var hash: ContentHash?
    /// The file's fingerprint was the one it was asked to compare with: not decoded.
    var identical = false
    var problems: [StoreProblem] = []
    /// Present but unreadable: never to be overwritten.
    var unreadable = false

    /// Reads the case file `name` in the folder `folder` (see `ReadBuffer.read`); `file` names
    /// it in messages.
    ///
    /// `sameAs`: when the file's fingerprint is this one, it is the same bytes as a case already
    /// read (a merge's own copy), and is not decoded again.
    static func read(_ name: String, in folder: Int32, display file: String, buffer: ReadBuffer, reader: PlainCaseReader?, sameAs: ContentHash? = nil) -> CaseRead {
        var result = CaseRead()
        let bytes: UnsafeRawBufferPointer
        do {
            guard let read = try buffer.read(name, in: folder, display: file) else { return result }  // removed meanwhile
            bytes = read
        } catch StoreError.system(_, _, EISDIR) {
            result.problems.append(StoreProblem(file: file, message: "a folder, not a case file; ignored", severity: .warning))
            return result
        } catch StoreError.refused(_, let reason) {
            // A symbolic link, a FIFO, a device: named, never followed or waited on, never written.
            result.problems.append(StoreProblem(file: file, message: reason))
            result.unreadable = true
            return result
        } catch {
            result.problems.append(StoreProblem(file: file, message: "\(error)"))
            result.unreadable = true
            return result
        }
        if let sameAs {
            let hash = ContentHash(bytes)
            if hash == sameAs {
                result.hash = hash
                result.identical = true
                return result
            }
        }
        if let plain = reader?.read(bytes) {
            result.decoded = plain
        } else {
            let (decoded, found) = CaseFile.decodeCarefully(Data(bytes), file: file, framework: reader?.framework)
            result.problems = found
            result.decoded = decoded
            result.unreadable = decoded == nil
        }
        if result.decoded != nil { result.hash = ContentHash(bytes) }
        return result
    }
}

/// Results written by many threads, each to its own slot. Unchecked `Sendable`, and safe: a
/// slot is set under `lock`, and taken only after every thread has finished.
private final class CaseReads: @unchecked Sendable {
    private var slots: [CaseRead]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: CaseRead(), count: count) }

    func set(_ index: Int, _ value: CaseRead) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The result, moved out (so that the case is not copied).
    func take(_ index: Int) -> CaseRead {
        var taken = CaseRead()
        swap(&taken, &slots[index])
        return taken
    }
}
