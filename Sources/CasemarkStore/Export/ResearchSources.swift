import CasemarkModel
import Foundation

/// The inspections `export --format sqlite` puts in one database, each under the name the
/// database knows it by (its folder's name). Reads only. Refuses, naming the path and why, a
/// path that is not an inspection nor a folder of inspections, an inspection given twice, and an
/// inspection with case files that cannot be read (the database would silently lack them).
public struct ResearchSources: Sendable {
    public struct Source: Sendable {
        /// The `inspection` column: the folder's name, or, where two folders share a name, as
        /// much of each path as tells them apart (`2025/crc-1`, `2026/crc-1`).
        public var name: String
        public var folder: String
        public var inspection: Inspection
    }

    public var sources: [Source]
    /// Folders sharing a name, and the names they were given: for the command to say.
    public var renamed: [String]

    /// `progress` is told, for each inspection in turn, how many of its case files are read.
    public static func open(
        _ paths: [String], progress: ((_ folder: String) -> StoreProgress?)? = nil
    ) throws(StoreError) -> ResearchSources {
        var folders: [String] = []
        for path in paths {
            switch InspectionSet.kind(of: path) {
            case .inspection: folders.append(path)
            case .folderOfInspections(let inside, let others):
                // As `report --across` names them: a database quietly without a sub-folder's
                // cases would be taken for the whole year.
                if let other = others.first {
                    throw .refused(
                        file: other,
                        reason: "not an inspection (no \(InspectionFolder.recordFileName)), inside \(path); give the inspections one by one, or move it out (nothing was written)")
                }
                folders += inside
            case .notAnInspection(let why):
                throw .refused(file: path, reason: "\(why) (nothing was written)")
            }
        }
        var seen: [String: String] = [:]
        for folder in folders {
            let resolved = OutputFile.resolved(folder)
            if let earlier = seen[resolved] {
                throw .refused(file: folder, reason: "is the same inspection as \(earlier), given twice; give each inspection once (nothing was written)")
            }
            seen[resolved] = folder
        }
        let (names, renamed) = distinctNames(folders.map(OutputFile.resolved), as: folders)
        var sources: [Source] = []
        for (folder, name) in zip(folders, names) {
            let loaded: Inspection
            let problems: [StoreProblem]
            do {
                (loaded, problems) = try InspectionFolder.load(at: folder, progress: progress?(folder))
            } catch let error as StoreError {
                throw error
            } catch {
                throw .refused(file: folder, reason: "not read as an inspection: \(error) (nothing was written)")
            }
            let unreadable = problems.filter(\.isError)
            if !unreadable.isEmpty {
                let list = unreadable.map { "\(folder)/\($0.description)" }.joined(separator: "\n")
                throw .refused(
                    file: folder,
                    reason: "\(unreadable.count) problem(s) in case files that cannot be read (see casemark validate \(folder)); a database without them would lose those cases, so nothing was written:\n\(list)")
            }
            sources.append(Source(name: name, folder: folder, inspection: loaded))
        }
        return ResearchSources(sources: sources, renamed: renamed)
    }

    /// Each folder's name; folders sharing one are named by as many of their last path
    /// components as tell them apart (the paths are different, so some number does).
    static func distinctNames(_ resolved: [String], as given: [String]) -> (names: [String], renamed: [String]) {
        let components = resolved.map { $0.split(separator: "/").map(String.init) }
        var names = components.map { $0.last ?? "/" }
        var renamed: [String] = []
        let groups = Dictionary(grouping: names.indices, by: { names[$0] }).filter { $0.value.count > 1 }
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            var depth = 2
            while true {
                let suffixes = members.map { components[$0].suffix(depth).joined(separator: "/") }
                let longest = members.map { components[$0].count }.max() ?? 0
                if Set(suffixes).count == members.count || depth >= longest {
                    for (member, suffix) in zip(members, suffixes) { names[member] = suffix }
                    break
                }
                depth += 1
            }
            renamed.append(members.map { given[$0] == names[$0] ? given[$0] : "\(given[$0]) as \(names[$0])" }.joined(separator: ", "))
        }
        return (names, renamed)
    }
}
