import CasemarkTestSupport
import Foundation

/// The repository's SampleCases (30 cases, CS-001…), copied for a test to run commands on.
enum SampleInspection {
    static func copy(in folder: TestFolder) throws -> String {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // CasemarkCommandsTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the package
            .appendingPathComponent("SampleCases").path
        let copy = folder.sub("inspection")
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        return copy
    }

    /// Makes a case file unreadable (not JSON).
    static func breakCase(_ id: String, in inspection: String) throws {
        let path = (inspection as NSString).appendingPathComponent("cases/\(id).json")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
    }
}
