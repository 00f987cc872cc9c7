import CasemarkModel
import Testing

@testable import CasemarkTUI

@Suite struct CasesScreenTests {
    @Test func listsEveryCaseAt80x24() {
        let screen = render(Fixtures.state())
        #expect(screen.lines == [
            "casemark · Test CRC · 1 of 5 complete                                  as tester",
            "  Case   Responsible officer                Sample            Done  Status",
            "> CS-001 Chloé Duval (PO)                   Case supervision   2/4  in progress",
            "  CS-002 Ines Sørensen (PSO)                Case supervision   1/3  in progress",
            "  CS-003 李小龙 (PO)                        Case supervision   0/4  not started",
            "  CS-004 Jack O'Neill (PO)                  Case supervision   4/4  complete ✓",
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
            "answers are saved in /tmp/insp",
            "Enter open  / search  f filter  s sort  r results  o officer  ? help  q quit",
        ])
        #expect(screen.cursor == Position(x: 2, y: 2), "the cursor sits on the selected case")
        #expect(screen[0, 2].style.reverse && screen[0, 2].character == ">")
    }

    @Test func narrowsTo40x12() {
        let screen = render(Fixtures.state(width: 40, height: 12))
        #expect(screen.lines == [
            "Test CRC · 1 of 5 complete     as tester",
            "  Case   Responsibl…  Done  Status",
            "> CS-001 Chloé Duva…   2/4  in progress",
            "  CS-002 Ines Søren…   1/3  in progress",
            "  CS-003 李小龙 (PO)   0/4  not started",
            "  CS-004 Jack O'Nei…   4/4  complete ✓",
            "  UW-001 Chloé Duva…   0/1  not started",
            "",
            "",
            "",
            "answers are saved in /tmp/insp",
            "Enter open  / search  ? help  q quit",
        ])
    }

    /// A wide name must not push the columns after it out of line.
    @Test func columnsLineUpWhateverTheNames() {
        let screen = render(Fixtures.state())
        let rows = (2...6).map { screen.line($0) }
        let doneColumns = rows.map { row -> Int in
            let slash = row.firstIndex(of: "/")!
            return CellWidth.of(row[..<slash])
        }
        #expect(Set(doneColumns).count == 1, "\(doneColumns)")
    }

    @Test func searchNarrowsAsYouTypeOverIdOfficerAndNotes() {
        var state = Fixtures.state()
        press(&state, .char("/"), .char("c"), .char("h"), .char("l"), .char("o"), .char("e"))
        #expect(state.list.order == ["CS-001", "UW-001"], "accents ignored: chloe finds Chloé")
        press(&state, .backspace, .backspace, .backspace, .backspace, .backspace)
        press(&state, typing("rapport"))
        #expect(state.list.order == ["CS-001"], "found in an evidence note")
        press(&state, .enter)
        #expect(state.overlay == nil)
        #expect(state.list.search == "rapport", "Enter keeps the search")
        press(&state, .escape)
        #expect(state.list.order.count == 5, "Esc shows every case again")
        press(&state, .char("/"), .char("U"), .char("W"))
        #expect(state.list.order == ["UW-001"])
        press(&state, .escape)
        #expect(state.list.order.count == 5, "Esc while typing clears the search")
    }

    @Test func searchIsTypedOnTheStatusLine() {
        var state = Fixtures.state(width: 40, height: 12)
        press(&state, .char("/"), .char("李"))
        let screen = render(state)
        #expect(screen.line(10) == "Search: 李")
        #expect(screen.cursor == Position(x: 10, y: 10))
        #expect(screen.line(2) == "> CS-003 李小龙 (PO)   0/4  not started")
    }

    @Test func filterBySampleOfficerAndStatus() {
        var state = Fixtures.state()
        press(&state, .char("f"), .right)
        #expect(state.list.order.count == 5, "nothing changes until Enter")
        press(&state, .enter)
        #expect(state.list.order == ["CS-001", "CS-002", "CS-003", "CS-004"])
        press(&state, .char("f"), .down, .down, .right, .enter)
        #expect(state.list.order == ["CS-003"], "case supervision, not started")
        press(&state, .char("f"), .char("x"), .down, .right, .enter)
        #expect(state.list.order == ["CS-001", "UW-001"], "Chloé Duval's cases, any sample")
        press(&state, .char("f"), .right, .escape)
        #expect(state.list.order == ["CS-001", "UW-001"], "Esc leaves the filter as it was")
        let header = render(state).line(0)
        #expect(header.contains("Chloé Duval"))
        press(&state, .escape)
        #expect(state.list.order.count == 5)
    }

    @Test func sortingCyclesAndKeepsTheSelection() {
        var state = Fixtures.state()
        press(&state, .down, .down)
        #expect(state.list.order[state.list.selected] == "CS-003")
        press(&state, .char("s"))
        #expect(state.list.sort == .officer)
        #expect(state.list.order == ["CS-001", "UW-001", "CS-002", "CS-004", "CS-003"])
        #expect(state.list.order[state.list.selected] == "CS-003")
        press(&state, .char("s"))
        #expect(state.list.sort == .progress)
        #expect(state.list.order.first == "CS-003", "least done first")
        press(&state, .char("s"))
        #expect(state.list.sort == .status)
        #expect(state.list.order.last == "CS-004", "complete last")
        press(&state, .char("s"))
        #expect(state.list.sort == .review)
        #expect(state.list.order.first == "CS-004", "awaiting review first")
        press(&state, .char("s"))
        #expect(state.list.sort == .id)
    }

    @Test func headerCountsCompleteCases() {
        var state = Fixtures.state()
        #expect(render(state).line(0).hasPrefix("casemark · Test CRC · 1 of 5 complete "))
        press(&state, .down, .down, .enter, .char("c"), .char("y"), .escape)
        #expect(render(state).line(0).hasPrefix("casemark · Test CRC · 2 of 5 complete "))
    }

    @Test func movementStaysInTheList() {
        var state = Fixtures.state()
        press(&state, .up, .char("k"))
        #expect(state.list.selected == 0)
        press(&state, .char("G"))
        #expect(state.list.selected == 4)
        press(&state, .down, .char("j"), .pageDown)
        #expect(state.list.selected == 4)
        press(&state, .char("g"))
        #expect(state.list.selected == 0)
        press(&state, .end, .up, .home)
        #expect(state.list.selected == 0)
    }

    @Test func officerScopeListsOnlyThatOfficer() {
        let state = Fixtures.state(officer: "  CHLOE\u{301} DUVAL")
        #expect(state.list.order == ["CS-001", "UW-001"], "decomposed and upper case still match")
    }
}
