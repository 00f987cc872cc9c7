import CasemarkTestSupport
import Foundation
import Testing

/// Offline teamwork end to end, with the built binary: git clones of one inspection merging
/// through casemark's merge driver, folder copies merged both ways, a sync tool's conflict copy
/// folded in, scripted marking, and every kind of bad input refused with nothing written.
@Suite struct TeamworkEndToEndTests {
    static let sample: String = {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("SampleCases").path
    }()

    static let gitEnvironment = [
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1", "HOME": NSTemporaryDirectory(),
    ]

    @discardableResult
    static func git(_ arguments: [String], in folder: String) throws -> CommandOutput {
        let result = try ProcessRunner.run("/usr/bin/env", ["git"] + arguments, in: folder, environment: gitEnvironment)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.all)")
        return result
    }

    @discardableResult
    static func casemark(_ arguments: [String], as inspector: String = "Test", status: Int32 = 0) throws -> CommandOutput {
        let result = try CasemarkBinary.run(arguments, environment: ["CASEMARK_INSPECTOR": inspector])
        #expect(result.status == status, "casemark \(arguments.joined(separator: " ")): \(result.all)")
        return result
    }

    /// A copy of the sample inspection at `path`, private as casemark makes folders.
    static func copySample(to path: String) throws {
        try FileManager.default.copyItem(atPath: sample, toPath: path)
        _ = try ProcessRunner.run("/bin/chmod", ["-R", "go-rwx", path])
    }

    /// Every file's bytes under `path`, by relative path, leaving out git's own folder.
    static func contents(_ path: String) -> [String: Data] {
        FolderSnapshot.contents(path).filter { !$0.key.hasPrefix(".git/") && !$0.key.contains("/.git/") }
    }

    static func conflicts(_ inspection: String) throws -> [[String: Any]] {
        let out = try casemark(["conflicts", inspection, "--format", "json"]).stdout
        return (try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]) ?? []
    }

    @Test func gitClonesMergeAnswerByAnswerAndAgreeAfterSettling() throws {
        let scratch = TestFolder()
        let lead = scratch.sub("lead")
        try FileManager.default.createDirectory(atPath: lead, withIntermediateDirectories: true)
        try Self.git(["init", "-q", "-b", "main"], in: lead)
        try Self.copySample(to: lead + "/insp")
        let setup = try Self.casemark(["git-setup", lead + "/insp"])
        #expect(setup.stdout.contains("insp/cases/*.json merge=casemark"))
        let attributes = try #require(scratch.read("lead/.gitattributes"))
        // Again: nothing changes.
        let again = try Self.casemark(["git-setup", lead + "/insp"])
        #expect(again.stdout.contains("already"))
        #expect(scratch.read("lead/.gitattributes") == attributes)
        try Self.git(["add", "-A"], in: lead)
        try Self.git(["commit", "-q", "-m", "inspection"], in: lead)
        try Self.git(["clone", "-q", "--bare", lead, scratch.sub("hub.git")], in: scratch.path)
        for name in ["ann", "bob"] {
            try Self.git(["clone", "-q", scratch.sub("hub.git"), scratch.sub(name)], in: scratch.path)
            try Self.casemark(["git-setup", scratch.sub(name) + "/insp"])
            let driver = try Self.git(["config", "--get", "merge.casemark.driver"], in: scratch.sub(name)).stdout
            #expect(driver.contains("merge-file %O %A %B %P"))
        }
        let ann = scratch.sub("ann/insp")
        let bob = scratch.sub("bob/insp")

        // Overlapping marks: the same answer differently, different answers of one case, other cases.
        try Self.casemark(["mark", ann, "CS-003", "2.1.3", "yes", "--note", "Risk seen"], as: "Ann Lee")
        try Self.casemark(["mark", ann, "CS-003", "2.2.1", "no"], as: "Ann Lee")
        try Self.casemark(["rate", ann, "1.1", "good", "--reason", "Clear vision"], as: "Ann Lee")
        try Self.git(["commit", "-q", "-am", "Ann's marking"], in: scratch.sub("ann"))
        try Self.git(["push", "-q", "origin", "main"], in: scratch.sub("ann"))

        try Self.casemark(["mark", bob, "CS-003", "2.1.3", "no", "--note", "No risk plan"], as: "Bob Ray")
        try Self.casemark(["mark", bob, "CS-003", "2.2.2", "yes"], as: "Bob Ray")
        try Self.casemark(["mark", bob, "CS-004", "2.1.1", "na"], as: "Bob Ray")
        try Self.casemark(["rate", bob, "1.1", "inadequate", "--reason", "No strategy"], as: "Bob Ray")
        try Self.git(["commit", "-q", "-am", "Bob's marking"], in: scratch.sub("bob"))
        let pull = try Self.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: scratch.sub("bob"))
        #expect(pull.status == 0)

        // No conflict markers anywhere; the conflicts are listed; the rest merged.
        for (file, data) in Self.contents(bob) {
            #expect(!String(decoding: data, as: UTF8.self).contains("<<<<<<<"), "conflict markers in \(file)")
        }
        #expect(try Self.casemark(["validate", bob], status: 1).stdout.contains("in conflict"))
        let listed = try Self.conflicts(bob)
        let fields = Set(listed.map { "\($0["case"] as? String ?? "inspection.json") \($0["field"] as? String ?? "")" })
        #expect(fields == ["CS-003 answers.2.1.3", "inspection.json ratings.1.1"])
        let values = (listed.first { $0["case"] as? String == "CS-003" }?["values"] as? [[String: Any]]) ?? []
        #expect(Set(values.compactMap { $0["by"] as? String }) == ["Ann Lee", "Bob Ray"])
        #expect(Set(values.compactMap { $0["value"] as? String }) == ["yes", "no"])
        let report = try Self.casemark(["report", bob, "--format", "json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let kq = (json["keyQuestions"] as? [String: Any])?["2.1.3"] as? [String: Any]
        #expect(kq?["conflicts"] as? Int == 1)

        // Bob settles both, pushes; Ann pulls: the clones agree.
        try Self.casemark(["mark", bob, "CS-003", "2.1.3", "no", "--note", "No risk plan; agreed with Ann"], as: "Bob Ray")
        try Self.casemark(["rate", bob, "1.1", "requires-improvement", "--reason", "Agreed"], as: "Bob Ray")
        #expect(try Self.conflicts(bob).isEmpty)
        try Self.git(["commit", "-q", "-am", "settled"], in: scratch.sub("bob"))
        try Self.git(["push", "-q", "origin", "main"], in: scratch.sub("bob"))
        try Self.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: scratch.sub("ann"))
        #expect(try Self.conflicts(ann).isEmpty)
        #expect(Self.contents(ann) == Self.contents(bob))
        let annCase = try #require(scratch.read("ann/insp/cases/CS-003.json"))
        #expect(annCase.contains("\"2.2.1\"") && annCase.contains("\"2.2.2\""))
        #expect(annCase.contains("Risk seen"))  // Ann's side is in the history
        #expect(try Self.casemark(["validate", ann]).status == 0)
    }

    @Test func folderCopiesMergeBothWaysToTheSameFiles() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try Self.copySample(to: a)
        try Self.copySample(to: b)
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        try Self.casemark(["mark", a, "CS-007", "2.1.1", "no", "--prompts", "ab"], as: "Ann Lee")
        try Self.casemark(["mark", b, "CS-003", "2.1.3", "na"], as: "Bob Ray")
        try Self.casemark(["mark", b, "CS-004", "2.1.2", "yes", "--note", "Strengths listed"], as: "Bob Ray")
        let otherBefore = FolderSnapshot.contents(b)
        let merged = try Self.casemark(["merge", a, b])
        #expect(merged.stdout.contains("Took changes to"))
        #expect(merged.stdout.contains("CS-003 2.1.3") || merged.stdout.contains("cases/CS-003.json 2.1.3"))
        #expect(FolderSnapshot.contents(b) == otherBefore)  // OTHER is never written
        try Self.casemark(["merge", b, a])
        #expect(FolderSnapshot.contents(a) == FolderSnapshot.contents(b))
        // Merging again changes nothing.
        let before = FolderSnapshot.contents(a)
        #expect(try Self.casemark(["merge", a, b]).stdout.contains("Took") == false)
        #expect(FolderSnapshot.contents(a) == before)
        #expect(try Self.conflicts(a).count == 1)
    }

    @Test func aSyncToolsConflictCopyIsFoldedIn() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try Self.copySample(to: a)
        try Self.copySample(to: b)
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        try Self.casemark(["mark", b, "CS-003", "2.1.3", "na"], as: "Bob Ray")
        // What Syncthing leaves when both laptops changed the file before syncing.
        let copy = a + "/cases/CS-003.sync-conflict-20261130-101500-ABCDEFG.json"
        try FileManager.default.copyItem(atPath: b + "/cases/CS-003.json", toPath: copy)
        let validate = try Self.casemark(["validate", a])
        #expect(validate.stdout.contains("sync tool"))
        let merged = try Self.casemark(["merge", a, a])
        #expect(merged.stdout.contains("Folded in"))
        #expect(!FileManager.default.fileExists(atPath: copy))
        let listed = try Self.conflicts(a)
        #expect(listed.count == 1 && listed.first?["keyQuestion"] as? String == "2.1.3")
    }

    @Test func scriptedMarkingFollowsTheMarkingScreensRules() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        try Self.copySample(to: a)
        let before = FolderSnapshot.contents(a)
        // A complete case is refused without --reopen; unknown prompt, key question, case, answer.
        let complete = try Self.casemark(["mark", a, "CS-001", "2.1.1", "no"], status: 1)
        #expect(complete.stderr.contains("cases/CS-001.json") && complete.stderr.contains("--reopen"))
        #expect(try Self.casemark(["mark", a, "CS-003", "2.1.1", "yes", "--prompts", "z"], status: 1).stderr.contains("unknown prompt \"z\""))
        #expect(try Self.casemark(["mark", a, "CS-003", "9.9.9", "yes"], status: 1).stderr.contains("unknown key question"))
        #expect(try Self.casemark(["mark", a, "NOPE", "2.1.1", "yes"], status: 1).stderr.contains("cases/NOPE.json"))
        #expect(try Self.casemark(["mark", a, "CS-003", "2.1.1", "maybe"], status: 64).stderr.contains("expected yes, no, na or clear"))
        #expect(FolderSnapshot.contents(a) == before)
        // A key question the case's attributes rule out names the attribute.
        let ruled = try FileManager.default.contentsOfDirectory(atPath: a + "/cases").first { name in
            let text = (try? String(contentsOfFile: a + "/cases/" + name, encoding: .utf8)) ?? ""
            return text.contains("\"rosh_issues_apply\" : \"N\"") && text.contains("\"in-progress\"")
        }
        if let ruled {
            let id = String(ruled.dropLast(5))
            #expect(try Self.casemark(["mark", a, id, "2.2.3", "yes"], status: 1).stderr.contains("rosh_issues_apply"))
        }
        // Reopened with a reason, then answered: both in the history, by the inspector named.
        try Self.casemark(["mark", a, "CS-001", "2.1.1", "no", "--reopen", "Moderation", "--inspector", "Lead"], as: "Ignored")
        let text = try #require(scratch.read("a/cases/CS-001.json"))
        #expect(text.contains("\"reason\" : \"Moderation\"") && text.contains("\"by\" : \"Lead\""))
        let history = try Self.casemark(["history", a, "CS-001"]).stdout
        #expect(history.contains("Moderation"))
    }

    @Test func badCopiesAreRefusedAndNothingIsWritten() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        try Self.copySample(to: a)
        try Self.casemark(["new", scratch.sub("other"), "--provider", "Another CRC"])
        try FileManager.default.createDirectory(atPath: scratch.sub("empty"), withIntermediateDirectories: true)
        let broken = scratch.sub("broken")
        try Self.copySample(to: broken)
        try scratch.write("broken/cases/CS-003.json", "{\"schemaVersion\": 1, \"id\": ")
        let newer = scratch.sub("newer")
        try Self.copySample(to: newer)
        let path = newer + "/cases/CS-004.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9").write(toFile: path, atomically: true, encoding: .utf8)
        let before = FolderSnapshot.contents(a)
        for (other, says) in [
            (scratch.sub("other"), "another inspection"), (scratch.sub("empty"), "inspection.json"),
            (broken, "cases/CS-003.json"), (newer, "version 9"), (scratch.sub("nowhere"), "nowhere"),
        ] {
            let result = try Self.casemark(["merge", a, other], status: 1)
            #expect(result.stderr.contains(says), "\(other): \(result.stderr)")
            #expect(result.stderr.contains("Nothing was merged"))
            #expect(FolderSnapshot.contents(a) == before, "\(other)")
        }

        // merge-file: a BASE that is not an earlier version of both.
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        try FileManager.default.copyItem(atPath: a + "/cases/CS-003.json", toPath: scratch.sub("base.json"))
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "no"], as: "Ann Lee")
        try FileManager.default.copyItem(atPath: a + "/cases/CS-003.json", toPath: scratch.sub("ours.json"))
        try FileManager.default.copyItem(atPath: newer + "/cases/CS-003.json", toPath: scratch.sub("theirs.json"))
        let ours = scratch.read("ours.json")
        let refused = try Self.casemark(["merge-file", scratch.sub("base.json"), scratch.sub("ours.json"), scratch.sub("theirs.json"), "insp/cases/CS-003.json"], status: 1)
        #expect(refused.stderr.contains("BASE is not an earlier version"))
        #expect(scratch.read("ours.json") == ours)
        // With an empty BASE (no common version), it merges.
        try scratch.write("empty.json", "")
        try Self.casemark(["merge-file", scratch.sub("empty.json"), scratch.sub("ours.json"), scratch.sub("theirs.json"), "insp/cases/CS-003.json"])
    }
}
