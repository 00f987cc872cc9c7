import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Opens CS-002 (Ines Sørensen; RoSH issues do not apply, so 2.2.3 is ruled out).
private func markingCS002(width: Int = 80, height: Int = 24, readOnly: Bool = false) -> AppState {
    var state = Fixtures.state(width: width, height: height, readOnly: readOnly)
    press(&state, .down, .enter)
    return state
}

@Suite struct MarkingScreenTests {
    @Test func showsTheCaseItsKeyQuestionsAndTheLiveStripAt80x24() {
        let screen = render(markingCS002())
        #expect(screen.lines == [
            "CS-002 · Ines Sørensen (PSO) · Case supervision        in progress · case 2 of 5",
            "RoSH issues apply: N · 1 of 3 answered",
            "────────────────────────────────────────────────────────────────────────────────",
            "2.1 Assessment                      │ 2.1.2 Does assessment focus sufficiently",
            "  2.1.1 No    …engaging the service…│ on keeping other people safe?",
            "> 2.1.2 ·     …keeping other people…│ Answer: not answered",
            "2.2 Planning                        │ Prompts: 0 of 1 ticked (Tab to tick)",
            "  2.2.1 ·     …engaging the service…│   [ ] a Does assessment identify risks to…",
            "  2.2.3 (n/a) …keeping other people…│ Note: none yet (e writes one)",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "2.1.2 across the sample: 1 of 2 yes · 50% █████░░░░░ Requires improvement",
            "2.1 Assessment: Requires improvement",
            "",
            "y yes  n no  a n/a  Space tick  e note  u undo  ? help  Esc back  q quit",
        ])
        #expect(screen.cursor == Position(x: 2, y: 5), "on the first unanswered key question")
    }

    @Test func stacksItsPanesAt40x12() {
        let screen = render(markingCS002(width: 40, height: 12))
        #expect(screen.lines == [
            "CS-002 · Ines Sørensen (PS…  in progress",
            "  2.1.1 No    …engaging the service use…",
            "> 2.1.2 ·     …keeping other people saf…",
            "2.2 Planning",
            "────────────────────────────────────────",
            "2.1.2 Does assessment focus sufficientl…",
            "Answer: not answered",
            "Prompts: 0 of 1 ticked (Tab to tick)",
            "  [ ] a Does assessment identify risks …",
            "2.1.2 1/2 50% ███░░ Requires improvement",
            "",
            "y yes  n no  ? help  Esc back  q quit",
        ])
    }

    @Test func answeringSavesAdvancesAndMovesThePercentOnTheSameKey() throws {
        var state = markingCS002()
        let before = state.session.scoring.keyQuestionResult("2.1.2")
        #expect(before.percent == 50)
        let effects = reduce(&state, .key(.char("y")), now: Fixtures.now, newID: ChangeID.random)
        let saved = try #require(saves(effects).first)
        #expect(saved.id == "CS-002")
        #expect(saved.answers["2.1.2"]?.answer == .yes)
        #expect(saved.answers["2.1.2"]?.by == "tester")
        #expect(saved.answers["2.1.2"]?.at == Fixtures.now)
        #expect(saved.history.last?.keyQuestion == "2.1.2")
        #expect(saved.history.last?.previous == nil)
        #expect(state.session.scoring.keyQuestionResult("2.1.2").percent == 67)
        #expect(state.marking?.row == 2, "moved on to 2.2.1")
        let screen = render(state)
        #expect(screen.line(21) == "2.1 Assessment: Requires improvement → Good  ·  2.1.2 50% → 67%, now Good")
        #expect(screen.line(5).hasPrefix("  2.1.2 Yes "))
    }

    @Test func theLiveStripShowsTheChangeOnTheSelectedKeyQuestion() {
        var state = markingCS002()
        press(&state, .char("k"), .char("y"))
        // 2.1.1 was No on CS-002; now Yes: 2 of 3 → 3 of 3. Back on 2.1.1, the strip shows the move.
        press(&state, .char("k"))
        #expect(render(state).line(20) == "2.1.1 across the sample: 3 of 3 yes · 67% → 100% ██████████ Outstanding")
    }

    @Test func incrementalScoringMatchesARecountAfterAnySequence() {
        var state = Fixtures.state()
        let keys: [KeyEvent] = [.enter, .char("n"), .char("a"), .char("y"), .backspace, .char("k"), .char("y"), .char("u"),
                                .pageDown, .char("y"), .char("n"), .char("u"), .char("u"), .char("u"), .pageDown, .pageDown,
                                .char("o"), .char("x"), .enter, .char("n"), .char("1"), .char("a"), .pageDown, .char("y")]
        press(&state, keys)
        let recount = Scoring(framework: state.framework, cases: state.session.cases)
        #expect(state.session.scoring.tallies == recount.tallies)
    }

    @Test func ruledOutKeyQuestionsShowSoAndTakeNoAnswer() {
        var state = markingCS002()
        press(&state, .char("2"), .char("j"))
        #expect(state.marking?.row == 3)
        let effects = press(&state, .char("y"), .char("n"), .char("a"), .backspace, .char("e"))
        #expect(saves(effects).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status.text == "2.2.3 does not apply to this case (RoSH issues apply: N): it takes no answer")
        let screen = render(state)
        #expect(screen.line(8).hasPrefix("> 2.2.3 (n/a) "))
        #expect(screen.line(5).hasSuffix("│ Not applicable to this case (RoSH issues"))
    }

    /// The status line says it in whole words at any width: at 80 columns with the real
    /// framework's attribute title the message was cut off mid-word ("it ta…", issue 21.8).
    @Test func theRuledOutMessageIsNeverCutMidWord() {
        for (width, expected) in [
            (80, "2.2.3 does not apply to this case (RoSH issues apply: N): it takes no answer"),
            (60, "2.2.3 does not apply to this case (RoSH issues apply: N)"),
            (40, "2.2.3 does not apply to this case"),
        ] {
            var state = markingCS002()
            state.width = width
            press(&state, .char("2"), .char("j"), .char("y"))
            #expect(state.status.text == expected, "\(width)")
            #expect(render(state).lines.contains { $0.trimmingCharacters(in: .whitespaces) == expected }, "\(width): shown whole")
        }
    }

    @Test func answeringSkipsRuledOutKeyQuestions() {
        var state = Fixtures.state()
        press(&state, .down, .down, .enter)  // CS-003, RoSH applies: nothing ruled out
        #expect(state.marking?.row == 0)
        press(&state, .char("y"), .char("y"), .char("n"), .char("y"))
        #expect(state.session.caseWith(id: "CS-003")?.answers.mapValues { $0.answer } == ["2.1.1": .yes, "2.1.2": .yes, "2.2.1": .no, "2.2.3": .yes])
        var other = markingCS002()
        press(&other, .char("k"), .char("k"), .char("y"), .char("y"), .char("y"))
        #expect(other.marking?.row == 2, "stays on the last key question it can answer")
    }

    @Test func backspaceClearsTheAnswerButKeepsTheNote() {
        var state = Fixtures.state()
        press(&state, .enter, .char("1"))
        let effects = press(&state, .backspace)
        let saved = saves(effects).first
        #expect(saved?.answers["2.1.1"]?.answer == nil)
        #expect(saved?.answers["2.1.1"]?.note == "Good rapport noted")
        #expect(saved?.history.last?.previous?.answer == .yes)
        press(&state, .backspace)
        #expect(state.status.text == "2.1.1 has no answer to clear")
    }

    @Test func spaceTicksPromptsInFrameworkOrder() throws {
        var state = Fixtures.state()
        press(&state, .enter, .char("1"))
        press(&state, .char(" "))
        #expect(state.marking?.focus == .prompts, "the first Space moves to the prompts")
        press(&state, .down, .char(" "), .up, .char(" "))
        let c = try #require(state.session.caseWith(id: "CS-001"))
        #expect(c.answers["2.1.1"]?.prompts == ["a", "b"])
        press(&state, .char(" "))
        #expect(state.session.caseWith(id: "CS-001")?.answers["2.1.1"]?.prompts == ["b"])
        let screen = render(state)
        #expect(Array(screen.lines[3...12]) == [
            "2.1 Assessment                      │ 2.1.1 Does assessment focus sufficiently",
            "> 2.1.1 Yes   …engaging the service…│ on engaging the service user?",
            "  2.1.2 No    …keeping other people…│ Answer: Yes (tester, 2024-05-01 10:22)",
            "2.2 Planning                        │ Prompts: 1 of 2 ticked",
            "  2.2.1 ·     …engaging the service…│ > [ ] a Does assessment analyse the",
            "  2.2.3 ·     …keeping other people…│       service user’s motivation and",
            "                                    │       readiness to engage?",
            "                                    │   [x] b Is the service user meaningfully …",
            "                                    │ Note:",
            "                                    │ Good rapport noted",
        ])
        #expect(screen.cursor == Position(x: 41, y: 7), "on the selected prompt's box")
        #expect(screen[39, 7].style.reverse)
        press(&state, .tab)
        #expect(state.marking?.focus == .questions)
    }

    @Test func undoWalksBackOneChangeAtATime() {
        var state = markingCS002()
        press(&state, .char("y"), .char("k"), .char("n"))
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.answer == .no)
        press(&state, .char("u"))
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.answer == .yes)
        #expect(state.status.text == "undone: 2.1.2 back to Yes (Ctrl-R redoes) · saved cases/CS-002.json")
        press(&state, .char("u"))
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"] == nil)
        #expect(state.marking?.row == 1, "the selection goes to what was undone")
        press(&state, .char("u"))
        #expect(state.status.text == "nothing to undo in CS-002")
        let history = state.session.caseWith(id: "CS-002")?.history ?? []
        #expect(history.count == 4, "two changes and two undos, all kept")
        #expect(state.session.scoring.tallies == Scoring(framework: state.framework, cases: state.session.cases).tallies)
    }

    @Test func theNoteEditorWrapsSavesAsYouTypeAndIsOneUndo() throws {
        var state = Fixtures.state(width: 40, height: 12)
        press(&state, .enter, .up, .up, .char("e"))
        var all: [Effect] = []
        all += press(&state, typing(" Rapport good; 李小龙 named as support."))
        let screen = render(state)
        #expect(screen.lines == [
            "CS-001 · Chloé Duval (PO) …  in progress",
            "Note for 2.1.1: saved as you type, Esc …",
            "Good rapport noted Rapport good; 李小龙",
            "named as support.",
            "",
            "",
            "",
            "",
            "",
            "2.1.1 2/3 67% ███░░ Good",
            "saved cases/CS-001.json",
            "Esc done  Enter new line",
        ])
        #expect(screen.cursor == Position(x: 17, y: 3))
        #expect(saves(all).count == 36, "saved as typed: one save per key (the shell may batch keys that arrive together)")
        let c = try #require(state.session.caseWith(id: "CS-001"))
        #expect(c.answers["2.1.1"]?.note == "Good rapport noted Rapport good; 李小龙 named as support.")
        #expect(c.history.count == 1, "the whole edit is one history entry")
        #expect(c.history[0].previous?.note == "Good rapport noted")
        press(&state, .escape, .char("u"))
        #expect(state.session.caseWith(id: "CS-001")?.answers["2.1.1"]?.note == "Good rapport noted")
    }

    @Test func theNoteEditorMovesByWrappedLinesAndTakesPastedLines() throws {
        var state = Fixtures.state(width: 40, height: 12)
        press(&state, .down, .enter, .char("e"))
        press(&state, typing("first line that is long enough to wrap\nsecond"))
        guard case .noteEditor(let editor) = state.overlay else { Issue.record("no editor"); return }
        #expect(TextLayout.wrap(editor.text, width: 40) == ["first line that is long enough to wrap", "second"])
        press(&state, .up)
        guard case .noteEditor(let up) = state.overlay else { return }
        #expect(up.cursor == 6, "same column on the line above")
        press(&state, .home, .char(">"), .end, .char("!"), .delete, .left, .backspace)
        let note = try #require(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.note)
        // Delete took the line break after "!", Backspace the "p" before it.
        #expect(note == ">first line that is long enough to wra!second")
        press(&state, .enter, .char("e"), .char("\u{301}"))
        #expect(state.session.caseWith(id: "CS-002")?.answers["2.1.2"]?.note == ">first line that is long enough to wra\né!second")
    }

    @Test func completingAsksWhenKeyQuestionsAreUnansweredThenLocks() throws {
        var state = markingCS002()
        press(&state, .char("c"))
        #expect(state.overlay == .confirm(.complete(caseID: "CS-002", unanswered: ["2.1.2", "2.2.1"])))
        press(&state, .char("n"))
        #expect(state.session.caseWith(id: "CS-002")?.status == .inProgress)
        let effects = press(&state, .char("c"), .char("y"))
        #expect(saves(effects).last?.status == .complete)
        #expect(saves(effects).last?.history.last?.event == .completed)
        let locked = press(&state, .char("y"), .char("n"), .char(" "), .char("e"), .backspace)
        #expect(saves(locked).isEmpty)
        #expect(state.status.text == "CS-002 is complete: o reopens it before anything changes")
        // u right after c: says why it does not undo completing, and how to reopen (issue 21.8).
        #expect(saves(press(&state, .char("u"))).isEmpty)
        #expect(state.status.text == "CS-002 is complete: u does not undo completing; o reopens it, with a reason")
        #expect(render(state).line(0).contains("complete ✓ (locked)"))
    }

    @Test func completingWithEverythingAnsweredNeedsNoConfirmation() {
        var state = markingCS002()
        press(&state, .char("y"), .char("y"), .char("c"))
        #expect(state.overlay == nil)
        #expect(state.session.caseWith(id: "CS-002")?.status == .complete)
    }

    @Test func reopeningNeedsAReason() throws {
        var state = Fixtures.state()
        press(&state, .char("G"), .char("k"), .enter)
        #expect(state.marking?.caseID == "CS-004")
        press(&state, .char("o"), .enter)
        #expect(state.status.text == "a reason is needed to reopen the case")
        press(&state, .escape)
        #expect(state.session.caseWith(id: "CS-004")?.status == .complete)
        let effects = press(&state, .char("o"), .char(" "), .enter)
        #expect(saves(effects).isEmpty, "a blank reason is no reason")
        press(&state, .escape)
        let reopened = press(&state, .char("o"))
        #expect(saves(reopened).isEmpty)
        let done = press(&state, typing("Answer 2.2.1 was for another case"))
        #expect(saves(done).isEmpty)
        let saved = try #require(saves(press(&state, .enter)).last)
        #expect(saved.status == .inProgress)
        #expect(saved.history.last?.event == .reopened)
        #expect(saved.history.last?.reason == "Answer 2.2.1 was for another case")
        press(&state, .char("1"), .char("n"))
        #expect(state.session.caseWith(id: "CS-004")?.answers["2.1.1"]?.answer == .no)
    }

    @Test func pageKeysAndBracketsStepThroughTheListedCases() {
        var state = Fixtures.state()
        press(&state, .char("/"), .char("C"), .char("S"), .enter, .enter)
        #expect(state.marking?.caseID == "CS-001")
        press(&state, .pageDown, .char("]"), .char("N"))
        #expect(state.marking?.caseID == "CS-004")
        press(&state, .char("N"))
        #expect(state.marking?.caseID == "CS-004", "UW-001 is not in the searched list")
        #expect(state.status.text == "this is the last case in the list")
        press(&state, .pageUp, .char("["), .char("P"))
        #expect(state.marking?.caseID == "CS-001")
        press(&state, .escape)
        #expect(state.screen == .cases)
        #expect(state.list.order[state.list.selected] == "CS-001")
    }

    @Test func jumpsToTheNextUnansweredKeyQuestion() {
        var state = Fixtures.state()
        press(&state, .enter, .char("1"), .char("m"))
        #expect(state.marking?.row == 2)
        press(&state, .char("m"))
        #expect(state.marking?.row == 3)
        press(&state, .char("m"))
        #expect(state.marking?.row == 2, "wraps round")
        press(&state, .char("y"), .char("y"), .char("m"))
        #expect(state.status.text == "every key question that applies to CS-001 is answered")
    }

    @Test func escapeGoesBackToTheListAndQQuits() {
        var state = markingCS002()
        press(&state, .escape)
        #expect(state.screen == .cases)
        press(&state, .enter)
        #expect(press(&state, .char("q")) == [.quit, .endEditing(caseID: "CS-002")])
        #expect(press(&state, .escape).isEmpty)
        #expect(press(&state, .char("q")) == [.quit])
    }
}
