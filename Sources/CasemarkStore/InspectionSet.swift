import CasemarkModel
import Foundation

/// The inspections named for `report --across`: each path an inspection folder, or a folder whose
/// sub-folders are inspections (a year's inspections kept side by side). Reads only.
public struct InspectionSet: Sendable {
    public struct Member: Sendable {
        /// The inspection folder as named (a sub-folder: the named folder joined with its name).
        public var folder: String
        public var inspection: Inspection
        /// Case files left out because they cannot be read, and warnings.
        public var problems: [StoreProblem]
    }

    /// In the order named; a folder's inspections in name order.
    public var members: [Member]
    /// What could not be read as an inspection, each naming the folder and why.
    public var refused: [String]

    /// Reads every path; one that is not an inspection is named in `refused` and the rest are
    /// still read. `progress` is told after each inspection is read, with how many of how many.
    public static func load(_ paths: [String], progress: ((Int, Int) -> Void)? = nil) -> InspectionSet {
        var folders: [String] = []
        var refused: [String] = []
        for path in paths {
            switch kind(of: path) {
            case .inspection: folders.append(path)
            case .folderOfInspections(let inside, let others):
                folders += inside
                // A sub-folder that is no inspection is named, not passed over (issue 21.9:
                // across-inspections.md promises nothing is left out silently).
                refused += others.map { "\($0): not an inspection (no \(InspectionFolder.recordFileName)); left out" }
            case .notAnInspection(let why): refused.append("\(path): \(why)")
            }
        }
        var members: [Member] = []
        for (i, folder) in folders.enumerated() {
            do {
                let opened = try ReadOnlyInspection.open(at: folder)
                members.append(Member(folder: folder, inspection: opened.inspection, problems: opened.problems))
            } catch let error as StoreError {
                refused.append("\(folder): not read as an inspection: \(error)")
            } catch {
                refused.append("\(folder): not read as an inspection: \(error)")
            }
            progress?(i + 1, folders.count)
        }
        return InspectionSet(members: members, refused: refused)
    }

    /// The inspections inside `path` when it is a folder of inspections (not one itself), in
    /// name order; nil otherwise. For a command that takes one inspection, to say so.
    public static func inspections(inside path: String) -> [String]? {
        if case .folderOfInspections(let inside, _) = kind(of: path) { return inside }
        return nil
    }

    enum Kind: Equatable {
        case inspection
        /// The inspections inside, and the other folders inside (hidden ones aside).
        case folderOfInspections([String], others: [String])
        case notAnInspection(String)
    }

    static func kind(of path: String) -> Kind {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .notAnInspection("no such folder; expected an inspection folder or a folder of inspections")
        }
        guard isFolder.boolValue else {
            return .notAnInspection("is a file; expected an inspection folder (holding \(InspectionFolder.recordFileName)) or a folder of inspections")
        }
        if manager.fileExists(atPath: (path as NSString).appendingPathComponent(InspectionFolder.recordFileName)) {
            return .inspection
        }
        let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let folders = names.map { (path as NSString).appendingPathComponent($0) }.filter {
            var isFolder: ObjCBool = false
            return manager.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue
        }
        let inside = folders.filter {
            manager.fileExists(atPath: ($0 as NSString).appendingPathComponent(InspectionFolder.recordFileName))
        }
        if inside.isEmpty {
            return .notAnInspection("not an inspection (no \(InspectionFolder.recordFileName)) and no folder inside it is one")
        }
        return .folderOfInspections(inside, others: folders.filter { !inside.contains($0) })
    }
}
