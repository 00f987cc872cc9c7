import CasemarkTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CasemarkStore

/// An inspection whose `cases/` is not there is told "cases/: missing", the folder it should be;
/// one whose `cases/` is refused (a symbolic link) is named `cases`, the thing that is there.
/// Which is which is a fact the folder opener knows (`OpenFolders.casesMissing`), not read back
/// from the words of the refusal.
@Suite struct CasesFolderProblemTests {
    @Test func aMissingCasesFolderIsNamedAsTheFolderItShouldBe() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        try FileManager.default.removeItem(atPath: folder.sub("insp/cases"))

        let problems = InspectionFolder.validate(at: folder.sub("insp"))
        #expect(problems.contains(StoreProblem(file: "cases/", message: "missing; expected the folder of case files")), "\(problems)")
    }

    @Test func aRefusedCasesFolderIsNamedAsWhatIsThere() throws {
        let folder = TestFolder()
        _ = try Fixtures.newInspection(folder)
        try FileManager.default.removeItem(atPath: folder.sub("insp/cases"))
        try FileManager.default.createDirectory(atPath: folder.sub("elsewhere"), withIntermediateDirectories: true)
        #expect(symlink(folder.sub("elsewhere"), folder.sub("insp/cases")) == 0)

        let problems = InspectionFolder.validate(at: folder.sub("insp"))
        let problem = try #require(problems.first { $0.file.hasPrefix("cases") }, "\(problems)")
        #expect(problem.file == "cases")
        #expect(problem.message.contains("is a symbolic link"), "\(problem)")
    }
}
