import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An inspection opened for marking. Every save is atomic and durable, takes a lock on the file,
/// and checks that the file on disk is still the version this process loaded: if another process
/// saved it meanwhile, the two changes are merged where they touch different fields, and refused
/// with a clear error where they clash.
///
/// Not thread-safe: use one instance from one thread (the application's main loop).
public final class WritableInspection {
    public let folder: InspectionFolder
    /// Everything found wrong on opening: unreadable cases (left out, never overwritten) and warnings.
    public private(set) var problems: [StoreProblem]

    var storage: Inspection
    private var index: [String: Int] = [:]
    private var pending: [Case] = []
    /// What each case file held when this process last read or wrote it. (The case it held is
    /// the one in `storage`: both change together, in `save` and `reload`.)
    var hashes: [String: ContentHash]
    var recordBase: (hash: ContentHash, value: InspectionRecord)?
    var unreadable: Set<String>
    /// Sync tools' conflict copies found in `cases/` on opening (see `SyncConflictCopy`).
    let conflictCopies: [(id: String, name: String)]
    private var markers: [String: EditingMarker] = [:]
    /// Reads case files of this inspection's framework (made once: saves read the file on disk).
    let reader: PlainCaseReader
    /// The folder and its `cases/`, opened once: every file is reached through these, never
    /// through a symbolic link.
    let folders: OpenFolders
    /// Fields this build does not know, by file (`cases/A-1.json`, `inspection.json`): such a
    /// file is not saved over, since the save would drop them.
    var unknownFields: [String: [String]] = [:]
    /// Temporary files a crashed save left, until `removeAbandonedTemporaryFiles`.
    private var leftovers: [String]
    /// Whether the last `save` found its case's file gone (deleted by someone else while this
    /// process had it open) and wrote it again, so the screen can say so.
    public private(set) var lastSaveRecreatedFile = false

    private init(folder: InspectionFolder, folders: OpenFolders, scan: FolderScan, record: InspectionRecord, framework: Framework) {
        self.folder = folder
        self.folders = folders
        self.problems = scan.problems
        self.storage = Inspection(record: record, framework: framework, cases: scan.cases)
        self.unreadable = scan.unreadable
        self.reader = PlainCaseReader(framework: framework)
        self.hashes = scan.caseHashes
        self.leftovers = scan.temporaryFiles
        self.conflictCopies = scan.conflictCopies
        if let hash = scan.recordHash { recordBase = (hash, record) }
        for problem in scan.problems where Self.isUnknownField(problem) {
            unknownFields[problem.file, default: []].append(problem.field ?? "")
        }
        rebuildIndex()
    }

    private static func isUnknownField(_ problem: StoreProblem) -> Bool {
        !problem.isError && problem.message == FieldChecker.unknownFieldMessage
    }

    // MARK: - Opening

    /// Opens the folder at `path` for marking, and (unless `removingLeftovers` is false, for a
    /// caller with checks still to make that could refuse) removes temporary files that a
    /// crashed save left behind. Throws `StoreError.problems` when the inspection as a whole
    /// cannot be used.
    public static func open(
        at path: String, removingLeftovers: Bool = true, progress: StoreProgress? = nil
    ) throws -> WritableInspection {
        let folder = InspectionFolder(path)
        let scan = FolderScan.scan(folder, progress: progress)
        guard let record = scan.record, let framework = scan.framework else {
            throw StoreError.problems(scan.fatalProblems)
        }
        let folders: OpenFolders
        do {
            folders = try OpenFolders(folder)
        } catch {
            throw StoreError.problems([StoreProblem(file: ".", message: "\(error)")])
        }
        let store = WritableInspection(folder: folder, folders: folders, scan: scan, record: record, framework: framework)
        if removingLeftovers { store.removeAbandonedTemporaryFiles() }
        return store
    }

