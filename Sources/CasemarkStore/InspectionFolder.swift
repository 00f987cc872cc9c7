import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The layout of an inspection folder:
/// ```
/// <inspection>/inspection.json      provider, framework id, recorded ratings
/// <inspection>/framework.json       only when the inspection uses its own framework file
/// <inspection>/cases/<case-id>.json one file per case
/// ```
public struct InspectionFolder: Sendable, Equatable {
    /// The folder's absolute path.
    public let path: String

    public static let recordFileName = InspectionRecord.fileName
    public static let frameworkFileName = "framework.json"
    public static let casesFolderName = "cases"

    public init(_ path: String) {
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        self.path = (absolute as NSString).standardizingPath
    }

    var recordPath: String { (path as NSString).appendingPathComponent(Self.recordFileName) }
    var frameworkPath: String { (path as NSString).appendingPathComponent(Self.frameworkFileName) }
    var casesPath: String { (path as NSString).appendingPathComponent(Self.casesFolderName) }

    func casePath(_ id: String) -> String { (casesPath as NSString).appendingPathComponent(Self.caseFileName(id)) }

    /// `A-1.json`: a case's file's name in `cases/`, the one place it is spelled.
    public static func caseFileName(_ id: String) -> String { id + caseFileSuffix }

    /// `cases/A-1.json`: how messages name a case's file.
    public static func caseFile(_ id: String) -> String { "\(casesFolderName)/\(caseFileName(id))" }

    /// The case id a file in `cases/` is named for (`A-1` for `A-1.json`), not yet checked as an
    /// id; nil for a name that is not a case file's.
    static func caseID(ofFileName name: String) -> String? {
        name.hasSuffix(caseFileSuffix) ? String(name.dropLast(caseFileSuffix.count)) : nil
    }

    private static let caseFileSuffix = ".json"

    // MARK: - Whole-folder operations

    /// Every problem in the folder at once (errors and warnings), without changing anything.
    public static func validate(at path: String) -> [StoreProblem] {
        FolderScan.scan(InspectionFolder(path)).problems
    }

    /// The same, with the number of case files that could be read.
    /// Each conflict (a field changed differently on two copies, not yet settled) is an error.
    public static func validateCountingCases(at path: String, progress: StoreProgress? = nil) -> (problems: [StoreProblem], readableCases: Int) {
        let scan = FolderScan.scan(InspectionFolder(path), progress: progress)
        let conflicts = scan.cases.flatMap(\.conflictDetails) + (scan.record?.conflictDetails ?? [])
        return (scan.problems + conflicts.map(conflictProblem), scan.cases.count)
    }

    /// A conflict as `validate` lists it: file, field, each value with who and when.
    static func conflictProblem(_ conflict: FieldConflict) -> StoreProblem {
        let values = conflict.values.map { v in
            var text = v.value ?? "cleared"
            if let note = v.note, !note.isEmpty { text += " \"\(note)\"" }
            if let detail = v.detail, !detail.isEmpty { text += " (\(detail))" }
            return text + " by \(v.by.isEmpty ? "unknown" : v.by) at \(v.at.isEmpty ? "unknown time" : v.at)"
        }
        return StoreProblem(
            file: conflict.caseID.map(caseFile) ?? InspectionFolder.recordFileName, field: conflict.field,
            message: "in conflict, changed differently on two copies: \(values.joined(separator: " | ")); settle it by answering again (see casemark conflicts)")
    }

    /// The inspection and the problems found on the way. Case files that cannot be read are
    /// left out (and reported); throws only when the inspection as a whole cannot be used
    /// (no readable `inspection.json`, or a framework that does not load).
    public static func load(at path: String, progress: StoreProgress? = nil) throws -> (Inspection, [StoreProblem]) {
        let opened = try ReadOnlyInspection.open(at: path, progress: progress)
        return (opened.inspection, opened.problems)
    }

    /// Creates a new inspection folder (0700) with its `inspection.json` and an empty `cases/`;
    /// a framework other than a bundled one is copied in as `framework.json`. Refuses a folder
    /// that already holds an inspection.
    public static func create(
        at path: String, provider: String, framework: Framework, by inspector: String? = nil,
        at time: String = Timestamp.now()
    ) throws -> WritableInspection {
        try WritableInspection.create(at: path, provider: provider, framework: framework, by: inspector, at: time)
    }
}
