import CasemarkTestSupport
import Foundation
import Testing

/// `casemark rate` keeps what it replaces or clears, and `casemark history --ratings` shows it.
@Suite struct RatingHistoryCommandTests {
    @Test func anOverwrittenReasonIsRecoveredWithHistory() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "London CRC", "--inspector", "Lead"]).status == 0)
        #expect(try CasemarkBinary.run(["rate", path, "2.2", "good", "--reason", "First judgement", "--inspector", "Ann"]).status == 0)
        let replaced = try CasemarkBinary.run(["rate", path, "2.2", "inadequate", "--reason", "Second judgement", "--inspector", "Bob"])
        #expect(replaced.status == 0, "\(replaced.all)")
        #expect(replaced.stdout.contains(#"It was: Good; reason: "First judgement"; recorded by Ann at "#))

        let history = try CasemarkBinary.run(["history", path, "--ratings", "2.2"])
        #expect(history.status == 0, "\(history.all)")
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Recorded rating of 2.2 Planning (London CRC)")
        #expect(lines.contains("    after:  Good; reason: \"First judgement\""))
        #expect(lines.contains { $0.hasPrefix("    before: Good; reason: \"First judgement\"; recorded by Ann at ") })
        #expect(lines.contains("    after:  Inadequate; reason: \"Second judgement\""))
    }

    @Test func aClearedRatingIsRecoveredWithHistory() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "London CRC", "--inspector", "Lead"]).status == 0)
        #expect(try CasemarkBinary.run(["rate", path, "1.1", "outstanding", "--reason", "Clear vision", "--inspector", "Ann"]).status == 0)
        let cleared = try CasemarkBinary.run(["rate", path, "1.1", "--clear", "--inspector", "Bob"])
        #expect(cleared.status == 0, "\(cleared.all)")
        #expect(cleared.stdout.contains("1.1 Leadership: recorded rating removed."))
        #expect(cleared.stdout.contains("casemark history \(path) --ratings 1.1"))

        let history = try CasemarkBinary.run(["history", path, "--ratings"])
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Recorded ratings of London CRC")
        #expect(lines.contains { $0.hasPrefix("    before: Outstanding; reason: \"Clear vision\"; recorded by Ann at ") })
        #expect(lines.last == "    after:  (cleared)")
        #expect(lines.filter { $0.hasSuffix("  Bob  1.1 Leadership") }.count == 1)
    }

    @Test func historyNeedsACaseOrRatingsAndAKnownStandard() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "London CRC", "--inspector", "Lead"]).status == 0)
        let none = try CasemarkBinary.run(["history", path])
        #expect(none.status == 64)
        #expect(none.stderr.contains("a case's id, or --ratings"))
        let unknown = try CasemarkBinary.run(["history", path, "--ratings", "9.9"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains(#"unknown standard "9.9""#))
        let empty = try CasemarkBinary.run(["history", path, "--ratings"])
        #expect(empty.stdout == "Recorded ratings of London CRC\nNo ratings recorded.\n")
    }
}
