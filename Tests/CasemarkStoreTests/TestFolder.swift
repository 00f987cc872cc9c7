import CasemarkModel
import Foundation
@testable import CasemarkStore

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TestFolder {
    let path: String

    init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("casemark-\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func sub(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: sub(relative)))
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: sub(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the folder with its bytes, to show that nothing changed.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = sub(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }
}

enum Fixtures {
    static func framework() throws -> Framework { try FrameworkLibrary.bundled() }

    static func newInspection(_ folder: TestFolder, name: String = "insp") throws -> WritableInspection {
        try InspectionFolder.create(at: folder.sub(name), provider: "Fictional CRC", framework: framework(), by: "Test Lead", at: "2026-11-24T10:00:00Z")
    }

    static func supervisionCase(_ id: String, rosh: String? = "Y") -> Case {
        Case(
            id: id, sample: "case-supervision",
            responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
            attributes: rosh.map { ["rosh_issues_apply": $0] } ?? [:])
    }
}
