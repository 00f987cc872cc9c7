import CasemarkTestSupport
import Foundation
import Testing

/// Copies forged as a hostile colleague would (issue 19): a history that removes another copy's
/// answer with no conflict (a change replacing itself, two replacing each other), a repeated
/// change id, a dangling `replaces`, a key question the framework does not have, a time that
/// cannot be read. Through `merge` with a folder copy and through git's merge driver with a
/// hostile branch, each is refused, naming the file and the change, and nothing is written.
extension TeamworkEndToEndTests {
    /// One way to forge the history of 2.1.3 in a case file, over the change that answered it.
    enum Forgery: String, CaseIterable, CustomStringConvertible {
        case replacesItself, replaceEachOther, repeatedID, danglingReplaces, unknownKeyQuestion, unreadableTime

        var description: String { rawValue }

        /// The forged change's id, which the refusal names.
        var named: String {
            switch self {
            case .replacesItself: "f0rged0000000001"
            case .replaceEachOther: "f0rged0000000001"
            case .repeatedID: "f0rged0000000009"
            case .danglingReplaces: "f0rged0000000001"
            case .unknownKeyQuestion: "f0rged0000000001"
            case .unreadableTime: "f0rged0000000001"
            }
        }

        /// The case file `json` forged: answers.2.1.3 taken away, or changed, by a change that
        /// breaks the graph.
        func apply(_ json: inout [String: Any]) {
            var history = json["history"] as? [[String: Any]] ?? []
            var answers = json["answers"] as? [String: Any] ?? [:]
            let head = history.last { $0["keyQuestion"] as? String == "2.1.3" }?["id"] as? String ?? "none"
            let previous = answers["2.1.3"]
            func change(_ id: String, replaces: [String], value: Any? = nil, keyQuestion: String = "2.1.3", at: String = "2026-12-01T10:00:00Z") -> [String: Any] {
                var entry: [String: Any] = ["id": id, "event": "answer", "keyQuestion": keyQuestion, "by": "Mallory", "at": at, "replaces": replaces]
                if let previous { entry["previous"] = previous }
                if let value { entry["value"] = value }
                return entry
            }
            let no: [String: Any] = ["answer": "no", "note": "", "prompts": [String](), "by": "Mallory", "at": "2026-12-01T10:00:00Z"]
            switch self {
            case .replacesItself:
                history.append(change(named, replaces: [named, head]))
                answers["2.1.3"] = nil
            case .replaceEachOther:
                history.append(change(named, replaces: ["f0rged0000000002", head]))
                history.append(change("f0rged0000000002", replaces: [named]))
                answers["2.1.3"] = nil
            case .repeatedID:
                history.append(change(named, replaces: [head], value: no))
                var again = change(named, replaces: [head], value: no)
                again["by"] = "Someone else"
                history.append(again)
                answers["2.1.3"] = no
            case .danglingReplaces:
                history.append(change(named, replaces: ["0badc0ffee000000"], value: no))
            case .unknownKeyQuestion:
                history.append(change(named, replaces: [], value: no, keyQuestion: "9.9.9"))
            case .unreadableTime:
                history.append(change(named, replaces: [head], value: no, at: "yesterday"))
                answers["2.1.3"] = no
            }
            json["history"] = history
            json["answers"] = answers
        }
    }

    /// The case file at `path` edited as JSON (keys sorted, as casemark writes them).
    static func forge(_ path: String, _ edit: (inout [String: Any]) -> Void) throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        edit(&json)
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test(arguments: Forgery.allCases)
    func aHostileFolderCopyIsRefusedAndTheTargetKeepsItsAnswer(_ forgery: Forgery) throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try Self.copySample(to: a)
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes", "--note", "Checks seen"], as: "Ann Lee")
        try FileManager.default.copyItem(atPath: a, toPath: b)
        try Self.forge(b + "/cases/CS-003.json", forgery.apply)
        // Something else new in the copy, so that there is something to take.
        try Self.casemark(["mark", b, "CS-004", "2.1.2", "yes"], as: "Mallory")

