import CasemarkTestSupport
import Foundation
import Testing

/// Messages that blamed the wrong thing or advised the wrong fix (issue 21.2 and 21.7): each says
/// what is wrong with what the user gave, begins "casemark:", and advises only what fits.
@Suite struct WrongBlameTests {
    /// A new inspection with one case, in `scratch`.
    static func inspection(_ scratch: TestFolder) throws -> String {
        let path = scratch.sub("wessex")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "Wessex"]).status == 0)
        return path
    }

    /// `report` and `merge` on a folder that is not there: check the path; never "casemark new"
    /// (a report of nothing, or a merge from a copy that is not there, is not a new inspection).
    @Test func aMissingFolderIsNotAdvisedToBeMade() throws {
        let scratch = TestFolder()
        let real = try Self.inspection(scratch)
        let missing = scratch.sub("nosuch")
        for arguments in [["report", missing], ["merge", real, missing], ["merge", missing, real], ["validate", missing],
                          ["export", missing], ["compare", real, missing]] {
            let run = try CasemarkBinary.run(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.all.contains("no inspection folder at \(missing) (no such folder); check the path"), "\(arguments): \(run.all)")
            #expect(!run.all.contains("casemark new"), "\(arguments): \(run.all)")
        }
        // A folder holding other things: not an inspection, and no advice to make one there.
        let report = try CasemarkBinary.run(["report", scratch.path])
        #expect(report.status == 1)
        #expect(report.stderr.hasPrefix("casemark: inspection.json: missing; this does not look like an inspection folder"), "\(report.stderr)")
        #expect(!report.stderr.contains("casemark new"))
    }

    /// Opening is where a new user may mean to start: there, and only where nothing is yet, the
    /// way to make one.
    @Test func openingNothingSaysHowToStart() throws {
        let scratch = TestFolder()
        let missing = scratch.sub("nosuch")
        let open = try CasemarkBinary.run(["open", missing])
        #expect(open.status == 1)
        #expect(open.stderr.contains("To start a new inspection there: casemark new \(missing) --provider NAME"), "\(open.stderr)")
        try scratch.write("notes.txt", "not an inspection")
        let full = try CasemarkBinary.run(["open", scratch.path])
        #expect(full.status == 1)
        #expect(!full.stderr.contains("casemark new"), "a folder holding other things: \(full.stderr)")
    }

    /// Every error of `report` begins "casemark:", as every other command's do; a CSV that is not
    /// there is not "corrected" nor "imported again".
    @Test func reportErrorsAreCasemarks() throws {
        let scratch = TestFolder()
        let real = try Self.inspection(scratch)
        for arguments in [["report", scratch.sub("nosuch")], ["report", scratch.sub("nosuch.csv")], ["report", real, "--case", "X-1"],
                          ["report", real, "--officer", "Nobody"]] {
            let run = try CasemarkBinary.run(arguments)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.hasPrefix("casemark: "), "\(arguments): \(run.stderr)")
        }
        let csv = try CasemarkBinary.run(["report", scratch.sub("nosuch.csv")])
        #expect(csv.stderr.contains("No report from \(scratch.sub("nosuch.csv")) (1 problem)."), "\(csv.stderr)")
        #expect(!csv.stderr.contains("correct the file") && !csv.stderr.contains("import it again"), "\(csv.stderr)")
        // A bad cell is the file's fault: then it says to correct the file.
        try scratch.write("bad.csv", "case_id,responsible_officer,sample,2.1.1\nA-1,Ann,case-supervision,Maybe\n")
        let bad = try CasemarkBinary.run(["report", scratch.sub("bad.csv")])
        #expect(bad.stderr.contains("; correct the file and try again."), "\(bad.stderr)")
    }

    /// `sample --strata nosuch`: the option is wrong, not the file.
    @Test func aWrongStrataOptionIsBlamedNotTheFile() throws {
        let scratch = TestFolder()
        try scratch.write("population.csv", "case_id,responsible_officer,sample,region\nA,Ann,case-supervision,N\nB,Bob,case-supervision,S\n")
        let draw = try CasemarkBinary.run(["sample", "--population", "population.csv", "--size", "1", "--strata", "nosuch", "--into", "x", "--provider", "P"], in: scratch.path)
        #expect(draw.status == 1)
        #expect(draw.stderr.hasPrefix("casemark: population.csv: --strata nosuch: no column 'nosuch' in the header"), "\(draw.stderr)")
        #expect(draw.stderr.contains("correct --strata and try again"))
        #expect(!draw.stderr.contains("correct the file"), "\(draw.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("x")))
        #expect(try CasemarkBinary.run(["sample", "--population", "population.csv", "--size", "1", "--into", "x", "--provider", "P"], in: scratch.path).status == 0)
        let check = try CasemarkBinary.run(["sample", "--check", scratch.sub("x"), "--population", "population.csv", "--strata", "nosuch"], in: scratch.path)
        #expect(check.status == 1)
        #expect(check.stderr.contains("correct --strata and try again"), "\(check.stderr)")
        #expect(!check.stderr.contains("correct the file"), "\(check.stderr)")
    }

    /// `validate /tmp` advised `chmod -R go-rwx /tmp` (issue 21.2): permission advice is for an
    /// inspection folder only, and never a recursive chmod.
    @Test func permissionAdviceOnlyForAnInspectionAndNeverRecursive() throws {
        let scratch = TestFolder()
        let other = scratch.sub("shared")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        chmod(other, 0o777)
        let notOurs = try CasemarkBinary.run(["validate", other])
        #expect(notOurs.status == 1)
        #expect(!notOurs.all.contains("chmod"), "\(notOurs.all)")
        #expect(!notOurs.all.contains("can be read by other users"), "\(notOurs.all)")

        let real = try Self.inspection(scratch)
        chmod(real, 0o755)
        let ours = try CasemarkBinary.run(["validate", real])
        #expect(ours.stdout.contains("run chmod 700 \(real) (then only you can open it)"), "\(ours.all)")
        #expect(!ours.all.contains("chmod -R"))
    }
}