    /// Removes the temporary files that crashed saves left (once their writer is gone): the
    /// first thing a writable open changes, done only once nothing can refuse the open.
    public func removeAbandonedTemporaryFiles() {
        TemporaryFiles.removeAbandoned(leftovers)
        leftovers = []
    }

    static func create(
        at path: String, provider: String, framework: Framework, by inspector: String?, at time: String,
        secondMarkOf origin: SecondMarkingOrigin? = nil
    ) throws -> WritableInspection {
        let made = try createUndoably(at: path, provider: provider, framework: framework, by: inspector, at: time, secondMarkOf: origin)
        try CreationMarker.finish(in: made.store.folder.path)
        return made.store
    }

    /// `create`, and a function that removes everything it made again (for an import that
    /// creates the inspection and then fails to write its cases). The folder keeps the
    /// `CreationMarker` until the caller finishes it, so that a creation killed part way can be
    /// retried; an interrupted creation found at `path` is taken away first.
    static func createUndoably(
        at path: String, provider: String, framework: Framework, by inspector: String?, at time: String,
        secondMarkOf origin: SecondMarkingOrigin? = nil
    ) throws -> (store: WritableInspection, undo: () -> Void) {
        let folder = InspectionFolder(path)
        let display = path
        guard !provider.trimmed.isEmpty else {
            throw StoreError.refused(file: display, reason: "expected a provider name; it is empty")
        }
        try CreationMarker.clearInterrupted(at: folder.path)
        if FileManager.default.fileExists(atPath: folder.recordPath) {
            throw StoreError.refused(file: display, reason: "already holds an inspection (inspection.json); nothing was changed")
        }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
            names.contains(where: { !$0.hasPrefix(".") })
        {
            throw StoreError.refused(file: display, reason: "the folder is not empty; choose a new folder for the inspection")
        }
        let problems = framework.problems()
        if !problems.isEmpty {
            throw StoreError.problems(problems.map { StoreProblem(file: InspectionFolder.frameworkFileName, field: FrameworkLibrary.dotted($0.field), message: $0.message) })
        }
        // What this creation makes, so that a failure part way (a full disk) removes it all
        // again and a retry finds the folder as it was.
        var madeFolders = try DurableFile.makeFolder(folder.path, display: display)
        var madeFiles: [String] = []
        do {
            madeFiles.append((folder.path as NSString).appendingPathComponent(CreationMarker.name))
            try CreationMarker.begin(in: folder.path)
            madeFolders += try DurableFile.makeFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
            if try FrameworkLibrary.framework(id: framework.id) != framework {
                madeFiles.append(folder.frameworkPath)
                try DurableFile.write(try JSONCoding.encode(framework), to: folder.frameworkPath, display: InspectionFolder.frameworkFileName)
            }
            let record = InspectionRecord(
                provider: provider.trimmed, framework: framework.id, createdAt: time, createdBy: inspector, secondMarkOf: origin)
            madeFiles.append(folder.recordPath)
            try DurableFile.write(RecordFile.encode(record), to: folder.recordPath, display: InspectionFolder.recordFileName)
            let store = try open(at: folder.path)
            let (files, folders) = (madeFiles, madeFolders)
            return (store, { removeCreated(files: files, folders: folders) })
        } catch {
            removeCreated(files: madeFiles, folders: madeFolders)
            throw error
        }
    }

    /// Undoes a creation: the files it wrote (those that got as far as their name), then the
    /// folders it made (only while empty, so nothing anyone else put there goes).
    static func removeCreated(files: [String], folders: [String]) {
        for file in files.reversed() { unlink(file) }
        if let last = files.last { try? DurableFile.syncFolder((last as NSString).deletingLastPathComponent, display: last) }
        DurableFile.removeFolders(folders)
    }

    // MARK: - Reading

    /// The whole inspection as it stands in this process (including its own saves).
    public var inspection: Inspection {
        if !pending.isEmpty {
            storage.cases.append(contentsOf: pending)
            pending.removeAll()
            storage.cases.sort { $0.id < $1.id }
            rebuildIndex()
        }
        return storage
    }