        let before = FolderSnapshot.contents(a)
        let otherBefore = FolderSnapshot.contents(b)
        let merged = try Self.casemark(["merge", a, b], status: 1)
        #expect(merged.stderr.contains("cases/CS-003.json"), "\(forgery): \(merged.all)")
        #expect(merged.stderr.contains(forgery.named), "\(forgery): \(merged.all)")
        // The summary says what was found: the files can be read; their history is broken.
        #expect(merged.stderr.contains("the other copy has files whose history is broken; nothing was merged"), "\(forgery): \(merged.all)")
        #expect(!merged.stderr.contains("files that cannot be read"), "\(forgery): \(merged.all)")
        #expect(!merged.all.contains("No conflicts"))
        #expect(FolderSnapshot.contents(a) == before, "\(forgery): the target was written")
        #expect(FolderSnapshot.contents(b) == otherBefore)
        // validate names the same break in the copy itself.
        let validate = try Self.casemark(["validate", b], status: 1)
        #expect(validate.stdout.contains("cases/CS-003.json") && validate.stdout.contains(forgery.named), "\(forgery): \(validate.all)")
    }

    /// The summary line tells a file that cannot be read from one whose history is broken: a
    /// truncated file still "cannot be read"; with a forged one beside it, both are named.
    @Test func theMergeSummarySaysWhatWasWrongWithTheCopy() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try Self.copySample(to: a)
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        try FileManager.default.copyItem(atPath: a, toPath: b)
        try Data("{\"id\": \"CS-004\",".utf8).write(to: URL(fileURLWithPath: b + "/cases/CS-004.json"))
        let truncated = try Self.casemark(["merge", a, b], status: 1)
        #expect(truncated.stderr.contains("the other copy has files that cannot be read; nothing was merged"), "\(truncated.all)")
        try Self.forge(b + "/cases/CS-003.json", Forgery.replacesItself.apply)
        let both = try Self.casemark(["merge", a, b], status: 1)
        #expect(both.stderr.contains("the other copy has files that cannot be read and files whose history is broken; nothing"), "\(both.all)")
        #expect(both.stderr.contains("cases/CS-004.json") && both.stderr.contains(Forgery.replacesItself.named), "\(both.all)")
    }

    /// A case only in the copy, whose history repeats a change id, was copied in and then
    /// blocked every later merge of that case: it is refused at the door.
    @Test func aCaseWithARepeatedChangeIDIsNotCopiedIn() throws {
        let scratch = TestFolder()
        let a = scratch.sub("a")
        let b = scratch.sub("b")
        try Self.copySample(to: a)
        try Self.casemark(["mark", a, "CS-003", "2.1.3", "yes"], as: "Ann Lee")
        try FileManager.default.copyItem(atPath: a, toPath: b)
        try FileManager.default.moveItem(atPath: b + "/cases/CS-003.json", toPath: b + "/cases/CS-099.json")
        try Self.forge(b + "/cases/CS-099.json") { json in
            json["id"] = "CS-099"
            var history = json["history"] as? [[String: Any]] ?? []
            var again = history[0]
            again["by"] = "Someone else"
            history.append(again)
            json["history"] = history
        }
        let before = FolderSnapshot.contents(a)
        let merged = try Self.casemark(["merge", a, b], status: 1)
        #expect(merged.stderr.contains("cases/CS-099.json") && merged.stderr.contains("same id"), "\(merged.all)")
        #expect(FolderSnapshot.contents(a) == before)
        #expect(!FileManager.default.fileExists(atPath: a + "/cases/CS-099.json"))
    }

    /// A hostile branch in git: the merge driver refuses the forged case file (git stops with a
    /// conflict in it), and the file in the working tree keeps this side's answer.
    @Test func aHostileBranchIsRefusedByTheMergeDriver() throws {
        let scratch = TestFolder()
        let repo = scratch.sub("repo")
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try Self.git(["init", "-q", "-b", "main"], in: repo)
        try Self.copySample(to: repo + "/insp")
        try Self.casemark(["git-setup", repo + "/insp"])
        try Self.casemark(["mark", repo + "/insp", "CS-003", "2.1.3", "yes", "--note", "Checks seen"], as: "Ann Lee")
        try Self.git(["add", "-A"], in: repo)
        try Self.git(["commit", "-q", "-m", "Ann's marking"], in: repo)

        try Self.git(["checkout", "-q", "-b", "hostile"], in: repo)
        try Self.forge(repo + "/insp/cases/CS-003.json", Forgery.replacesItself.apply)
        try Self.git(["commit", "-q", "-am", "nothing to see"], in: repo)

        try Self.git(["checkout", "-q", "main"], in: repo)
        try Self.casemark(["mark", repo + "/insp", "CS-003", "2.2.1", "no"], as: "Ann Lee")
        try Self.git(["commit", "-q", "-am", "more marking"], in: repo)

        let merge = try ProcessRunner.run("/usr/bin/env", ["git", "merge", "--no-edit", "hostile"], in: repo, environment: Self.gitEnvironment)
        #expect(merge.status != 0, "git merged the hostile branch: \(merge.all)")
        #expect(merge.all.contains(Forgery.replacesItself.named), "\(merge.all)")
        let text = try #require(scratch.read("repo/insp/cases/CS-003.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let answer = (json["answers"] as? [String: Any])?["2.1.3"] as? [String: Any]
        #expect(answer?["answer"] as? String == "yes", "this side's answer was lost")
        #expect(answer?["note"] as? String == "Checks seen")
        _ = try? ProcessRunner.run("/usr/bin/env", ["git", "merge", "--abort"], in: repo, environment: Self.gitEnvironment)
    }
}
