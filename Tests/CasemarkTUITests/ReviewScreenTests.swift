import CasemarkModel
import Testing

@testable import CasemarkTUI

/// Review stages on the screens: in the QA mode (`--review`) A approves and R returns with a
/// reason typed in a box; the case list shows, filters and sorts by the review; the marker sees a
/// returned case's reason at the top of the case.
@Suite struct ReviewScreenTests {
    /// The fixture's cases with CS-004 approved, CS-002 completed then returned, and CS-001
    /// completed (awaiting review).
    static func reviewedCases() throws -> [Case] {
        var cases = Fixtures.cases
        try cases[0].complete(by: "Aoife", at: "2024-04-01T09:00:00Z", changeID: "c1")
        try cases[1].complete(by: "Ines Sørensen", at: "2024-04-01T09:00:00Z", changeID: "c2")
        try cases[1].returnToMarker(reason: "2.1.1: no evidence of the risk assessment", by: "Sam Quality", at: "2024-04-02T10:15:00Z", changeID: "r2", reopenID: "o2")
        try cases[3].approve(by: "Sam Quality", at: "2024-04-02T10:20:00Z", changeID: "a4", completionID: ChangeID.random())
        return cases
    }

    static func state(review: Bool, width: Int = 80, height: Int = 24) throws -> AppState {
        let inspection = Inspection(record: Fixtures.inspection.record, framework: Fixtures.framework, cases: try reviewedCases())
        return AppState(
            inspection: inspection, inspector: review ? "Sam Quality" : "Ines Sørensen", readOnly: review, location: "/tmp/insp",
            width: width, height: height, review: review)
    }

    @Test func theQAModesListShowsTheReviewAt80x24And40x12() throws {
        #expect(render(try Self.state(review: true)).lines == Self.list80)
        #expect(render(try Self.state(review: true, width: 40, height: 12)).lines == Self.list40)
    }

    @Test func theReturnBoxAt80x24And40x12() throws {
        for (width, height, golden) in [(80, 24, Self.box80), (40, 12, Self.box40)] {
            var state = try Self.state(review: true, width: width, height: height)
            press(&state, .char("R"))
            #expect(render(state).lines == golden, "\(width)×\(height)")
        }
    }

    @Test func theMarkerSeesTheReasonAtTheTopOfAReturnedCase() throws {
        for (width, height, golden) in [(80, 24, Self.returned80), (40, 12, Self.returned40)] {
            var state = try Self.state(review: false, width: width, height: height)
            press(&state, .down, .enter)
            #expect(render(state).lines == golden, "\(width)×\(height)")
        }
    }

    /// A on the list: the review goes to the shell alone (what the lead saw of the case's review
    /// with it); the answer written back is taken in. Nothing else of the state moves.
    @Test func approveOnTheListIsAReviewEffectAndItsOutcomeIsTakenIn() throws {
        var test = ReducerTest(try Self.state(review: true))
        test.send(.char("A")) {
            $0.effects = [.review(caseID: "CS-001", decision: .approve, seen: [])]
            $0.status = StatusMessage("approving CS-001…")
        }
        var approved = try #require(test.state.session.caseWith(id: "CS-001"))
        try approved.approve(by: "Sam Quality", at: Fixtures.now, changeID: "a1", completionID: ChangeID.random())
        test.receive(.reviewed(approved, file: "/tmp/insp/cases/CS-001.json")) {
            $0.caseIs(approved)
            $0.status = StatusMessage("CS-001 approved · saved /tmp/insp/cases/CS-001.json", kind: .saved)
        }
        test.receive(.reviewFailed(caseID: "CS-001", message: "reviewed by someone else meanwhile")) {
            $0.status = StatusMessage("REVIEW NOT SAVED on CS-001: reviewed by someone else meanwhile", kind: .warning)
        }
    }

    @Test func returnTypesAReasonInABoxAndRefusalsAreSaid() throws {
        var state = try Self.state(review: true)
        // CS-003 is in progress: refused before any box opens.
        press(&state, .down, .down)
        #expect(press(&state, .char("R")).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status.text.contains("case CS-003 is in progress; only a complete case can be reviewed"))
        #expect(press(&state, .char("A")).isEmpty)
        // CS-004 is approved already: A says so; R may take the approval back.
        press(&state, .down)
        #expect(press(&state, .char("A")).isEmpty)
        #expect(state.status.text.contains("already approved (by Sam Quality"))
        press(&state, .up, .up, .up)
        press(&state, .char("R"))
        #expect(state.overlay == .returnReason(caseID: "CS-001", field: TextField()))
        #expect(press(&state, .enter).isEmpty, "no reason, no return")
        #expect(state.status.text == "a return needs a reason: what is the marker to put right?")
        let effects = press(&state, typing("2.1.2: say why not") + [.enter])
        #expect(effects == [.review(caseID: "CS-001", decision: .return(reason: "2.1.2: say why not"), seen: [])])
        #expect(state.overlay == nil)
        press(&state, .char("R"), .escape)
        #expect(state.overlay == nil && state.status.text == "CS-001 not returned")
    }

