import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// `casemark review`: approve, return with a reason, the queue and its dip sample, and every
/// refusal (exit 1, the folder unchanged).
@Suite(.serialized) struct ReviewCommandTests {
    func review(_ arguments: [String], as who: String = "QA Lead") throws -> CommandOutput {
        try CasemarkBinary.run(["review"] + arguments + ["--inspector", who])
    }

    @Test func approveAndReturnAreChangesAndAReturnedCaseAwaitsReviewOnceCompletedAgain() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let approved = try review([first, "CS-0", "approve", "--note", "Sound analysis"])
        #expect(approved.status == 0, "\(approved.all)")
        #expect(approved.stdout == "CS-0: approved (by QA Lead).\n")
        let returned = try review([first, "CS-1", "return", "--reason", "2.1.3: no evidence of the MAPPA referral"])
        #expect(returned.status == 0, "\(returned.all)")

        var cases = try InspectionFolder.load(at: first).0.cases
        let c0 = try #require(cases.first { $0.id == "CS-0" })
        #expect(c0.reviewState == .approved)
        #expect(c0.history.last?.note == "Sound analysis")
        #expect(c0.history.last?.by == "QA Lead")
        let c1 = try #require(cases.first { $0.id == "CS-1" })
        #expect(c1.status == .inProgress)
        #expect(c1.reviewState == .returned)
        #expect(c1.standingReturn?.reason == "2.1.3: no evidence of the MAPPA referral")
        let history = try CasemarkBinary.run(["history", first, "CS-1"])
        #expect(history.stdout.contains("QA Lead  returned the case to its marker: 2.1.3: no evidence of the MAPPA referral"), "\(history.all)")

        // The marker answers and completes it again: it awaits review again.
        #expect(try CasemarkBinary.run(["mark", first, "CS-1", "2.1.3", "no", "--inspector", "Aoife Brennan"]).status == 0)
        let store = try WritableInspection.open(at: first)
        var again = try #require(store.case("CS-1"))
        try again.complete(by: "Aoife Brennan", at: "2026-12-01T10:00:00Z", changeID: ChangeID.random())
        try store.save(again)
        cases = try InspectionFolder.load(at: first).0.cases
        #expect(cases.first { $0.id == "CS-1" }?.reviewState == .awaiting)
        let queue = try review([first, "--queue", "--format", "json"])
        #expect(queue.stdout == """
            [
              {
                "case": "CS-1",
                "completedAt": "2026-12-01T10:00:00Z",
                "completedBy": "Aoife Brennan"
              }
            ]

