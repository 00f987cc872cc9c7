import CasemarkTestSupport
import Foundation
import Testing

/// The marking screens as an inspector uses them: the built binary in a real terminal (tmux).
/// Skipped, not failed, where tmux is not installed.
@Suite(.serialized, .enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
struct MarkingScreensEndToEndTests {
    /// A three-case inspection: on 2.1.1, A-1 is yes, A-2 no, A-3 unanswered (so 50% before).
    final class Inspection {
        let root = TestFolder("marking")
        var folder: String { root.sub("insp") }

        init() throws {
            #expect(try CasemarkBinary.run(["new", folder, "--provider", "Test CRC", "--inspector", "Setup"]).status == 0)
            try write("A-1", officer: "Chloé Duval", answer: "yes")
            try write("A-2", officer: "Ines Sørensen", answer: "no")
            try write("A-3", officer: "李小龙", answer: nil)
        }

        func casePath(_ id: String) -> String { "\(folder)/cases/\(id).json" }

        func write(_ id: String, officer: String, answer: String?) throws {
            let answers = answer.map {
                #""2.1.1": {"answer": "\#($0)", "by": "Setup", "at": "2026-01-05T10:00:00Z"}"#
            } ?? ""
            let json = """
                {"schemaVersion": 1, "id": "\(id)", "sample": "case-supervision",
                 "responsibleOfficer": {"name": "\(officer)", "grade": "PO"},
                 "attributes": {"rosh_issues_apply": "Y"}, "status": "in-progress",
                 "answers": {\(answers)}, "history": []}
                """
            _ = FileManager.default.createFile(atPath: casePath(id), contents: Data(json.utf8), attributes: [.posixPermissions: 0o600])
        }

        func caseJSON(_ id: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: casePath(id)))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }

        func answer(_ id: String, _ kq: String) throws -> [String: Any]? {
            (try caseJSON(id)["answers"] as? [String: Any])?[kq] as? [String: Any]
        }
    }

    static func command(_ arguments: String, environment: String = "") -> String {
        "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Tess \(environment) '\(CasemarkBinary.path ?? "casemark")' \(arguments)"
    }

    @Test func answeringMovesThePercentOnScreenAndIsInTheCaseFile() throws {
        let inspection = try Inspection()
        let tmux = try TmuxSession(Self.command("open '\(inspection.folder)'"))
        try tmux.waitFor("Enter open")
        try tmux.send("j", "j", "Enter")
        let before = try tmux.waitFor("2.1.1 across the sample")
        #expect(before.contains("2.1.1 across the sample: 1 of 2 yes · 50%"))
        try tmux.send("y")
        let after = try tmux.waitFor("saved")
        #expect(after.contains("2.1.1 50% → 67%, now Good"), "\(after)")
        #expect(after.contains("> 2.1.2 ·"), "moved on to the next key question")
        #expect(after.contains("saved \(inspection.casePath("A-3"))") || after.contains("cases/A-3.json"))
        let answer = try #require(try inspection.answer("A-3", "2.1.1"))
        #expect(answer["answer"] as? String == "yes")
        #expect(answer["by"] as? String == "Tess")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A note typed a letter at a time, each letter saved before the next arrives, is one undo
    /// step in the real binary too (issue 12.1): one u takes back the whole note and leaves the
    /// answer; the next takes back the answer; Ctrl-R puts the answer back.
    @Test func aNoteTypedSlowlyIsOneUndoStep() throws {
        let inspection = try Inspection()
        let tmux = try TmuxSession(Self.command("open '\(inspection.folder)'"))
        try tmux.waitFor("Enter open")
        try tmux.send("j", "j", "Enter")  // A-3, 2.1.1 unanswered
        try tmux.waitFor("2.1.1 across the sample")
        try tmux.send("y", "k", "e")
        try tmux.waitFor("Esc done")
        for letter in ["s", "e", "e", "n"] {
            try tmux.type(letter)
            usleep(300_000)  // each letter is saved on its own
        }
        try tmux.waitUntil("the note saved") { _ in (try? inspection.answer("A-3", "2.1.1")?["note"] as? String) == "seen" }
        try tmux.send("Escape")
        try tmux.waitFor("Esc back")
        try tmux.send("u")
        try tmux.waitFor("undone: 2.1.1 note back to empty")
        let afterNote = try #require(try inspection.answer("A-3", "2.1.1"))
        #expect(afterNote["answer"] as? String == "yes")
        #expect((afterNote["note"] as? String ?? "").isEmpty)
        try tmux.send("u")
        try tmux.waitFor("undone: 2.1.1 back to no answer")
        #expect(try inspection.answer("A-3", "2.1.1") == nil)
        try tmux.send("C-r")
        try tmux.waitFor("redone")
        #expect(try inspection.answer("A-3", "2.1.1")?["answer"] as? String == "yes")

        // A note written before any judgement (2.1.2 has none): the first letter is not left
        // behind as an undo step of its own, as it was.
        try tmux.send("j", "e")
        try tmux.waitFor("Note for 2.1.2")
        for letter in ["t", "b", "c"] {
            try tmux.type(letter)
            usleep(300_000)
        }
        try tmux.waitUntil("the note saved") { _ in (try? inspection.answer("A-3", "2.1.2")?["note"] as? String) == "tbc" }
        try tmux.send("Escape")
        try tmux.waitFor("Esc back")
        try tmux.send("u")
        try tmux.waitFor("undone: 2.1.2 note back to empty")
        #expect(try inspection.answer("A-3", "2.1.2") == nil)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func questionMarkShowsTheHelpOfTheScreen() throws {
        let inspection = try Inspection()
        let tmux = try TmuxSession(Self.command("open '\(inspection.folder)'"))
        try tmux.waitFor("Enter open")
        try tmux.send("?")
        // The whole help drawn, not its first line caught mid-draw.
        let help = try tmux.waitUntil("the help drawn") { $0.contains("Help: Cases keys") && $0.contains("? close") }
        #expect(help.contains("search case id, officer and notes as you type"))
        try tmux.send("Escape", "Enter", "?")
        let marking = try tmux.waitFor("Help: Marking keys")
        #expect(marking.contains("answer yes and go to the next key question"))
        try tmux.send("q")  // q quits from the help too
        try tmux.waitFor("EXIT=0")
    }

    @Test func resizingTo20x5AndBackRedrawsWithoutCrashing() throws {
        let inspection = try Inspection()
        let tmux = try TmuxSession(Self.command("open '\(inspection.folder)'"))
        try tmux.waitFor("Enter open")
        try tmux.send("Enter")
        try tmux.waitFor("across the sample")
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("is 20×5")
        try tmux.resize(width: 100, height: 30)
        let back = try tmux.waitUntil("the marking screen redrawn at 100×30") {
            $0.contains("across the sample") && $0.contains("A-1 · Chloé Duval (PO)")
        }
        #expect(!back.contains("EXIT="))
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=0")
    }

    @Test func anUnknownTerminalTypeExits2WithAMessage() throws {
        let inspection = try Inspection()
        let tmux = try TmuxSession(Self.command("open '\(inspection.folder)'", environment: "TERM=bogus"))
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains("unknown terminal type \"bogus\""))
    }

    @Test func killedRightAfterTheScreenShowsAnAnswerTheAnswerIsOnDisk() throws {
        let inspection = try Inspection()
        let pidFile = inspection.root.sub("pid")
        let tmux = try TmuxSession("sh -c 'echo $$ > \(pidFile); exec \(Self.command("open \(inspection.folder)"))'")
        try tmux.waitFor("Enter open")
        try tmux.send("G", "Enter")
        try tmux.waitFor("across the sample")
        try tmux.send("n")
        try tmux.waitFor("  2.1.1 No ")
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGKILL) == 0)
        let answer = try #require(try inspection.answer("A-3", "2.1.1"))
        #expect(answer["answer"] as? String == "no")
    }

    @Test func aSecondCasemarkOnTheSameCaseIsToldItIsInUse() throws {
        let inspection = try Inspection()
        let first = try TmuxSession(Self.command("open '\(inspection.folder)' --inspector Ann"))
        try first.waitFor("Enter open")
        try first.send("Enter")
        try first.waitFor("across the sample")
        let second = try TmuxSession(Self.command("open '\(inspection.folder)' --inspector Bob"))
        try second.waitFor("Enter open")
        try second.send("Enter")
        let screen = try second.waitFor("is open in another casemark")
        #expect(screen.contains("A-1 is open in another casemark (in use by Ann since"))
        // Once the first goes back to the list, the case is free again.
        try first.send("Escape")
        try first.waitFor("Enter open")
        try second.send("Escape", "Enter")
        try second.waitUntil("the case opened without the in-use message") {
            $0.contains("across the sample") && !$0.contains("is open in another casemark")
        }
        try first.send("q")
        try second.send("q")
        try second.waitFor("EXIT=0")
    }

    /// Two casemarks answer the same key question differently: the second is told, keeps its
    /// answer on screen and is not stuck retrying; its other cases save; R takes in the first's
    /// answer with the second's kept in the history, where undo finds it.
    @Test func aClashingSaveIsReportedAndRReloadsKeepingOursInTheHistory() throws {
        let inspection = try Inspection()
        let ann = try TmuxSession(Self.command("open '\(inspection.folder)' --inspector Ann"), width: 80, height: 24)
        let bob = try TmuxSession(Self.command("open '\(inspection.folder)' --inspector Bob"), width: 80, height: 24)
        try ann.waitFor("Enter open")
        try bob.waitFor("Enter open")
        try ann.send("G", "Enter")
        try ann.waitFor("across the sample")
        try bob.send("G", "Enter")
        try bob.waitFor("across the sample")
        try ann.send("y")
        try ann.waitFor("saved")
        try bob.send("n")
        let clash = try bob.waitFor("NOT SAVED A-3")
        #expect(clash.contains("NOT SAVED A-3: 2.1.1 changed elsewhere by Ann · R reloads"), "\(clash)")
        #expect(clash.contains("  2.1.1 No "), "Bob's answer stays on his screen")
        #expect(try inspection.answer("A-3", "2.1.1")?["answer"] as? String == "yes", "Ann's answer is not overwritten")

        // Bob's other cases still save, and the clash stays in view.
        try bob.send("P")
        try bob.waitFor("A-2 · Ines Sørensen")
        try bob.send("y")
        let other = try bob.waitFor("open it, R reloads")
        #expect(other.contains("NOT SAVED A-3: 2.1.1 changed elsewhere by Ann · open it, R reloads"))
        #expect(try inspection.answer("A-2", "2.1.2")?["by"] as? String == "Bob")

        try bob.send("N")
        try bob.waitFor("A-3 · 李小龙")
        try bob.send("R")
        let reloaded = try bob.waitFor("reloaded from disk")
        #expect(reloaded.contains("A-3 reloaded from disk: your 2.1.1 went into its history"), "\(reloaded)")
        #expect(reloaded.contains("  2.1.1 Yes "))
        let history = try CasemarkBinary.run(["history", inspection.folder, "A-3"])
        #expect(history.stdout.contains("Bob  2.1.1 (reloaded from disk"), "\(history.stdout)")
        #expect(history.stdout.contains("before: No"))
        #expect(history.stdout.contains("after:  Yes"))
        #expect(try inspection.answer("A-3", "2.1.1")?["answer"] as? String == "yes")

        try bob.send("u")
        try bob.waitFor("undone: 2.1.1 back to No")
        try bob.waitFor("> 2.1.1 No ")
        #expect(try inspection.answer("A-3", "2.1.1")?["answer"] as? String == "no")
        try ann.send("q")
        try ann.waitFor("EXIT=0")
        try bob.send("q")
        try bob.waitFor("EXIT=0")
    }

    @Test func withNoInspectionAWorkingCopyOfTheSampleIsOpenedAndTheSampleLeftAlone() throws {
        let inspection = try Inspection()
        let data = inspection.root.sub("data")
        let original = try inspection.caseJSON("A-3") as NSDictionary
        let tmux = try TmuxSession(Self.command("", environment: "XDG_DATA_HOME='\(data)' CASEMARK_SAMPLE_CASES='\(inspection.folder)'"))
        let first = try tmux.waitFor("Enter open")
        #expect(first.contains("answers are saved in the sample copy \(data)/casemark/sample"))
        try tmux.send("G", "Enter", "y")
        try tmux.waitFor("saved")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let copy = try Data(contentsOf: URL(fileURLWithPath: "\(data)/casemark/sample/cases/A-3.json"))
        #expect(String(decoding: copy, as: UTF8.self).contains("\"answer\" : \"yes\""))
        #expect(try inspection.caseJSON("A-3") as NSDictionary == original, "the sample itself is untouched")
        let mode = try FileManager.default.attributesOfItem(atPath: "\(data)/casemark/sample")[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }
}