    @Test func theListFiltersAndSortsByReview() throws {
        var state = try Self.state(review: true)
        press(&state, .char("f"), .down, .down, .down, .right)
        press(&state, .enter)
        #expect(state.list.filter.review == .inProgress)
        #expect(state.list.order == ["CS-003", "UW-001"])
        press(&state, .char("f"), .down, .down, .down, .right, .enter)
        #expect(state.list.order == ["CS-001"], "awaiting")
        press(&state, .escape)
        press(&state, .char("s"), .char("s"), .char("s"), .char("s"))
        #expect(state.list.sort == .review)
        #expect(state.list.order == ["CS-001", "CS-002", "CS-003", "UW-001", "CS-004"])
    }

    @Test func theReviewKeysAreInTheQAModesHelpAndNowhereElse() throws {
        let review = try Self.state(review: true)
        let help = HelpPage.lines(review).map(\.text).joined(separator: "\n")
        #expect(help.contains("approve the selected case"), "\(help)")
        #expect(help.contains("return the case to its marker"))
        #expect(keyTable(for: .marking, review: true).binding(for: .char("R"))?.command == .returnCase)
        #expect(keyTable(for: .marking).binding(for: .char("R"))?.command == .reload)
        #expect(keyTable(for: .cases).binding(for: .char("A")) == nil)
        var marker = try Self.state(review: false)
        #expect(press(&marker, .char("A")).isEmpty)
        #expect(marker.status.text.contains("not a key here"))
    }

    @Test(arguments: SizeTests.sizes)
    func theReviewStatesDrawAtAnySize(_ size: (Int, Int)) throws {
        var states: [AppState] = []
        for (review, keys) in [(true, [KeyEvent]()), (true, [.char("R")] + typing("2.1.1 李小龙 Sørensen — ✓")), (true, [.char("f"), .down, .down, .down]), (false, [.down, .enter])] {
            var state = try Self.state(review: review)
            press(&state, keys)
            state.width = size.0
            state.height = size.1
            states.append(state)
        }
        for state in states {
            let screen = render(state)
            #expect(screen.width == size.0 && screen.height == size.1)
            if let cursor = screen.cursor { #expect(screen.contains(x: cursor.x, y: cursor.y)) }
            #expect(screen.lines.allSatisfy { CellWidth.of($0) <= size.0 })
        }
    }

    static let list80: [String] = [
        "casemark · Test CRC · 2 of 5 complete                                  READ-ONLY",
        "  Case   Responsible officer                Sample            Done  Status",
        "> CS-001 Chloé Duval (PO)                   Case supervision   2/4  awaiting",
        "  CS-002 Ines Sørensen (PSO)                Case supervision   1/3  returned ↩",
        "  CS-003 李小龙 (PO)                        Case supervision   0/4  not started",
        "  CS-004 Jack O'Neill (PO)                  Case supervision   4/4  approved ✓",
        "  UW-001 Chloé Duval (PO)                   Unpaid work        0/1  not started",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "QA review: answers read-only · A approves, R returns, C comments",
        "A approve  R return  Enter open  / search  f filter  s sort  ? help  q quit",
    ]

    static let box80: [String] = [
        "casemark · Test CRC · 2 of 5 complete                                  READ-ONLY",
        "  Case   Responsible officer                Sample            Done  Status",
        "> CS-001 Chloé Duval (PO)                   Case supervision   2/4  awaiting",
        "  CS-002 Ines Sørensen (PSO)                Case supervision   1/3  returned ↩",
        "  CS-003 李小龙 (PO)                        Case supervision   0/4  not started",
        "  CS-004 Jack O'Neill (PO)                  Case supervision   4/4  approved ✓",
        "  UW-001 Chloé Duval (PO)                   Unpaid work        0/1  not started",
        "",
        "",
        "        ┌─ Return CS-001 to its marker ────────────────────────────────┐",
        "        │ What is to be put right?                                     │",
        "        │                                                              │",
        "        └──────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Enter return it  Esc cancel",
    ]

    static let returned80: [String] = [
        "CS-002 · Ines Sørensen (PSO) · Case supervision        in progress · case 2 of 5",
        "↩ Returned by Sam Quality, 2024-04-02 10:15: 2.1.1: no evidence of the risk ass…",
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
        "returned by Sam Quality: 2.1.1: no evidence of the risk assessment",
        "y yes  n no  a n/a  Space tick  e note  u undo  ? help  Esc back  q quit",
    ]

    static let list40: [String] = [
        "casemark · Test CRC · 2 of 5…  READ-ONLY",
        "  Case   Responsibl…  Done  Status",
        "> CS-001 Chloé Duva…   2/4  awaiting",
        "  CS-002 Ines Søren…   1/3  returned ↩",
        "  CS-003 李小龙 (PO)   0/4  not started",
        "  CS-004 Jack O'Nei…   4/4  approved ✓",
        "  UW-001 Chloé Duva…   0/1  not started",
        "",
        "",
        "",
        "QA review: answers read-only · A approv…",
        "A approve  R return  ? help  q quit",
    ]

    static let box40: [String] = [
        "casemark · Test CRC · 2 of 5…  READ-ONLY",
        "  Case   Responsibl…  Done  Status",
        "> CS-001 Chloé Duva…   2/4  awaiting",
        "┌─ Return CS-001 to its marker ────────┐",
        "│ What is to be put right?             │",
        "│                                      │",
        "└──────────────────────────────────────┘",
        "",
        "",
        "",
        "",
        "Enter return it  Esc cancel",
    ]

    static let returned40: [String] = [
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
        "returned by Sam Quality: 2.1.1: no evid…",
        "y yes  n no  ? help  Esc back  q quit",
    ]
}