    public var framework: Framework { storage.framework }
    public var record: InspectionRecord { storage.record }

    public func `case`(_ id: String) -> Case? {
        if let i = index[id] { return storage.cases[i] }
        return pending.first { $0.id == id }
    }

    /// Whether a case file exists but cannot be read (it is then never overwritten).
    public func isUnreadable(_ id: String) -> Bool { unreadable.contains(id) }

    private func rebuildIndex() {
        index = Dictionary(uniqueKeysWithValues: storage.cases.enumerated().map { ($0.element.id, $0.offset) })
    }

    func remember(_ c: Case) {
        if let i = index[c.id] {
            storage.cases[i] = c
        } else if let p = pending.firstIndex(where: { $0.id == c.id }) {
            pending[p] = c
        } else {
            pending.append(c)
        }
    }

    // MARK: - Saving

    /// Saves one case: lock, check the file is still what this process loaded (merging another
    /// process's change to other fields if not), write atomically and durably, unlock. Returns
    /// the case as it now is on disk, which includes any other process's changes.
    /// Throws `StoreError.conflict` when the same field was changed differently on disk, and
    /// `StoreError.refused` for an id outside the allowed set or a file that cannot be read.
    @discardableResult
    public func save(_ c: Case) throws -> Case {
        let file = InspectionFolder.caseFile(c.id)
        if let reason = CaseID.problem(with: c.id) {
            throw StoreError.refused(file: "case id \"\(c.id)\"", reason: "refused: \(reason)")
        }
        if unreadable.contains(c.id) {
            throw StoreError.refused(file: file, reason: "the file on disk cannot be read (see casemark validate), so it is not overwritten")
        }
        if storage.framework.sample(c.sample) == nil {
            throw StoreError.refused(file: file, reason: "unknown sample \"\(c.sample)\"; expected \(FieldChecker.list(storage.framework.samples.map(\.id)))")
        }
        if let fields = unknownFields[file] {
            throw StoreError.refused(file: file, reason: Self.unknownFieldsReason(fields))
        }
        let cases = try folders.requireCases()
        let name = InspectionFolder.caseFileName(c.id)
        let lock = try FileLock.exclusive(name, in: cases, display: file)
        defer { lock.unlock() }

        var merged = c
        let knownHash = hashes[c.id]
        let disk = try DurableFile.read(name, in: cases, display: file)
        if let disk, ContentHash(disk) != knownHash {
            let (theirs, found) = CaseFile.decode(disk, file: file, reader: reader)
            guard let theirs else {
                throw StoreError.refused(
                    file: file,
                    reason: "changed on disk since it was opened and can no longer be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
            }
            let unknown = found.filter(Self.isUnknownField).map { $0.field ?? "" }
            if !unknown.isEmpty { throw StoreError.refused(file: file, reason: Self.unknownFieldsReason(unknown)) }
            let base = knownHash == nil ? nil : self.case(c.id)
            do {
                merged = try CaseMerge.merge(base: base, ours: c, theirs: theirs)
            } catch {
                throw StoreError.conflict(file: file, fields: error.fields)
            }
            // A case completed elsewhere since this process read it is locked here too, exactly
            // as if it had been complete when opened: a change to it waits for a reopening.
            if theirs.status == .complete, base?.status != .complete, Self.changes(merged, theirs) {
                throw StoreError.conflict(file: file, fields: ["status"])
            }
        }
        let data = try CaseFile.encode(merged)
        if data != disk {
            try DurableFile.write(data, to: name, in: cases, display: file)
        }
        lastSaveRecreatedFile = disk == nil && knownHash != nil
        hashes[c.id] = ContentHash(data)
        remember(merged)
        return merged
    }

    /// Whether `merged` changes anything of `disk` but its history (a history entry alone, such
    /// as a completion made on both sides, is no change to the case).
    private static func changes(_ merged: Case, _ disk: Case) -> Bool {
        var compared = merged
        compared.history = disk.history
        return compared != disk
    }

    static func unknownFieldsReason(_ fields: [String]) -> String {
        let names = fields.sorted().joined(separator: ", ")
        return "holds \(fields.count == 1 ? "a field" : "fields") this casemark does not know (\(names)); saving would drop \(fields.count == 1 ? "it" : "them"), so nothing is written: update casemark, or remove \(fields.count == 1 ? "the field" : "them") by hand"
    }

    /// Saves `inspection.json` the same way: locked, checked against what was loaded (ratings
    /// of different standards merge; the same standard rated differently is a conflict), atomic.
    @discardableResult
    public func saveRecord(_ record: InspectionRecord) throws -> InspectionRecord {
        let file = InspectionFolder.recordFileName
        if let fields = unknownFields[file] {
            throw StoreError.refused(file: file, reason: Self.unknownFieldsReason(fields))
        }
        let lock = try FileLock.exclusive(file, in: folders.root, display: file)
        defer { lock.unlock() }

        var merged = record
        let disk = try DurableFile.read(file, in: folders.root, display: file)
        if let disk, ContentHash(disk) != recordBase?.hash {
            let (theirs, found) = RecordFile.decode(disk)
            guard let theirs else {
                throw StoreError.refused(
                    file: file,
                    reason: "changed on disk since it was opened and can no longer be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
            }
            do {
                merged = try RecordMerge.merge(base: recordBase?.value, ours: record, theirs: theirs)
            } catch {
                throw StoreError.conflict(file: file, fields: error.fields)
            }
        }
        let data = RecordFile.encode(merged)
        if data != disk {
            try DurableFile.write(data, to: file, in: folders.root, display: file)
        }
        recordBase = (ContentHash(data), merged)
        storage.record = merged
        return merged
    }

    /// Reads one case again from disk (after a conflict, or to see another process's changes).
    /// Returns nil when the file is gone; throws `StoreError.problems` when it cannot be read.
    @discardableResult
    public func reload(_ id: String) throws -> Case? {
        let file = InspectionFolder.caseFile(id)
        guard CaseID.isValid(id), let data = try DurableFile.read(InspectionFolder.caseFileName(id), in: folders.requireCases(), display: file) else { return nil }
        let (c, found) = CaseFile.decode(data, file: file, reader: reader)
        guard let c, c.id == id else {
            unreadable.insert(id)
            throw StoreError.problems(found.isEmpty ? [StoreProblem(file: file, field: "id", message: "expected \"\(id)\" (the file's name)")] : found)
        }
        unreadable.remove(id)
        let unknown = found.filter(Self.isUnknownField).map { $0.field ?? "" }
        unknownFields[file] = unknown.isEmpty ? nil : unknown
        hashes[id] = ContentHash(data)
        remember(c)
        return c
    }

    // MARK: - In use

    /// Marks a case as open for marking by this process, so that another casemark opening it
    /// sees who has it. Returns who else has it open, if anyone (the case can still be marked:
    /// saves merge or refuse, never overwrite).
    @discardableResult
    public func beginEditing(_ id: String, by inspector: String, at time: String = Timestamp.now()) -> CaseInUse? {
        guard CaseID.isValid(id), markers[id] == nil, folders.cases >= 0 else { return nil }
        switch EditingMarker.take(EditingMarker.name(id: id), in: folders.cases, by: inspector, at: time) {
        case .success(let marker):
            markers[id] = marker
            return nil
        case .failure(let holder):
            return holder
        }
    }

    /// Releases the mark taken by `beginEditing`.
    public func endEditing(_ id: String) {
        markers.removeValue(forKey: id)?.release()
    }

    /// Who else has this case open for marking, if anyone.
    public func inUse(_ id: String) -> CaseInUse? {
        guard CaseID.isValid(id), markers[id] == nil, folders.cases >= 0 else { return nil }
        return EditingMarker.holder(EditingMarker.name(id: id), in: folders.cases)
    }
}
