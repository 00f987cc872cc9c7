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

    private var storage: Inspection
    private var index: [String: Int] = [:]
    private var pending: [Case] = []
    /// What each case file held when this process last read or wrote it. (The case it held is
    /// the one in `storage`: both change together, in `save` and `reload`.)
    var hashes: [String: ContentHash]
    private var recordBase: (hash: ContentHash, value: InspectionRecord)?
    var unreadable: Set<String>
    /// Sync tools' conflict copies found in `cases/` on opening (see `SyncConflictCopy`).
    let conflictCopies: [(id: String, name: String)]
    private var markers: [String: EditingMarker] = [:]
    /// Reads case files of this inspection's framework (made once: saves read the file on disk).
    let reader: PlainCaseReader

    private init(folder: InspectionFolder, scan: FolderScan, record: InspectionRecord, framework: Framework) {
        self.folder = folder
        self.problems = scan.problems
        self.storage = Inspection(record: record, framework: framework, cases: scan.cases)
        self.unreadable = scan.unreadable
        self.reader = PlainCaseReader(framework: framework)
        self.hashes = scan.caseHashes
        self.conflictCopies = scan.conflictCopies
        if let hash = scan.recordHash { recordBase = (hash, record) }
        rebuildIndex()
    }

    // MARK: - Opening

    /// Opens the folder at `path` for marking, and removes temporary files that a crashed save
    /// left behind. Throws `StoreError.problems` when the inspection as a whole cannot be used.
    public static func open(at path: String) throws -> WritableInspection {
        let folder = InspectionFolder(path)
        let scan = FolderScan.scan(folder)
        guard let record = scan.record, let framework = scan.framework else {
            throw StoreError.problems(scan.fatalProblems)
        }
        TemporaryFiles.removeAbandoned(scan.temporaryFiles)
        return WritableInspection(folder: folder, scan: scan, record: record, framework: framework)
    }

    static func create(
        at path: String, provider: String, framework: Framework, by inspector: String?, at time: String,
        secondMarkOf origin: SecondMarkingOrigin? = nil
    ) throws -> WritableInspection {
        let folder = InspectionFolder(path)
        let display = path
        guard !provider.trimmed.isEmpty else {
            throw StoreError.refused(file: display, reason: "expected a provider name; it is empty")
        }
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
        try DurableFile.makeFolder(folder.path, display: display)
        try DurableFile.makeFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
        if try FrameworkLibrary.framework(id: framework.id) != framework {
            try DurableFile.write(try JSONCoding.encode(framework), to: folder.frameworkPath, display: InspectionFolder.frameworkFileName)
        }
        let record = InspectionRecord(
            provider: provider.trimmed, framework: framework.id, createdAt: time, createdBy: inspector, secondMarkOf: origin)
        try DurableFile.write(try JSONCoding.encode(record), to: folder.recordPath, display: RecordFile.name)
        return try open(at: folder.path)
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

    private func remember(_ c: Case) {
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
        let path = folder.casePath(c.id)
        let lock = try FileLock.exclusive(path, display: file)
        defer { lock.unlock() }

        var merged = c
        let knownHash = hashes[c.id]
        let disk = try DurableFile.read(path, display: file)
        if let disk, ContentHash(disk) != knownHash {
            let (theirs, found) = CaseFile.decode(disk, file: file, reader: reader)
            guard let theirs else {
                throw StoreError.refused(
                    file: file,
                    reason: "changed on disk since it was opened and can no longer be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
            }
            do {
                merged = try CaseMerge.merge(base: knownHash == nil ? nil : self.case(c.id), ours: c, theirs: theirs)
            } catch {
                throw StoreError.conflict(file: file, fields: error.fields)
            }
        }
        let data = try CaseFile.encode(merged)
        if data != disk {
            try DurableFile.write(data, to: path, display: file)
        }
        hashes[c.id] = ContentHash(data)
        remember(merged)
        return merged
    }

    /// Saves `inspection.json` the same way: locked, checked against what was loaded (ratings
    /// of different standards merge; the same standard rated differently is a conflict), atomic.
    @discardableResult
    public func saveRecord(_ record: InspectionRecord) throws -> InspectionRecord {
        let file = RecordFile.name
        let path = folder.recordPath
        let lock = try FileLock.exclusive(path, display: file)
        defer { lock.unlock() }

        var merged = record
        let disk = try DurableFile.read(path, display: file)
        if let disk, ContentHash(disk) != recordBase?.hash {
            let (theirs, found) = RecordFile.decode(disk)
            guard let theirs else {
                throw StoreError.refused(
                    file: file,
                    reason: "changed on disk since it was opened and can no longer be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
            }
            merged = try RecordMerge.merge(base: recordBase?.value, ours: record, theirs: theirs, file: file)
        }
        let data = try JSONCoding.encode(merged)
        if data != disk {
            try DurableFile.write(data, to: path, display: file)
        }
        recordBase = (ContentHash(data), merged)
        storage.record = merged
        return merged
    }

    /// Merges `theirs` (another copy of a case, or a case only that copy has) into this case's
    /// file by the rule for copies (`Case.merged(with:)`): locked, merged with the file as it is
    /// on disk now, written only if anything changed. Returns the merged case and whether the
    /// file changed.
    @discardableResult
    public func mergeIn(_ theirs: Case) throws -> (merged: Case, changed: Bool) {
        let file = InspectionFolder.caseFile(theirs.id)
        if let reason = CaseID.problem(with: theirs.id) {
            throw StoreError.refused(file: "case id \"\(theirs.id)\"", reason: "refused: \(reason)")
        }
        if unreadable.contains(theirs.id) {
            throw StoreError.refused(file: file, reason: "the file on disk cannot be read (see casemark validate), so it is not overwritten")
        }
        let path = folder.casePath(theirs.id)
        let lock = try FileLock.exclusive(path, display: file)
        defer { lock.unlock() }
        var ours: Case?
        let disk = try DurableFile.read(path, display: file)
        if let disk {
            if ContentHash(disk) == hashes[theirs.id], let known = self.case(theirs.id) {
                ours = known
            } else {
                let (read, found) = CaseFile.decode(disk, file: file, reader: reader)
                guard let read else {
                    throw StoreError.refused(file: file, reason: "cannot be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
                }
                ours = read
            }
        }
        let merged: Case
        do {
            merged = try ours?.merged(with: theirs) ?? theirs
        } catch {
            throw StoreError.refused(file: file, reason: error.description)
        }
        if let ours, merged == ours, let disk {
            hashes[theirs.id] = ContentHash(disk)
            remember(ours)
            return (ours, false)
        }
        let data = try CaseFile.encode(merged)
        if data != disk { try DurableFile.write(data, to: path, display: file) }
        hashes[theirs.id] = ContentHash(data)
        remember(merged)
        return (merged, data != disk)
    }

    /// Merges another copy's `inspection.json` in the same way. Returns whether it changed.
    @discardableResult
    public func mergeInRecord(_ theirs: InspectionRecord) throws -> Bool {
        let file = RecordFile.name
        let path = folder.recordPath
        let lock = try FileLock.exclusive(path, display: file)
        defer { lock.unlock() }
        var ours = storage.record
        let disk = try DurableFile.read(path, display: file)
        if let disk, ContentHash(disk) != recordBase?.hash {
            let (read, found) = RecordFile.decode(disk)
            guard let read else {
                throw StoreError.refused(file: file, reason: "cannot be read (\(found.filter(\.isError).map(\.description).joined(separator: "; "))); not overwritten")
            }
            ours = read
        }
        let merged: InspectionRecord
        do {
            merged = try ours.merged(with: theirs)
        } catch {
            throw StoreError.refused(file: file, reason: error.description)
        }
        guard merged != ours else { return false }
        let data = try JSONCoding.encode(merged)
        if data != disk { try DurableFile.write(data, to: path, display: file) }
        recordBase = (ContentHash(data), merged)
        storage.record = merged
        return true
    }

    /// Reads one case again from disk (after a conflict, or to see another process's changes).
    /// Returns nil when the file is gone; throws `StoreError.problems` when it cannot be read.
    @discardableResult
    public func reload(_ id: String) throws -> Case? {
        let file = InspectionFolder.caseFile(id)
        guard let data = try DurableFile.read(folder.casePath(id), display: file) else { return nil }
        let (c, found) = CaseFile.decode(data, file: file, reader: reader)
        guard let c, c.id == id else {
            unreadable.insert(id)
            throw StoreError.problems(found.isEmpty ? [StoreProblem(file: file, field: "id", message: "expected \"\(id)\" (the file's name)")] : found)
        }
        unreadable.remove(id)
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
        guard CaseID.isValid(id), markers[id] == nil else { return nil }
        switch EditingMarker.take(EditingMarker.path(in: folder.casesPath, id: id), by: inspector, at: time) {
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
        guard CaseID.isValid(id), markers[id] == nil else { return nil }
        return EditingMarker.holder(EditingMarker.path(in: folder.casesPath, id: id))
    }
}
