import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Merging another copy's cases and `inspection.json` into this inspection's files (`casemark
/// merge`, sync tools' conflict copies): each file locked, merged with what is on disk now by
/// the model's rule for copies (`Case.merged(with:)`, `InspectionRecord.merged(with:)`), written
/// durably and only when anything changed.
extension WritableInspection {
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
        if let fields = unknownFields[file] {
            throw StoreError.refused(file: file, reason: Self.unknownFieldsReason(fields))
        }
        let cases = try folders.requireCases()
        let name = InspectionFolder.caseFileName(theirs.id)
        let lock = try FileLock.exclusive(name, in: cases, display: file)
        defer { lock.unlock() }
        var ours: Case?
        let disk = try DurableFile.read(name, in: cases, display: file)
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
        if let ours, ours.holdsEverything(of: merged), let disk {
            hashes[theirs.id] = ContentHash(disk)
            remember(ours)
            return (ours, false)
        }
        let data = try CaseFile.encode(merged)
        if data != disk { try DurableFile.write(data, to: name, in: cases, display: file) }
        hashes[theirs.id] = ContentHash(data)
        remember(merged)
        return (merged, data != disk)
    }

    /// Many cases merged in at once (`casemark merge`): each merged with this process's copy
    /// and encoded (on every core: merges are pure and independent), written to its own
    /// temporary file and fsynced by several threads at once, then, each file locked and found
    /// unchanged on disk since it was read, renamed into place, also by several threads at once
    /// (see `commit`); the folder is fsynced once at the end. A file changed on disk meanwhile is
    /// merged again by `mergeIn`. As safe as one durable save each (every content is on disk
    /// before any name points at it), without one folder fsync per file. Returns the ids whose
    /// files changed.
    func mergeInMany(_ others: [Case]) throws -> [String] {
        for theirs in others where unreadable.contains(theirs.id) {
            throw StoreError.refused(file: InspectionFolder.caseFile(theirs.id), reason: "the file on disk cannot be read (see casemark validate), so it is not overwritten")
        }
        let ours = others.map { self.case($0.id) }
        let merges = InParallel.onEveryCore(count: others.count, chunk: 16) { i -> Result<(merged: Case, data: Data)?, CopyMismatch> in
            do throws(CopyMismatch) {
                let merged = try ours[i]?.merged(with: others[i]) ?? others[i]
                // Nothing new (a stale copy): the file is left as it is, byte for byte.
                if let known = ours[i], known.holdsEverything(of: merged) { return .success(nil) }
                return .success((merged, CaseFile.bytes(merged)))
            } catch {
                return .failure(error)
            }
        }
        var planned: [Planned] = []
        for (i, result) in merges.enumerated() {
            switch result {
            case .failure(let error):
                throw StoreError.refused(file: InspectionFolder.caseFile(others[i].id), reason: error.description + "; nothing was merged")
            case .success(let merge?):
                planned.append(Planned(theirs: others[i], merged: merge.merged, data: merge.data, known: hashes[others[i].id]))
            case .success(nil):
                continue
            }
        }
        guard !planned.isEmpty else { return [] }
        let temporaries = try NewCaseFiles.writeTemporaryFiles(planned.map(\.data), names: planned.map { InspectionFolder.caseFileName($0.merged.id) }, in: folder)
        var pendingTemporaries = Set(temporaries)
        defer { for temporary in pendingTemporaries { unlink(temporary) } }
        let cases = try folders.requireCases()
        let plans = planned
        // Files that were there when read are locked each on its own inode, so their commits
        // can run side by side: replacing a file frees the old one's blocks, and on a disk
        // mounted with discard, the last close waits for the disk each time.
        let commits = InParallel.map(count: plans.count, threads: NewCaseFiles.writers, chunk: 1) { i -> Commit in
            guard plans[i].known != nil else { return .oneAtATime }
            return Self.commit(plans[i], temporary: temporaries[i], in: cases)
        }
        var changed: [String] = []
        var failure: (any Error)?
        for (i, plan) in plans.enumerated() {
            var commit = commits[i]
            if case .oneAtATime = commit, failure == nil {
                commit = Self.commit(plan, temporary: temporaries[i], in: cases, mayLockFolder: true)
            }
            switch commit {
            case .renamed:
                pendingTemporaries.remove(temporaries[i])
                hashes[plan.merged.id] = ContentHash(plan.data)
                remember(plan.merged)
                changed.append(plan.merged.id)
            case .changedOnDisk:
                unlink(temporaries[i])
                pendingTemporaries.remove(temporaries[i])
                if failure == nil {
                    do {
                        if try mergeIn(plan.theirs).changed { changed.append(plan.merged.id) }
                    } catch {
                        failure = error
                    }
                }
            case .failed(let error):
                if failure == nil { failure = error }
            case .oneAtATime:
                continue  // not tried, after an earlier failure
            }
        }
        if let failure {
            // Files put in place before the failure stay merged: their names are made durable
            // too, as one save's would be, before the failure is reported.
            if !changed.isEmpty { try? DurableFile.syncFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/") }
            throw failure
        }
        try DurableFile.syncFolder(folder.casesPath, display: InspectionFolder.casesFolderName + "/")
        return changed
    }

    /// One case of `mergeInMany`: its merge, the merged file's bytes and what this process last
    /// read of the file (nil: no file).
    private struct Planned: Sendable {
        var theirs: Case
        var merged: Case
        var data: Data
        var known: ContentHash?
    }

    private enum Commit: Sendable {
        case renamed
        /// Changed on disk since read: to be merged again with what is there.
        case changedOnDisk
        case failed(StoreError)
        /// To be done on the calling thread (a new file: locked through the folder).
        case oneAtATime
    }

    /// Puts one merged case in place: the file locked, found as this process last read it, and
    /// its temporary file renamed over it. Touches nothing of the store (any thread may run it).
    private static func commit(_ plan: Planned, temporary: String, in cases: Int32, mayLockFolder: Bool = false) -> Commit {
        let id = plan.merged.id
        let file = InspectionFolder.caseFile(id)
        let name = InspectionFolder.caseFileName(id)
        do {
            // Locked and read relative to the cases folder, never through a link, as a save is.
            let lock = try FileLock.exclusive(name, in: cases, display: file)
            defer { lock.unlock() }
            if lock.onFolder && !mayLockFolder { return .oneAtATime }  // the file went meanwhile
            let disk = try DurableFile.read(name, in: cases, display: file)
            let unchanged = disk.map { ContentHash($0) == plan.known } ?? (plan.known == nil)
            guard unchanged else { return .changedOnDisk }
            // The new name relative to the cases folder's descriptor, as the lock and the read.
            guard renameat(AT_FDCWD, temporary, cases, name) == 0 else {
                return .failed(.system(file: file, operation: "replace the file", errno: errno))
            }
            return .renamed
        } catch let error as StoreError {
            return .failed(error)
        } catch {
            return .failed(.refused(file: file, reason: "\(error)"))
        }
    }

    /// Merges another copy's `inspection.json` in the same way. Returns whether it changed.
    @discardableResult
    public func mergeInRecord(_ theirs: InspectionRecord) throws -> Bool {
        let file = InspectionFolder.recordFileName
        if let fields = unknownFields[file] {
            throw StoreError.refused(file: file, reason: Self.unknownFieldsReason(fields))
        }
        let lock = try FileLock.exclusive(file, in: folders.root, display: file)
        defer { lock.unlock() }
        var ours = storage.record
        let disk = try DurableFile.read(file, in: folders.root, display: file)
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
        guard !ours.holdsEverything(of: merged) else { return false }
        let data = RecordFile.encode(merged)
        if data != disk { try DurableFile.write(data, to: file, in: folders.root, display: file) }
        recordBase = (ContentHash(data), merged)
        storage.record = merged
        return true
    }
}
