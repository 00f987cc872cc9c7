import CasemarkTestSupport
import Foundation
import Testing

/// A youth justice inspection marked end to end in a real terminal (tmux): the youth demo opened
/// with `casemark open --demo youth`, a court case and an out-of-court case marked and completed
/// on the marking screen, the results with 4.1 outside the score, and the manager's view.
/// Skipped, not failed, where tmux is not installed.
@Suite(.serialized, .enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
struct YouthMarkingEndToEndTests {
    static let youthSample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("YouthSampleCases").path

    static func command(_ arguments: String, data: String) -> String {
        "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Tess XDG_DATA_HOME='\(data)' '\(CasemarkBinary.path ?? "casemark")' \(arguments)"
    }

    static func caseJSON(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test func aCourtAndAnOutOfCourtCaseMarkedOnScreenAndTheResults() throws {
        let scratch = TestFolder("youth-marking")
        let data = scratch.sub("data")
        let repository = FolderSnapshot.fingerprint(Self.youthSample)
        let tmux = try TmuxSession(Self.command("open --demo youth", data: data), width: 80, height: 24)
        let list = try tmux.waitFor("Enter open")
        #expect(list.contains("Kestrel Vale Youth Justice Service"))
        #expect(list.contains("CD-012") && list.contains("0/12  not started"))

        // CD-012, a court case not yet started: twelve key questions, all yes.
        for _ in 0..<11 { try tmux.send("j") }
        try tmux.send("Enter")
        let marking = try tmux.waitFor("2.1.1 across the sample")
        #expect(marking.contains("CD-012 · Rhys Fearon · Court disposals"))
        #expect(marking.contains("2.4 Reviewing"))
        #expect(!marking.contains("3.1 Assessment"), "no out-of-court standard on a court case")
        for n in 1...12 {
            try tmux.send("y")
            try tmux.waitFor("\(n) of 12 answered")
        }
        try tmux.send("c")
        try tmux.waitFor("CD-012 is complete and locked")
        try tmux.send("Escape")
        try tmux.waitFor("Enter open")

        // OOC-008, out of court: nine key questions, all no, one with a prompt ticked.
        for _ in 0..<10 { try tmux.send("j") }
        try tmux.send("Enter")
        let ooc = try tmux.waitFor("3.1.1 across the sample")
        #expect(ooc.contains("OOC-008") && ooc.contains("Out-of-court disposals"))
        #expect(!ooc.contains("2.1 Assessment"))
        try tmux.send("Tab", "Space")
        try tmux.waitFor("1 of 10 ticked")
        for n in 1...9 {
            try tmux.send("n")
            try tmux.waitFor("\(n) of 9 answered")
        }
        try tmux.send("c")
        try tmux.waitFor("OOC-008 is complete and locked")
        try tmux.send("Escape")
        try tmux.waitFor("Enter open")

        // The results: twelve standards scored, 4.1 shown and marked outside the score.
        try tmux.send("r")
        // Waited for together: a capture can catch the redraw half done (seen once under load).
        let results = try tmux.waitUntil("the results") { $0.contains("Results") && $0.contains("Governance and leadership (from evidence)") }
        #expect(results.contains("Governance and leadership (from evidence)"))
        for _ in 0..<45 { try tmux.send("j") }
        let bottom = try tmux.waitUntil("the results' end") {
            $0.contains("† outside the overall score: 4.1 Resettlement policy and provision") && $0.contains("4.1†") && $0.contains("Overall: ")
        }
        #expect(bottom.contains("4.1†"))
        #expect(bottom.contains("Overall: "))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        // Both cases on disk as marked, by Tess; the repository's demo untouched.
        let copy = data + "/casemark/youth-sample"
        let court = try Self.caseJSON(copy + "/cases/CD-012.json")
        #expect(court["status"] as? String == "complete")
        let courtAnswers = try #require(court["answers"] as? [String: [String: Any]])
        #expect(courtAnswers.count == 12 && courtAnswers.values.allSatisfy { $0["answer"] as? String == "yes" && $0["by"] as? String == "Tess" })
        let outOfCourt = try Self.caseJSON(copy + "/cases/OOC-008.json")
        let oocAnswers = try #require(outOfCourt["answers"] as? [String: [String: Any]])
        #expect(Set(oocAnswers.keys) == Set(["3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2", "3.3.3"]))
        #expect(oocAnswers.values.allSatisfy { $0["answer"] as? String == "no" })
        #expect(oocAnswers["3.1.1"]?["prompts"] as? [String] == ["a"])
        #expect(FolderSnapshot.fingerprint(Self.youthSample) == repository)

        // The report agrees with the screen: the copy's overall is over twelve standards.
        let report = try CasemarkBinary.run(["report", copy, "--format", "json"])
        let overall = try #require((try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["overall"] as? [String: Any])
        #expect(overall["totalStandards"] as? Int == 12)
        #expect(bottom.contains("Overall: \(overall["score"] as? Int ?? -1) → \(overall["rating"] as? String ?? "?")"), "\(bottom)")
    }

    @Test func theManagersViewOfOneCaseManager() throws {
        let scratch = TestFolder("youth-manager")
        try FileManager.default.copyItem(atPath: Self.youthSample, toPath: scratch.sub("kestrel"))
        let before = FolderSnapshot.fingerprint(scratch.sub("kestrel"))
        let tmux = try TmuxSession(Self.command("open '\(scratch.sub("kestrel"))' --officer 'Kasia Nowak'", data: scratch.sub("data")), width: 100, height: 30)
        let list = try tmux.waitFor("Enter open")
        #expect(list.contains("CD-005") && list.contains("OOC-003"))
        #expect(!list.contains("CD-001"))
        try tmux.send("r")
        // Until the whole page is drawn (a capture can catch the screen half redrawn: seen twice, 3.1.1 not yet there).
        let results = try tmux.waitUntil("the officer's results") { $0.contains("2.1.1") && $0.contains("Kasia Nowak") && $0.contains("3.1.1") }
        #expect(results.contains("Kasia Nowak beside the whole sample"), "\(results)")
        #expect(results.contains("Whole sample (24 cases)") && results.contains("3.1.1"), "\(results)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        #expect(FolderSnapshot.fingerprint(scratch.sub("kestrel")) == before)
    }
}
