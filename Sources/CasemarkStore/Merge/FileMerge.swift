import CasemarkModel
import Foundation

/// `casemark merge-file BASE OURS THEIRS [PATH]`: one case file or `inspection.json` merged as
/// git's merge driver asks (`%O %A %B %P`): the result written into OURS, conflicts recorded in
/// the file, so that git never leaves conflict markers in it.
public enum FileMerge {
    /// Merges and writes OURS; returns the conflicts now in the file. Throws, writing nothing,
    /// when a file cannot be read, the three are not versions of one file, or BASE is not an
    /// earlier version of both.
    public static func merge(base: String, ours: String, theirs: String, path: String?) throws -> [FieldConflict] {
        let name = path ?? ours
        let isRecord = (name as NSString).lastPathComponent == InspectionFolder.recordFileName
            || SyncConflictCopy.caseID((name as NSString).lastPathComponent) == "inspection"
        let baseData = try read(base, role: "BASE", name: name)
        let oursData = try read(ours, role: "OURS", name: name)
        let theirsData = try read(theirs, role: "THEIRS", name: name)
        if isRecord {
            let inspection = (name as NSString).deletingLastPathComponent
            let framework = FolderScan.framework(of: InspectionFolder(inspection.isEmpty ? "." : inspection))
            let b = baseData.isEmpty ? nil : try record(baseData, role: "BASE", name: name, framework: framework)
            let o = try record(oursData, role: "OURS", name: name, framework: framework)
            let t = try record(theirsData, role: "THEIRS", name: name, framework: framework)
            if let b { try checkAncestor(b.ratingHistory.map(\.id), o.ratingHistory.map(\.id), t.ratingHistory.map(\.id), name: name) }
            let merged: InspectionRecord
            do {
                merged = try o.merged(with: t)
            } catch {
                throw StoreError.refused(file: name, reason: error.description + "; not merged")
            }
            try write(RecordFile.encode(merged), to: ours, same: oursData, name: name)
            return merged.conflictDetails
        }
        // The framework of the inspection the file is in (PATH is `…/cases/<id>.json` in the
        // working tree), so that the history's key questions and prompts are checked too.
        let framework = inspectionFramework(of: name)
        let b = baseData.isEmpty ? nil : try aCase(baseData, role: "BASE", name: name, framework: framework)
        var o = try aCase(oursData, role: "OURS", name: name, framework: framework)
        var t = try aCase(theirsData, role: "THEIRS", name: name, framework: framework)
        if let b {
            guard b.id == o.id, b.id == t.id else {
                throw StoreError.refused(file: name, reason: "BASE, OURS and THEIRS hold different cases (\(b.id), \(o.id), \(t.id)); not merged")
            }
            try checkAncestor(b.history.map(\.id), o.history.map(\.id), t.history.map(\.id), name: name)
            // What changes do not record (officer, sample, attributes): changed on one side takes it.
            do {
                try CaseMerge.agreeOnUnrecorded(base: b, ours: &o, theirs: &t)
            } catch {
                throw StoreError.refused(
                    file: name,
                    reason: "changed differently on both sides in \(error.fields.joined(separator: ", ")), which casemark does not merge; not merged")
            }
        }
        let merged: Case
        do {
            merged = try o.merged(with: t)
        } catch {
            throw StoreError.refused(file: name, reason: error.description + "; not merged")
        }
        try write(try CaseFile.encode(merged), to: ours, same: oursData, name: name)
        return merged.conflictDetails
    }

    private static func read(_ path: String, role: String, name: String) throws -> Data {
        // Paths git (or the user) gives: links followed; a FIFO is still refused, not waited on.
        guard let data = try DurableFile.read(path, display: "\(name) (\(role): \(path))", following: true, limit: SizeLimits.inspectionFile) else {
            throw StoreError.refused(file: "\(name) (\(role))", reason: "no file at \(path)")
        }
        return data
    }

    private static func inspectionFramework(of path: String) -> Framework? {
        let cases = (path as NSString).deletingLastPathComponent
        guard (cases as NSString).lastPathComponent == InspectionFolder.casesFolderName else { return nil }
        let inspection = (cases as NSString).deletingLastPathComponent
        return FolderScan.framework(of: InspectionFolder(inspection.isEmpty ? "." : inspection))
    }

    private static func aCase(_ data: Data, role: String, name: String, framework: Framework?) throws -> Case {
        let (c, found) = CaseFile.decodeCarefully(data, file: "\(name) (\(role))", framework: framework)
        guard let c else { throw StoreError.problems(found.filter(\.isError)) }
        return c
    }

    private static func record(_ data: Data, role: String, name: String, framework: Framework?) throws -> InspectionRecord {
        let (r, found) = RecordFile.decode(data, framework: framework)
        guard let r else {
            throw StoreError.problems(found.filter(\.isError).map { var p = $0; p.file = "\(name) (\(role))"; return p })
        }
        return r
    }

    /// Histories only grow: every change BASE holds must be in OURS and in THEIRS.
    private static func checkAncestor(_ base: [String], _ ours: [String], _ theirs: [String], name: String) throws {
        let o = Set(ours)
        let t = Set(theirs)
        if let missing = base.first(where: { !o.contains($0) || !t.contains($0) }) {
            throw StoreError.refused(
                file: name,
                reason: "BASE is not an earlier version of both OURS and THEIRS (its change \(missing) is missing from \(o.contains(missing) ? "THEIRS" : "OURS")); not merged")
        }
    }

    private static func write(_ data: Data, to path: String, same: Data, name: String) throws {
        // Git gives OURS relative to the repository (`.merge_file_…`): the temporary file goes
        // beside it, in the folder of its absolute path.
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        if data != same { try DurableFile.write(data, to: absolute, display: name) }
    }
}
