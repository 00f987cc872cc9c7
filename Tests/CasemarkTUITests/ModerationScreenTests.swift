import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The moderation screen (issue 14.3): the disagreements with a second marking one at a time,
/// both answers side by side, and the lead's settled answer a moderated change to the first.
@Suite struct ModerationScreenTests {
    /// The second marking: CS-001 and CS-004 marked again; it disagrees on CS-001 2.1.1 and
    /// CS-004 2.1.2 (CS-004 is complete), and agrees on CS-001 2.1.2.
    static var second: Inspection {
        var one = Fixtures.cases[0]
        one.answers = [
            "2.1.1": Answer(answer: .no, note: "No analysis of motivation; the PSR is copied.", prompts: ["b"], by: "Dev Malhotra", at: "2024-03-02T11:00:00Z"),
            "2.1.2": Answer(answer: .no, by: "Dev Malhotra", at: "2024-03-02T11:05:00Z"),
        ]
        var four = Fixtures.cases[3]
        four.answers = ["2.1.2": Answer(answer: .notApplicable, note: "No risks to others identified in the file.", by: "Dev Malhotra", at: "2024-03-02T12:00:00Z")]
        return Inspection(record: Fixtures.inspection.record, framework: Fixtures.framework, cases: [one, four])
    }

    static func state(width: Int = 80, height: Int = 24, readOnly: Bool = false) throws -> AppState {
        var state = Fixtures.state(width: width, height: height, readOnly: readOnly)
        let comparison = try MarkingComparison(first: Fixtures.inspection, second: second)
        state.startModeration(ModerationState(against: "/q/second", disagreements: comparison.disagreements))
        return state
    }

    @Test func stepsThroughTheDisagreementsAt80x24() throws {
        let state = try Self.state()
        #expect(state.screen == .moderation)
        #expect(render(state).lines == Self.golden80)
    }

    static let golden80: [String] = [
        "Moderation · Test CRC                                         1 of 2 · 0 settled",
        "CS-001 · Chloé Duval (PO) · Case supervision",
        "2.1.1 Does assessment focus sufficiently on engaging the service user?",
        "",
        "────────────────────────────────────────────────────────────────────────────────",
        "First marking: Yes                     │ Second marking: No",
        "earlier, 2024-01-01 09:00              │ Dev Malhotra, 2024-03-02 11:00",
        "Note:                                  │ Note:",
        " Good rapport noted                    │  No analysis of motivation; the PSR is",
        "Prompts: 0 of 2 ticked                 │  copied.",
        " [ ] a Does assessment analyse the     │ Prompts: 1 of 2 ticked",
        "       service user’s motivation and   │  [ ] a Does assessment analyse the",
        "       readiness to engage?            │        service user’s motivation and",
        " [ ] b Is the service user             │        readiness to engage?",
        "       meaningfully involved in their  │  [x] b Is the service user",
        "       assessment?                     │        meaningfully involved in their",
        "                                       │        assessment?",
        "                                       │",
        "                                       │",
        "                                       │",
        "                                       │",
        "Not settled: y yes · n no · a n/a",
        "2 disagreements with /q/second; y n a settles one",
        "y yes  n no  a n/a  PgDn next  PgUp previous  m unsettled  ? help  q quit",
    ]

    @Test func fitsAt40x12() throws {
        var state = try Self.state(width: 40, height: 12)
        #expect(render(state).lines == Self.golden40)
        press(&state, .char("]"))
        #expect(render(state).lines.allSatisfy { CellWidth.of($0) <= 40 })
    }

    static let golden40: [String] = [
        "Moderation · Test C…  1 of 2 · 0 settled",
        "CS-001 2.1.1 Does assessment focus …",
        "First: Yes · earlier, 2024-01-01 09:00",
        "Note: Good rapport noted",
        "Prompts ticked: none",
        "",
        "Second: No · Dev Malhotra, 2024-03-02",
        "11:00",
        "Note: No analysis of motivation; the PSR",
        "Not settled: y n a  (↓ more)",
        "2 disagreements with /q/second; y n a s…",
        "y yes  n no  a n/a  ? help  q quit",
    ]

    @Test func settlingIsAModeratedChangeToTheFirstMarking() throws {
        var state = try Self.state()
        let effects = press(&state, .char("n"))
        let saved = saves(effects)
        #expect(saved.map(\.id) == ["CS-001"])
        let c = try #require(saved.first)
        #expect(c.answers["2.1.1"]?.answer == .no)
        #expect(c.answers["2.1.1"]?.note == "Good rapport noted", "the first inspector's note is kept")
        let entry = try #require(c.history.last)
        #expect(entry.isModeration)
        #expect(entry.by == "tester" && entry.at == Fixtures.now)
        #expect(entry.previous?.answer == .yes)
        #expect(entry.reason == "moderated against the second marking in /q/second (Dev Malhotra: No)")
        // The scoring moved with it: 2.1.1 now has one yes (CS-004) and two no.
        #expect(state.session.scoring.tally("2.1.1").no == 2)
        // On to the next one; the first shows as settled when stepped back to.
        #expect(state.moderation?.selected == 1)
        #expect(state.settledCount == 1)
        press(&state, .char("["))
        #expect(render(state).lines.contains { $0.hasPrefix("Settled: No · tester, 2024-05-01 10:22") })
    }

    /// A complete case is settled without reopening it: the moderation is the recorded reason.
    @Test func aCompleteCaseIsSettledAndStaysComplete() throws {
        var state = try Self.state()
        press(&state, .char("]"))
        let saved = saves(press(&state, .char("y")))
        let c = try #require(saved.first)
        #expect(c.id == "CS-004")
        #expect(c.status == .complete)
        #expect(c.answers["2.1.2"]?.answer == .yes)
        #expect(c.history.last?.isModeration == true)
    }

    @Test func readOnlyRefusesSettling() throws {
        var state = try Self.state(readOnly: true)
        let effects = press(&state, .char("n"))
        #expect(effects.isEmpty)
        #expect(state.status.text.hasPrefix("read-only"))
        #expect(state.session.caseWith(id: "CS-001")?.answers["2.1.1"]?.answer == .yes)
    }

    @Test func keysComeFromTheOneTableAndStepThrough() throws {
        var state = try Self.state()
        #expect(render(state).lines.last == "y yes  n no  a n/a  PgDn next  PgUp previous  m unsettled  ? help  q quit")
        press(&state, .char("["))
        #expect(state.status.text == "this is the first disagreement")
        press(&state, .char("N"), .char("N"))
        #expect(state.moderation?.selected == 1)
        #expect(state.status.text == "that was the last disagreement")
        press(&state, .char("?"))
        let help = render(state).lines.joined(separator: "\n")
        for binding in KeyTables.moderation.bindings { #expect(help.contains(binding.help), "\(binding.help)") }
        press(&state, .escape)
        // All settled: m says so.
        press(&state, .char("y"), .char("y"), .char("m"))
        #expect(state.settledCount == 2)
        #expect(state.status.text == "every disagreement is settled")
    }

    @Test func noDisagreementsSaysSo() {
        var state = Fixtures.state()
        state.startModeration(ModerationState(against: "/q/second", disagreements: []))
        let lines = render(state).lines
        #expect(lines[2].hasPrefix("No disagreements with /q/second"))
        #expect(state.status.text.contains("nothing to moderate"))
    }
}
