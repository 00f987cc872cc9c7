import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `casemark merge` did: the cases it took changes for or copied in, how many it found
/// already here, the sync tool's conflict copies it folded in, and every conflict in the cases
/// it touched.
public struct CopyMergeOutcome: Sendable {
    public var taken: [String] = []
    public var added: [String] = []
    public var alreadyHere = 0
    public var recordTaken = false
    public var foldedCopies: [String] = []
    public var conflicts: [FieldConflict] = []
    /// Each answer, status and rating whose value the merge changed here, case by case.
    public var changes: [MergedChange] = []
    /// The changes it brought in dated more than a day ahead of this machine's clock.
    public var future: [MergedChange] = []
    /// Every conflict in this inspection after the merge, new or from before.
    public var unsettled = 0
}

extension WritableInspection {
    /// Brings another copy's changes in (`OTHER` is never written), and folds in any conflict
    /// copies a sync tool left in this inspection's `cases/`. Everything is read and merged in
    /// memory first: a copy of another inspection, a file that cannot be read on either side,
    /// or a case that differs in what casemark does not merge (officer, sample, attributes)
    /// stops it before anything is written. `other` may be this inspection's own folder, to
    /// fold in conflict copies only.
    public func mergeCopy(from otherPath: String, now: Int = Int(Date().timeIntervalSince1970)) throws -> CopyMergeOutcome {
        let otherFolder = InspectionFolder(otherPath)
        let display = otherPath
        if !unreadable.isEmpty {
            throw StoreError.refused(
                file: InspectionFolder.caseFile(unreadable.sorted()[0]),
                reason: "cannot be read (see casemark validate \(folder.path)); fix it before merging, so that nothing is merged over it")
        }
        var theirCases: [Case] = []
        var theirRecord: InspectionRecord?
        var theirHashes: [String: ContentHash] = [:]
        var identical = 0
        if otherFolder.path != folder.path {
            // Most cases are the same on both copies: a file with the very bytes of ours (the
            // same fingerprint, the test a merge has always used to find a case already here)
            // is not decoded at all.
            let scan = FolderScan.scan(otherFolder, sameAs: hashes)
            guard let record = scan.record, scan.framework != nil else {
                throw StoreError.problems(scan.fatalProblems.map { named($0, in: display) })
            }
            let unreadableThere = scan.problems.filter(\.isError)
            if !scan.unreadable.isEmpty || !unreadableThere.isEmpty {
                throw StoreError.problems(unreadableThere.map { named($0, in: display) } + [
                    StoreProblem(file: display, message: "the other copy has \(Self.whatIsWrong(unreadableThere, cases: scan.unreadable)); nothing was merged (fix them there, then merge again)"),
                ])
            }
            let ours = self.record
            if record.provider != ours.provider || record.framework != ours.framework {
                throw StoreError.refused(
                    file: (display as NSString).appendingPathComponent(InspectionFolder.recordFileName),
                    reason: "another inspection (provider \"\(record.provider)\", framework \"\(record.framework)\"); expected a copy of this one "
                        + "(provider \"\(ours.provider)\", framework \"\(ours.framework)\"); nothing was merged")
            }
            if let theirs = scan.framework, let refused = CopyChecks.framework(theirs, ours: framework, otherPath: display) { throw refused }
            if let refused = CopyChecks.letterCase(theirs: scan.caseHashes.keys, ours: hashes.keys, otherPath: display) { throw refused }
            theirRecord = record
            theirCases = scan.cases
            theirHashes = scan.caseHashes
            identical = scan.identical.count
        }

        // Sync tools' conflict copies in this inspection: each read as a case of the same id.
        var folded: [(name: String, c: Case)] = []
        for (id, name) in conflictCopies {
            let file = InspectionFolder.casesFolderName + "/" + name
            guard let data = try DurableFile.read(name, in: folders.requireCases(), display: file) else { continue }
            let (read, found) = CaseFile.decode(data, file: file, reader: reader)
            guard let read else { throw StoreError.problems(found.filter(\.isError)) }
            guard read.id == id else {
                throw StoreError.refused(file: file, reason: "holds case \"\(read.id)\"; expected \"\(id)\" (from the file's name); nothing was merged")
            }
            folded.append((name, read))
        }

        // Everything merged in memory first, so that a mismatch stops it before any write.
        var plan: [Case] = []
        var outcome = CopyMergeOutcome()
        outcome.alreadyHere = identical
        for theirs in theirCases {
            if let ours = self.case(theirs.id) {
                if let hash = theirHashes[theirs.id], hash == hashes[theirs.id] {
                    outcome.alreadyHere += 1
                    continue
                }
                // Merged (and a mismatch refused) by mergeInMany, before it writes anything.
                if ours == theirs { outcome.alreadyHere += 1 } else { plan.append(theirs) }
            } else if unreadable.contains(theirs.id) {
                throw StoreError.refused(file: InspectionFolder.caseFile(theirs.id), reason: "cannot be read here, so the other copy's is not merged over it")
            } else {
                plan.append(theirs)
            }
        }
        for (name, theirs) in folded {
            if let ours = self.case(theirs.id) {
                do {
                    _ = try ours.merged(with: theirs)
                } catch {
                    throw StoreError.refused(file: InspectionFolder.casesFolderName + "/" + name, reason: error.description + "; nothing was merged")
                }
            }
        }
        if let theirRecord {
            do {
                _ = try self.record.merged(with: theirRecord)
            } catch {
                throw StoreError.refused(file: (display as NSString).appendingPathComponent(InspectionFolder.recordFileName), reason: error.description + "; nothing was merged")
            }
        }

        // Then written, each file locked, merged again with whatever is on disk now, atomically.
        var touched: [String] = []
        let existed = Set(plan.filter { self.case($0.id) != nil }.map(\.id))
        // What this inspection held before, to name what the merge changed.
        var before: [String: Case] = [:]
        for id in Set(plan.map(\.id)).union(folded.map(\.c.id)) { before[id] = self.case(id) }
        let recordBefore = self.record
        let changed = Set(try mergeInMany(plan))
        for theirs in plan {
            if changed.contains(theirs.id) {
                if existed.contains(theirs.id) { outcome.taken.append(theirs.id) } else { outcome.added.append(theirs.id) }
                touched.append(theirs.id)
            } else {
                outcome.alreadyHere += 1
            }
        }
        for (name, theirs) in folded {
            let (_, changed) = try mergeIn(theirs)
            if changed { touched.append(theirs.id) }
            // Its every change is now in the case's own file: the copy can go.
            let cases = try folders.requireCases()
            if unlinkat(cases, name, 0) != 0 && errno != ENOENT {
                throw StoreError.system(file: InspectionFolder.casesFolderName + "/" + name, operation: "remove the folded-in copy", errno: errno)
            }
            try DurableFile.syncFolder(cases, display: InspectionFolder.casesFolderName + "/")
            outcome.foldedCopies.append(InspectionFolder.casesFolderName + "/" + name)
        }
        if let theirRecord {
            outcome.recordTaken = try mergeInRecord(theirRecord)
        }
        for id in Set(touched).sorted() {
            guard let after = self.case(id) else { continue }
            let was = before[id] ?? Case(id: id, sample: after.sample, responsibleOfficer: after.responsibleOfficer)
            // Conflicts this merge made (those already here are counted below, not listed again).
            let earlier = Set(was.conflictDetails.map(\.field))
            outcome.conflicts += after.conflictDetails.filter { !earlier.contains($0.field) }
            if before[id] != nil { outcome.changes += was.changes(mergedInto: after) }
            outcome.future += was.futureChanges(mergedInto: after, now: now)
        }
        if outcome.recordTaken {
            let earlier = Set(recordBefore.conflictDetails.map(\.field))
            outcome.conflicts += record.conflictDetails.filter { !earlier.contains($0.field) }
            outcome.changes += recordBefore.changes(mergedInto: record)
            outcome.future += recordBefore.futureChanges(mergedInto: record, now: now)
        }
        outcome.unsettled = storage.cases.reduce(0) { $0 + $1.conflicts.count } + record.conflicts.count
        return outcome
    }

    /// What the other copy's problems are, in words: its files read, but a forged or broken
    /// history is not the same thing as a file that cannot be read, and the fix differs.
    static func whatIsWrong(_ problems: [StoreProblem], cases: Set<String>) -> String {
        let broken = Set(problems.filter(\.isHistoryBreak).map(\.file))
        let brokenCases = Set(problems.filter(\.isHistoryBreak).compactMap(\.caseID))
        let unreadable = !Set(problems.map(\.file)).subtracting(broken).isEmpty || !cases.subtracting(brokenCases).isEmpty
        switch (broken.isEmpty, unreadable) {
        case (false, false): return "files whose history is broken"
        case (false, true): return "files that cannot be read and files whose history is broken"
        default: return "files that cannot be read"
        }
    }

    private func named(_ problem: StoreProblem, in folder: String) -> StoreProblem {
        var named = problem
        named.file = problem.file == "." ? folder : (folder as NSString).appendingPathComponent(problem.file)
        return named
    }
}