            """, "\(queue.all)")
        #expect(try CasemarkBinary.run(["validate", first]).status == 0)
    }

    @Test func badReviewsAreRefusedWithExitOneAndNothingChanges() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let store = try WritableInspection.open(at: first)
        var conflicted = try #require(store.case("CS-0"))
        // Two changes on different copies, as a merge records them (a conflict naming changes the
        // history does not hold is a break the reader refuses: HistoryGraph).
        let heads = conflicted.heads(of: "answers.2.1.1")
        let other = HistoryEntry(
            event: .answered, keyQuestion: "2.1.1", previous: heads.first?.previous, value: Answer(answer: .no), by: "Bob", at: "2026-12-01T09:00:00Z",
            id: "b0b0000000000001", replaces: heads.first?.replaces ?? [])
        conflicted.history.append(other)
        conflicted.conflicts["answers.2.1.1"] = (heads.map(\.id) + [other.id]).sorted()
        conflicted.answers["2.1.1"] = nil
        try store.save(conflicted)
        let snapshot = scratch.snapshot()

        let cases: [(arguments: [String], says: String)] = [
            ([first, "CS-99", "approve"], "cases/CS-99.json: no such case in"),
            ([first, "CS-3", "approve"], "cases/CS-3.json: case CS-3 is in progress; only a complete case can be reviewed"),
            ([first, "CS-3", "return", "--reason", "x"], "case CS-3 is in progress"),
            ([first, "CS-0", "approve"], "cases/CS-0.json: case CS-0 has a field in conflict (answers.2.1.1); settle it before reviewing"),
            ([first, "CS-1", "return"], "a return needs a reason"),
            ([first, "CS-1", "return", "--reason", "   "], "a return needs a reason"),
            ([first, "CS-1", "return", "--reason", "see \u{1B}[31mred"], "the reason holds a control character (U+001B); expected one line of plain text"),
            ([first, "CS-1", "approve", "--note", "two\nlines"], "the note holds a control character (U+000A)"),
            ([first, "../x", "approve"], "is not a case id"),
        ]
        for (arguments, says) in cases {
            let run = try review(arguments)
            #expect(run.status == 1, "\(arguments): \(run.all)")
            #expect(run.stderr.contains(says), "\(arguments): \(run.all)")
            #expect(run.stderr.contains("nothing was changed") || run.stderr.contains("nothing was written"), "\(arguments): \(run.all)")
            #expect(!run.stderr.contains("\u{1B}"), "control characters never reach the terminal")
        }
        #expect(scratch.snapshot() == snapshot)
        #expect(try review([first, "CS-1", "approve", "--reason", "x"]).status == 64)
        #expect(try review([first, "--queue", "--dip", "0"]).status == 64)
        #expect(scratch.snapshot() == snapshot)
    }

    /// Two quality leads review one case at the same moment: both have read it before either
    /// saves (the case file's lock held meanwhile), so exactly one review is saved and the other
    /// is refused with exit 1, its reviewer told; the saved one is whole.
    @Test func twoReviewersAtOnceOneIsSavedTheOtherRefused() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let binary = try #require(CasemarkBinary.path)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [first + "/cases/CS-0.json", "sleep", "2"]
        try holder.run()
        Thread.sleep(forTimeInterval: 0.3)
        let runs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let arguments = i == 0
                ? ["review", first, "CS-0", "approve", "--inspector", "Lead A"]
                : ["review", first, "CS-0", "return", "--reason", "2.1.1 needs evidence", "--inspector", "Lead B"]
            runs.set(i, try? ProcessRunner.run(binary, arguments))
        }
        holder.waitUntilExit()
        let results = runs.all.map { $0?.status ?? -1 }
        let errors = runs.all.map { $0?.stderr ?? "did not run" }
        #expect(results.sorted() == [0, 1], "\(results) \(errors)")
        let refused = errors[results[0] == 1 ? 0 : 1]
        #expect(refused.contains("cases/CS-0.json: reviewed by someone else at the same time; nothing was written"), "\(refused)")
        let c = try #require(try InspectionFolder.load(at: first).0.cases.first { $0.id == "CS-0" })
        #expect(c.history.filter { $0.field == Case.reviewField }.count == 1)
        #expect(c.reviewState == (results[0] == 0 ? .approved : .returned))
        #expect(try CasemarkBinary.run(["validate", first]).status == 0)
    }

    @Test func reportsCountTheReviewAndValidateFinalWaitsForEveryCaseApproved() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 3)
        #expect(try review([first, "CS-0", "approve"]).status == 0)
        #expect(try review([first, "CS-1", "return", "--reason", "2.1.3: where is the MAPPA referral?"]).status == 0)

        let json = try CasemarkBinary.run(["report", first, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let counts = try #require(root["review"] as? [String: Int])
        #expect(counts == ["awaiting": 1, "approved": 1, "returned": 1, "inProgress": 2, "inConflict": 0])
        let line = "Review: 1 approved, 1 returned, 1 awaiting review, 2 in progress."
        for format in ["text", "markdown", "html"] {
            let run = try CasemarkBinary.run(["report", first, "--format", format, "--width", "0"])
            #expect(run.status == 0)
            #expect(run.stdout.contains(line), "\(format): \(run.stdout.prefix(600))")
        }
        let sheet = try CasemarkBinary.run(["report", first, "--case", "CS-1", "--width", "0"])
        #expect(sheet.stdout.contains("returned to its marker by QA Lead"), "\(sheet.all)")
        #expect(sheet.stdout.contains("where is the MAPPA referral?"), "the reason, wrapped as the sheet wraps")

        let notFinal = try CasemarkBinary.run(["validate", first, "--final"])
        #expect(notFinal.status == 1)
        #expect(notFinal.stdout.contains("cases/CS-1.json: review: returned; --final expects every case approved"), "\(notFinal.all)")
        #expect(notFinal.stdout.contains("cases/CS-2.json: review: awaiting review"))
        #expect(!notFinal.stdout.contains("cases/CS-0.json"))
        #expect(notFinal.stdout.contains("not final: 4 cases not approved"), "\(notFinal.all)")
        #expect(try CasemarkBinary.run(["validate", first]).status == 0, "without --final nothing about review")

        // Every case complete and approved: final; then a conflict makes it not final again.
        let store = try WritableInspection.open(at: first)
        for id in ["CS-1", "CS-3", "CS-4"] {
            var c = try #require(store.case(id))
            try c.complete(by: "Aoife Brennan", at: "2026-03-12T10:00:00Z", changeID: ChangeID.random())
            try store.save(c)
        }
        for id in ["CS-1", "CS-2", "CS-3", "CS-4"] { #expect(try review([first, id, "approve"]).status == 0) }
        let final = try CasemarkBinary.run(["validate", first, "--final"])
        #expect(final.status == 0, "\(final.all)")
        #expect(final.stdout.contains("final: every case approved, no conflict to settle"))
        var conflicted = try #require(try WritableInspection.open(at: first).case("CS-2"))
        conflicted.conflicts["answers.2.1.1"] = conflicted.history.prefix(2).map(\.id)
        try WritableInspection.open(at: first).save(conflicted)
        #expect(try CasemarkBinary.run(["validate", first, "--final"]).status == 1)
    }

    @Test func historyAllIsTheInspectionsActivityNewestFirstFilteredAndInJSON() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        #expect(try review([first, "CS-1", "return", "--reason", "2.1.3: where is the \u{1B}[31m referral?"]).status == 1)
        #expect(try review([first, "CS-1", "return", "--reason", "2.1.3: where is the referral?"]).status == 0)
        #expect(try CasemarkBinary.run(["comment", first, "CS-0", "--text", "Sentence date?", "--inspector", "QA Lead"]).status == 0)
        #expect(try CasemarkBinary.run(["rate", first, "1.1", "good", "--reason", "Strong leadership", "--inspector", "Lead"]).status == 0)

        let all = try CasemarkBinary.run(["history", first, "--all"])
        #expect(all.status == 0, "\(all.all)")
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 8 + 1, "\(all.stdout)")
        #expect(lines[0].contains("Lead") && lines[0].contains("ratings") && lines[0].contains("rated 1.1 Good: Strong leadership"), "\(lines[0])")
        #expect(lines[1].contains("CS-0") && lines[1].contains("commented on the case: Sentence date?"))
        #expect(lines[2].contains("CS-1") && lines[2].contains("reopened the case: 2.1.3: where is the referral?"))
        #expect(lines[3].contains("QA Lead") && lines[3].contains("returned the case to its marker: 2.1.3: where is the referral?"))
        #expect(lines.last == "8 changes, newest first.")

        let mine = try CasemarkBinary.run(["history", first, "--all", "--by", "qa lead", "--case", "CS-1", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["event"] as? String } == ["reopen", "return"])
        #expect(list.allSatisfy { $0["case"] as? String == "CS-1" && $0["by"] as? String == "QA Lead" && $0["settlesConflict"] as? Bool == false })
        let old = try CasemarkBinary.run(["history", first, "--all", "--until", "2026-03-10"])
        #expect(old.stdout.hasSuffix("4 changes, newest first.\n"), "\(old.all)")
        #expect(try CasemarkBinary.run(["history", first, "--all", "--since", "2099-01-01"]).stdout == "Nothing recorded.\n")

        let badDate = try CasemarkBinary.run(["history", first, "--all", "--since", "9 March"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--since \"9 March\": expected a date such as 2026-03-09"))
        let noCase = try CasemarkBinary.run(["history", first, "--all", "--case", "CS-99"])
        #expect(noCase.status == 1)
        #expect(noCase.stderr.contains("--case CS-99: no such case"))
        #expect(try CasemarkBinary.run(["history", first, "CS-1", "--by", "x"]).status == 64)
    }

    /// A quality lead in the QA mode approves one case with A and returns another with R and a
    /// reason typed in the box; the marker then opens the returned case and reads the reason.
    @Test(.enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
    func theReviewKeysInARealTerminal() throws {
        let scratch = TestFolder("qa")
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let binary = CasemarkBinary.path ?? "casemark"
        let lead = try TmuxSession("env LANG=C.UTF-8 CASEMARK_INSPECTOR='Sam Quality' '\(binary)' open '\(first)' --review", width: 80, height: 24)
        try lead.waitFor("A approves, R returns")
        try lead.send("A")
        try lead.waitFor("CS-0 approved · saved")
        try lead.send("j")
        try lead.send("Enter")
        try lead.waitFor("Answer:")
        try lead.send("R")
        try lead.waitFor("Return CS-1 to its marker")
        try lead.type("2.1.3 needs the MAPPA referral")
        try lead.send("Enter")
        try lead.waitFor("CS-1 returned · saved")
        try lead.send("q")
        try lead.waitFor("EXIT=0")

        let cases = try InspectionFolder.load(at: first).0.cases
        #expect(cases.first { $0.id == "CS-0" }?.standingApproval?.by == "Sam Quality")
        let returned = try #require(cases.first { $0.id == "CS-1" })
        #expect(returned.reviewState == .returned && returned.status == .inProgress)
        #expect(returned.standingReturn?.reason == "2.1.3 needs the MAPPA referral")

        let marker = try TmuxSession("env LANG=C.UTF-8 CASEMARK_INSPECTOR='Aoife Brennan' '\(binary)' open '\(first)'", width: 80, height: 24)
        let list = try marker.waitFor("returned ↩")
        #expect(list.contains("approved ✓"), "\(list)")
        try marker.send("j")
        try marker.send("Enter")
        let screen = try marker.waitFor("↩ Returned by Sam Quality")
        #expect(screen.contains("2.1.3 needs the MAPPA referral"), "\(screen)")
        try marker.send("q")
        try marker.waitFor("EXIT=0")
    }

    /// Two quality leads review on their own clones: on CS-001 one approves and the other
    /// returns; on CS-005 both approve. Through real git and casemark's merge driver: CS-001's
    /// review is a conflict, listed with both decisions, and settled by reviewing it again;
    /// CS-005 is approved once; the clones then agree.
    @Test func twoReviewersCopiesMergeThroughGitApproveAgainstReturnIsAConflict() throws {
        typealias T = TeamworkEndToEndTests
        let scratch = TestFolder()
        let lead = scratch.sub("lead")
        try FileManager.default.createDirectory(atPath: lead, withIntermediateDirectories: true)
        try T.git(["init", "-q", "-b", "main"], in: lead)
        try T.copySample(to: lead + "/insp")
        try T.casemark(["git-setup", lead + "/insp"])
        try T.git(["add", "-A"], in: lead)
        try T.git(["commit", "-q", "-m", "inspection"], in: lead)
        try T.git(["clone", "-q", "--bare", lead, scratch.sub("hub.git")], in: scratch.path)
        for name in ["sam", "kim"] {
            try T.git(["clone", "-q", scratch.sub("hub.git"), scratch.sub(name)], in: scratch.path)
            try T.casemark(["git-setup", scratch.sub(name) + "/insp"])
        }
        let sam = scratch.sub("sam/insp")
        let kim = scratch.sub("kim/insp")

        try T.casemark(["review", sam, "CS-001", "approve", "--note", "Sound"], as: "Sam Quality")
        try T.casemark(["review", sam, "CS-005", "approve"], as: "Sam Quality")
        try T.git(["commit", "-q", "-am", "Sam's reviews"], in: scratch.sub("sam"))
        try T.git(["push", "-q", "origin", "main"], in: scratch.sub("sam"))

        try T.casemark(["review", kim, "CS-001", "return", "--reason", "2.2.1: the plan misses the victim"], as: "Kim Lead")
        try T.casemark(["review", kim, "CS-005", "approve"], as: "Kim Lead")
        try T.git(["commit", "-q", "-am", "Kim's reviews"], in: scratch.sub("kim"))
        try T.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: scratch.sub("kim"))
        for (file, data) in T.contents(kim) {
            #expect(!String(decoding: data, as: UTF8.self).contains("<<<<<<<"), "conflict markers in \(file)")
        }

        let listed = try T.conflicts(kim)
        #expect(listed.map { "\($0["case"] as? String ?? "") \($0["field"] as? String ?? "")" } == ["CS-001 review"], "\(listed)")
        let values = (listed.first?["values"] as? [[String: Any]]) ?? []
        #expect(Set(values.compactMap { $0["value"] as? String }) == ["approved", "returned"])
        #expect(Set(values.compactMap { $0["by"] as? String }) == ["Sam Quality", "Kim Lead"])
        #expect(Set(values.compactMap { $0["detail"] as? String }) == ["Sound", "2.2.1: the plan misses the victim"])
        let cases = try InspectionFolder.load(at: kim).0.cases
        #expect(cases.first { $0.id == "CS-001" }?.reviewState == .inConflict)
        #expect(cases.first { $0.id == "CS-005" }?.reviewState == .approved, "the same decision on both is one")
        let report = try CasemarkBinary.run(["report", kim, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect((root["review"] as? [String: Int])?["inConflict"] == 1)
        #expect(try T.casemark(["validate", kim, "--final"], status: 1).stdout.contains("cases/CS-001.json"))
        #expect(try T.casemark(["conflicts", kim, "--exit-code"], status: 1).status == 1)
        let text = try T.casemark(["conflicts", kim]).stdout
        #expect(text.contains("cases/CS-001.json review: "), "\(text)")
        #expect(text.hasSuffix("1 conflict to settle: a review by approving or returning the case again (casemark review).\n"), "\(text)")
        #expect(try T.casemark(["history", kim, "CS-001"]).stdout.hasPrefix("Case CS-001 (Chloé Duval, case-supervision): in progress, review in conflict\n"))

        // Kim settles it by returning it again (the reason agreed with Sam); Sam pulls: they agree.
        let settled = try T.casemark(["review", kim, "CS-001", "return", "--reason", "2.2.1: agreed with Sam, the plan misses the victim"], as: "Kim Lead")
        #expect(settled.stdout.contains("CS-001: returned"), "\(settled.all)")
        #expect(try T.conflicts(kim).isEmpty)
        try T.git(["commit", "-q", "-am", "settled"], in: scratch.sub("kim"))
        try T.git(["push", "-q", "origin", "main"], in: scratch.sub("kim"))
        try T.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: scratch.sub("sam"))
        #expect(try T.conflicts(sam).isEmpty)
        #expect(T.contents(sam) == T.contents(kim))
        let c1 = try #require(try InspectionFolder.load(at: sam).0.cases.first { $0.id == "CS-001" })
        #expect(c1.reviewState == .returned && c1.status == .inProgress)
        #expect(c1.standingReturn?.reason == "2.2.1: agreed with Sam, the plan misses the victim")
        #expect(try T.casemark(["validate", sam]).status == 0)
        let feed = try T.casemark(["history", sam, "--all", "--case", "CS-001"]).stdout
        #expect(feed.contains("returned the case to its marker: 2.2.1: agreed with Sam, the plan misses the victim (settling a conflict)"), "\(feed)")
    }

    /// The QA mode's writer records a review alone, on the case as its file holds it, and
    /// refuses one made over a review it had not seen (another lead's, meanwhile).
    @Test func theQAModesReviewWriterRefusesAReviewMadeMeanwhile() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let opened = try ReadOnlyInspection.open(at: first)
        let writer = ReviewWriter(folder: opened.folder, framework: opened.inspection.framework)
        let approved = try writer.review("CS-0", returning: nil, by: "Sam Quality", at: "2026-03-12T10:00:00Z", seen: [], newID: ChangeID.random)
        #expect(approved.reviewState == .approved)
        let snapshot = scratch.snapshot()
        #expect(throws: StoreError.self) {
            try writer.review("CS-0", returning: "too late", by: "Kim Lead", at: "2026-03-12T10:01:00Z", seen: [], newID: ChangeID.random)
        }
        do {
            try writer.review("CS-0", returning: "too late", by: "Kim Lead", at: "2026-03-12T10:01:00Z", seen: [], newID: ChangeID.random)
        } catch {
            #expect("\(error)".contains("cases/CS-0.json: reviewed by someone else meanwhile (now approved)"), "\(error)")
        }
        #expect(throws: CaseReviewError.notComplete(caseID: "CS-3")) {
            try writer.review("CS-3", returning: nil, by: "Sam Quality", at: "2026-03-12T10:00:00Z", seen: [], newID: ChangeID.random)
        }
        #expect(scratch.snapshot() == snapshot, "nothing written by a refused review")
        let returned = try writer.review("CS-0", returning: "approved in error", by: "Sam Quality", at: "2026-03-12T10:02:00Z", seen: approved.reviewHeadIDs, newID: ChangeID.random)
        #expect(returned.reviewState == .returned)
        var answersOnly = returned
        answersOnly.history = approved.history
        answersOnly.status = .complete
        answersOnly.schemaVersion = approved.schemaVersion
        #expect(answersOnly == approved, "a review changes nothing but the history and the status")
    }

    @Test func theDipIsReproducibleAndSpreadAcrossMarkers() throws {
        let scratch = TestFolder()
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 6)
        let store = try WritableInspection.open(at: first)
        for i in 0..<8 {
            var c = try #require(store.case("CS-\(i)"))
            if c.status == .complete { try c.reopen(reason: "one more look", by: "Aoife Brennan", at: "2026-03-09T10:00:00Z", changeID: ChangeID.random()) }
            try c.complete(by: i < 6 ? "Aoife Brennan" : "Dev Malhotra", at: "2026-03-1\(i)T10:00:00Z", changeID: ChangeID.random())
            try store.save(c)
        }
        let queue = try review([first, "--queue"])
        #expect(queue.stdout.hasPrefix("8 cases awaiting review, oldest completion first:\n  CS-0  completed 2026-03-10T10:00:00Z by Aoife Brennan\n"), "\(queue.all)")
        let dip = try review([first, "--queue", "--dip", "4", "--seed", "7"])
        #expect(dip.status == 0)
        #expect(dip.stdout.hasPrefix("Dip sample of 4 of the 8 cases awaiting review (seed 7)"), "\(dip.all)")
        #expect(dip.stdout == (try review([first, "--queue", "--dip", "4", "--seed", "7"])).stdout)
        // 6 and 2 of 8: quotas 3 and 1.
        #expect(dip.stdout.components(separatedBy: "by Aoife Brennan").count - 1 == 3)
        #expect(dip.stdout.components(separatedBy: "by Dev Malhotra").count - 1 == 1)
        let unseeded = try review([first, "--queue", "--dip", "2"])
        #expect(unseeded.stdout.contains("The same draw again: --seed "), "\(unseeded.all)")
    }
}

/// The two reviewers' outputs, written from two threads.
private final class Outputs: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [CommandOutput?] = [nil, nil]

    func set(_ i: Int, _ output: CommandOutput?) {
        lock.lock()
        outputs[i] = output
        lock.unlock()
    }

    var all: [CommandOutput?] {
        lock.lock()
        defer { lock.unlock() }
        return outputs
    }
}
