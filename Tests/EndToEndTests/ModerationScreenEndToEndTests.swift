import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// `casemark open FIRST --moderate SECOND` in a real terminal (tmux): the lead settles a
/// disagreement and the case file of FIRST holds a moderated change; SECOND is never written.
@Suite(.serialized, .enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
struct ModerationScreenEndToEndTests {
    @Test func theLeadSettlesADisagreementAndItIsInTheFirstMarkingsHistory() throws {
        let scratch = TestFolder("moderation")
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 3)
        let second = scratch.sub("second")
        #expect(try CasemarkBinary.run(["second-mark", first, "--cases", "3", "--seed", "5", "--into", second]).status == 0)
        let flipped = try ModerationCommandTests().markSecond(second)
        let secondBefore = FolderSnapshot.contents(second)

        let command = "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Rhiannon '\(CasemarkBinary.path ?? "casemark")' open '\(first)' --moderate '\(second)'"
        let tmux = try TmuxSession(command, width: 80, height: 24)
        let screen = try tmux.waitFor("Second marking:")
        #expect(screen.contains("Moderation · Wessex CRC"), "\(screen)")
        #expect(screen.contains("1 of 1 · 0 settled"), "\(screen)")
        #expect(screen.contains("\(flipped.caseID) · Chloé Duval (PO)"), "\(screen)")
        #expect(screen.contains("First marking: \(flipped.first.displayName)"), "\(screen)")
        #expect(screen.contains("second note \(flipped.caseID) 2.1.2"), "\(screen)")
        #expect(screen.contains("Not settled"), "\(screen)")

        // The lead agrees with the second inspector.
        let settledAs: Judgement = flipped.first == .yes ? .no : .yes
        try tmux.send(settledAs == .yes ? "y" : "n")
        let after = try tmux.waitFor("saved")
        #expect(after.contains("Settled: \(settledAs.displayName) · Rhiannon"), "\(after)")
        #expect(after.contains("1 of 1 · 1 settled"), "\(after)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let c = try #require(try InspectionFolder.load(at: first).0.cases.first { $0.id == flipped.caseID })
        #expect(c.answers["2.1.2"]?.answer == settledAs)
        #expect(c.answers["2.1.2"]?.by == "Rhiannon")
        #expect(c.status == .complete)
        let entry = try #require(c.history.last)
        #expect(entry.reason == "moderated against the second marking in \(InspectionFolder(second).path) (Dev Malhotra: \(settledAs.displayName))")
        #expect(FolderSnapshot.contents(second) == secondBefore, "the second marking is only read")

        let history = try CasemarkBinary.run(["history", first, flipped.caseID])
        #expect(history.stdout.contains("Rhiannon  2.1.2 (moderated against the second marking in"), "\(history.all)")
    }

    @Test func moderatingAgainstSomethingThatCannotBeComparedIsRefused() throws {
        let scratch = TestFolder("moderation")
        let first = try ModerationCommandTests().firstMarking(scratch, complete: 2)
        let missing = try CasemarkBinary.run(["open", first, "--moderate", scratch.sub("nowhere")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--moderate \(scratch.sub("nowhere"))"), "\(missing.all)")
    }
}
