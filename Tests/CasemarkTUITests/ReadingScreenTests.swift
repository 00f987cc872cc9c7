import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A case read whole (issue 6): every answer with who gave it and when, its prompts and note,
/// scrolling, and `[` `]` through the chosen officer's cases only.
@Suite struct ReadingScreenTests {
    @Test func readOnlyEnterReadsTheCaseWholeAt80x24() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter)
        #expect(state.screen == .reading)
        #expect(render(state).lines == [
            "CS-001 · Chloé Duval (PO) · Case supervi…  READ-ONLY · in progress · case 1 of 5",
            "RoSH issues apply: Y · 2 of 4 answered                          lines 1–20 of 24",
            "2.1 Assessment",
            "2.1.1 Does assessment focus sufficiently on engaging the service user?",
            "  Answer: Yes · earlier, 2024-01-01 09:00",
            "  Prompts: 0 of 2 ticked",
            "    [ ] a Does assessment analyse the service user’s motivation and readiness to",
            "          engage?",
            "    [ ] b Is the service user meaningfully involved in their assessment?",
            "  Note:",
            "    Good rapport noted",
            "",
            "2.1.2 Does assessment focus sufficiently on keeping other people safe?",
            "  Answer: No · earlier, 2024-01-01 09:00",
            "  Prompts: 0 of 1 ticked",
            "    [ ] a Does assessment identify risks to others?",
            "  Note: none",
            "",
            "2.2 Planning",
            "2.2.1 Does planning focus sufficiently on engaging the service user?",
            "  Answer: not answered",
            "  Note: none",
            "",
            "] next case  [ previous  v by question  r results  ? help  Esc back  q quit",
        ])
        #expect(render(state).cursor == Position(x: 0, y: 2))
    }

    @Test func marksOnScreenTellWhatIsTickedRuledOutAndChanged() {
        var c = Fixtures.cases[1]  // CS-002: RoSH issues do not apply, so 2.2.3 is ruled out
        c.answers["2.1.1"] = Answer(answer: .yes, note: "", prompts: ["b"], by: "Tess", at: "2024-02-02T14:05:00Z")
        c.history = [HistoryEntry(event: .answered, keyQuestion: "2.1.1", previous: Fixtures.answer(.no),
                                  value: c.answers["2.1.1"], by: "Tess", at: "2024-02-02T14:05:00Z", id: ChangeID.random())]
        let state = Self.reading(c)
        let text = ReadingPage.page(state, c).lines.map(\.text)
        #expect(text.contains("  Answer: Yes · Tess, 2024-02-02 14:05"))
        #expect(text.contains("    [x] b Is the service user meaningfully involved in their assessment?"))
        #expect(text.contains("  Changed: No → Yes by Tess, 2024-02-02 14:05"))
        #expect(text.contains("  Not applicable to this case (RoSH issues apply: N): it takes no answer."))
    }

    static func reading(_ c: Case, width: Int = 80, height: Int = 24) -> AppState {
        let inspection = Inspection(record: InspectionRecord(provider: "Test CRC", framework: "test-2018"),
                                    framework: Fixtures.framework, cases: [c])
        var state = AppState(inspection: inspection, inspector: "tester", readOnly: true, width: width, height: height)
        press(&state, .enter)
        return state
    }

    @Test func aLongNoteIsReadWholeByScrolling() {
        var c = Fixtures.cases[0]
        let paragraphs = (1...12).map { "Paragraph \($0): the supervising officer's records show contact every week and a clear plan." }
        c.answers["2.1.2"] = Answer(answer: .no, note: paragraphs.joined(separator: "\n"), by: "Tess", at: "2024-02-02T14:05:00Z")
        var state = Self.reading(c)
        let page = ReadingPage.page(state, c)
        #expect(page.lines.count > ReadingPage.bodyHeight(state))
        // Every paragraph is on the page, whole, each starting on its own line.
        let words = page.lines.map { $0.text.split(separator: " ").joined(separator: " ") }.joined(separator: " ")
        for paragraph in paragraphs {
            #expect(words.contains(paragraph))
            #expect(page.lines.contains { $0.text.hasPrefix("    " + paragraph.prefix(14)) })
        }
        press(&state, .char("G"))
        let bottom = render(state).lines
        #expect(bottom[21] == "  Note: none", "the page ends with 2.2.3's note")
        #expect(bottom.contains { $0.contains("Paragraph 12:") })
        press(&state, .char("g"), .char("j"), .down)
        #expect(state.reading?.scroll == 2)
        press(&state, .char("J"))
        #expect(state.reading?.scroll == 22)
        press(&state, .char("K"), .char("k"))
        #expect(state.reading?.scroll == 1)
        // Digits go to the case's standards (as far as the page scrolls).
        press(&state, .char("2"))
        #expect(state.reading?.scroll == min(page.standards[1], page.lines.count - ReadingPage.bodyHeight(state)))
        #expect(render(state).lines.contains("2.2 Planning"))
        press(&state, .char("1"))
        #expect(state.reading?.scroll == 0)
    }

    @Test func theMarkingScreenSaysWhereTheRestOfALongNoteIs() {
        var c = Fixtures.cases[0]
        c.answers["2.1.1"]?.note = (1...30).map { "Line \($0) of a long note." }.joined(separator: "\n")
        var state = Self.reading(c)
        press(&state, .char("v"), .char("k"), .char("k"), .char("k"))
        let lines = render(state).lines
        #expect(lines.contains { $0.hasSuffix("more lines: v reads the whole case") }, "\(lines.joined(separator: "\n"))")
        press(&state, .char("v"))
        #expect(state.screen == .reading)
        #expect(ReadingPage.page(state, c).lines.contains { $0.text == "    Line 30 of a long note." })
    }

    @Test func bracketsAndPagesStepThroughTheOfficersCasesOnly() {
        var state = Fixtures.state(readOnly: true, officer: "Chloé Duval")
        press(&state, .enter)
        #expect(state.reading?.caseID == "CS-001")
        for key in [KeyEvent.char("]"), .char("N"), .pageDown] {
            press(&state, .home, .char("["))
            press(&state, key)
            #expect(state.reading?.caseID == "UW-001", "\(key.label)")
            #expect(state.status.text == "case 2 of 2: UW-001")
        }
        press(&state, .char("]"))
        #expect(state.reading?.caseID == "UW-001")
        #expect(state.status.text == "this is the last case in the list")
        for key in [KeyEvent.char("["), .char("P"), .pageUp] {
            press(&state, .char("]"), key)
            #expect(state.reading?.caseID == "CS-001", "\(key.label)")
        }
        #expect(render(state).line(0).hasSuffix("case 1 of 2"))
    }

    @Test func vGoesBetweenReadingAndMarkingKeepingThePlace() {
        var state = Fixtures.state(height: 12, readOnly: true)
        press(&state, .enter, .char("G"))  // the page scrolled to 2.2's key questions
        press(&state, .char("v"))
        #expect(state.screen == .marking)
        let marked = state.currentCase!.markedKeyQuestions(in: state.framework)
        #expect(marked[state.marking!.row].keyQuestion.id == "2.2.1")
        press(&state, .char("k"), .char("v"))  // back to 2.1.2, read whole from there
        #expect(state.screen == .reading)
        #expect(render(state).line(2) == "2.1.2 Does assessment focus sufficiently on keeping other people safe?")
        press(&state, .escape)
        #expect(state.screen == .cases && state.list.selected == 0)
    }

    @Test func writableTheEditKeysPointToTheMarkingScreen() {
        var state = Fixtures.state()
        press(&state, .char("v"))
        #expect(state.screen == .reading)
        let effects = press(&state, .char("y"))
        #expect(effects.isEmpty)
        #expect(state.status.text == "y: this page is for reading; v marks the case one key question at a time")
        press(&state, .enter)
        #expect(state.screen == .marking)
    }

    @Test func resultsFromReadingComeBackToIt() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter, .char("r"))
        #expect(state.screen == .results(returnTo: .reading))
        press(&state, .escape)
        #expect(state.screen == .reading)
    }
}
