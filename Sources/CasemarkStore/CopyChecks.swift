import CasemarkModel
import Foundation

/// What makes another copy untrustworthy as a whole, checked by `merge` before anything is
/// written (design: "A history a merge can trust"): a framework that differs from this
/// inspection's in content (the same id with one more key question would make answers here
/// count differently, or not at all), and case ids that differ from this inspection's, or from
/// each other, only in letter case (on macOS and Windows the two are one file).
enum CopyChecks {
    /// Why the copy's framework is refused, or nil when it is this inspection's.
    static func framework(_ theirs: Framework, ours: Framework, otherPath: String) -> StoreError? {
        guard theirs != ours else { return nil }
        let mine = Set(ours.keyQuestions.map(\.id))
        let copy = Set(theirs.keyQuestions.map(\.id))
        var differences: [String] = []
        if !copy.subtracting(mine).isEmpty { differences.append("key questions only in the copy: \(copy.subtracting(mine).sorted().joined(separator: ", "))") }
        if !mine.subtracting(copy).isEmpty { differences.append("key questions only here: \(mine.subtracting(copy).sorted().joined(separator: ", "))") }
        if differences.isEmpty { differences.append("its standards, wording, samples or bands differ") }
        let file = FileManager.default.fileExists(atPath: (otherPath as NSString).appendingPathComponent(InspectionFolder.frameworkFileName))
            ? InspectionFolder.frameworkFileName : InspectionFolder.recordFileName
        return StoreError.refused(
            file: (otherPath as NSString).appendingPathComponent(file),
            reason: "another framework: the copy's \"\(theirs.id)\" is not this inspection's \"\(ours.id)\" in content (\(differences.joined(separator: "; "))); "
                + "expected the same framework; nothing was merged")
    }

    /// Why the copy's case ids are refused, or nil: an id of the copy that this inspection holds
    /// in other letters, or two ids of the copy that differ only so.
    static func letterCase(theirs: some Collection<String>, ours: some Collection<String>, otherPath: String) -> StoreError? {
        var here: [String: String] = [:]
        for id in ours { here[id.lowercased()] = id }
        var there: [String: String] = [:]
        for id in theirs.sorted() {
            let folded = id.lowercased()
            if let other = there[folded] {
                return refusal(id, otherPath, "differs from the copy's own \(other) only in letter case")
            }
            there[folded] = id
            if let mine = here[folded], mine != id {
                return refusal(id, otherPath, "differs from this inspection's \(mine) only in letter case")
            }
        }
        return nil
    }

    private static func refusal(_ id: String, _ otherPath: String, _ what: String) -> StoreError {
        StoreError.refused(
            file: (otherPath as NSString).appendingPathComponent(InspectionFolder.caseFile(id)),
            reason: "case id \"\(id)\" \(what); on macOS and Windows the two would be one file; expected ids that differ in more than capitals; nothing was merged")
    }
}
