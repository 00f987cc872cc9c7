import CasemarkModel
import CasemarkTestSupport
import Foundation
@testable import CasemarkStore

/// Inspections and cases the store tests start from.
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
