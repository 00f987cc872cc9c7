import CasemarkModel
import Foundation

/// What `casemark second-mark` made.
public struct SecondMarkingSummary: Sendable, Equatable {
    /// The new inspection's folder, absolute.
    public var folder: String
    public var origin: SecondMarkingOrigin
    /// The blind cases written, in case-id order.
    public var cases: [Case]
}

extension InspectionFolder {
    /// Creates the blind second marking of `first` (the inspection at `firstPath`) at `path`:
    /// `count` of its complete cases drawn with `seed` (see `SecondMarkDraw`), with the same
    /// provider and framework, and `secondMarkOf` in `inspection.json` naming `first`.
    ///
    /// All or nothing: the draw and the destination are checked before anything is written
    /// (a folder that exists and holds anything is refused); should writing the cases fail, the
    /// folder made is removed again.
    public static func createSecondMarking(
        of first: Inspection, at firstPath: String, count: Int, seed: Int, into path: String,
        by inspector: String, at time: String = Timestamp.now()
    ) throws -> SecondMarkingSummary {
        let cases = try SecondMarkDraw.draw(first.cases, count: count, seed: UInt64(seed))
        let folder = InspectionFolder(path)
        // A second marking killed part way left its marker: what it made goes, and this one
        // starts afresh in the folder it leaves (see `CreationMarker`).
        try CreationMarker.clearInterrupted(at: folder.path)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !names.isEmpty {
            throw StoreError.refused(file: path, reason: "exists and is not empty; choose a new folder for the second marking (nothing was written)")
        }
        let origin = SecondMarkingOrigin(
            inspection: InspectionFolder(firstPath).path, provider: first.record.provider, seed: seed, cases: count)
        let existed = FileManager.default.fileExists(atPath: folder.path)
        do {
            _ = try WritableInspection.createUndoably(
                at: folder.path, provider: first.record.provider, framework: first.framework, by: inspector, at: time,
                secondMarkOf: origin)
            try NewCaseFiles.write(cases, in: folder)
            try CreationMarker.finish(in: folder.path)
        } catch {
            if existed {
                // It was empty: take out what this made, and leave the folder.
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                    try? FileManager.default.removeItem(atPath: (folder.path as NSString).appendingPathComponent(name))
                }
            } else {
                try? FileManager.default.removeItem(atPath: folder.path)
            }
            throw error
        }
        return SecondMarkingSummary(folder: folder.path, origin: origin, cases: cases)
    }
}
