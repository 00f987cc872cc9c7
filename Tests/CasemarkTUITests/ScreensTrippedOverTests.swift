import CasemarkModel
import Testing

@testable import CasemarkTUI

/// What a new inspector tripped over on the screens (issue 12, point 8).
@Suite struct ScreensTrippedOverTests {
    @Test func aFilterKeepsTheNearestCaseNotTheLastRow() {
        var state = Fixtures.state()
        press(&state, .down)  // CS-002, Ines Sørensen
        press(&state, .char("f"), .down, .right, .enter)  // only Chloé Duval's cases
        #expect(state.list.order == ["CS-001", "UW-001"])
        #expect(state.list.order[state.list.selected] == "CS-001", "the case next to CS-002, not the last row")
    }

    @Test func spaceOnALockedCaseSaysSoAndStaysOnTheKeyQuestions() {
        var state = Fixtures.state()
        press(&state, .down, .down, .down, .enter)  // CS-004, complete
        press(&state, .char(" "))
        #expect(state.marking?.focus == .questions)
        #expect(state.status.text.hasPrefix("CS-004 is complete"), "\(state.status.text)")
    }

    @Test func readOnlyTheHintLineShowsTheKeysThatWork() {
        var state = Fixtures.state(readOnly: true)
        press(&state, .enter)  // read-only, Enter reads the case whole
        var hints = render(state).lines.last ?? ""
        for key in ["] next case", "v by question", "r results", "? help", "Esc back", "q quit"] {
            #expect(hints.contains(key), "\(key): \(hints)")
        }
        press(&state, .char("v"))  // one key question at a time
        #expect(state.screen == .marking)
        hints = render(state).lines.last ?? ""
        #expect(!hints.contains("y yes"), "\(hints)")
        for key in ["] next case", "v read", "r results", "? help", "Esc back", "q quit"] {
            #expect(hints.contains(key), "\(key): \(hints)")
        }
    }

    /// lazygit's rule: Esc goes back one step, q quits, whichever screen you are on; two presses of
    /// the same key never do two different things.
    @Test func escGoesBackAndQQuitsFromEveryScreen() {
        var state = Fixtures.state()
        press(&state, .down, .enter, .char("r"))
        #expect(state.screen == .results(returnTo: .marking))
        #expect(press(&state, .escape).isEmpty)
        #expect(state.screen == .marking, "Esc on results goes back to the case")
        #expect(press(&state, .escape) == [.endEditing(caseID: "CS-002")])
        #expect(state.screen == .cases, "Esc on the case goes back to the list")
        #expect(press(&state, .escape).isEmpty, "Esc on the list never quits")
        for keys: [KeyEvent] in [[.enter], [.enter, .char("r")], [.char("v")], [.char("r")], []] {
            var fresh = Fixtures.state()
            press(&fresh, keys)
            #expect(press(&fresh, .char("q")).contains(.quit), "q quits from \(fresh.screen)")
        }
    }

    /// At 80 columns the marking screen's hint line keeps help, back and quit; other items give way.
    @Test func theWayOutIsAlwaysOnTheHintLine() {
        for width in [80, 40] {
            var state = Fixtures.state()
            state.width = width
            press(&state, .enter)
            let hints = render(state).lines.last ?? ""
            #expect(hints.hasSuffix("? help  Esc back  q quit"), "\(width): \(hints)")
            #expect(hints.hasPrefix("y yes"), "\(width): \(hints)")
        }
    }

    /// A complete case is locked: its hint line offers reopening and what works, not `y n a … e`
    /// (issue 21.8).
    @Test func aLockedCaseOffersReopeningNotEditing() {
        for width in [80, 40] {
            var state = Fixtures.state(width: width)
            press(&state, .char("G"), .char("k"), .enter)  // CS-004, complete
            #expect(state.currentCase?.status == .complete)
            let hints = render(state).lines.last ?? ""
            #expect(hints.hasPrefix("o reopen"), "\(width): \(hints)")
            #expect(hints.hasSuffix("? help  Esc back  q quit"), "\(width): \(hints)")
            for editing in ["y yes", "n no", "a n/a", "e note", "tick", "u undo", "c complete"] {
                #expect(!hints.contains(editing), "\(width): \(hints)")
            }
        }
    }

    @Test func gAndGGoToTheFirstAndLastKeyQuestion() {
        var state = Fixtures.state()
        press(&state, .down, .enter, .char("G"))
        #expect(state.marking?.row == 3)
        press(&state, .char("g"))
        #expect(state.marking?.row == 0)
    }

    /// An officer chosen on the results is the list's too (issue 21.6: `--officer 'chloe duval'`,
    /// `r`, `o`, "zoe", Enter, Esc left the list showing Chloé's cases). The case the results were
    /// opened from is hers, so Esc goes back to it; the list behind is hers.
    @Test func anOfficerChosenOnTheResultsReachesTheList() {
        var state = Fixtures.state()
        press(&state, .down, .enter, .char("r"), .char("o"))
        #expect(state.marking?.caseID == "CS-002")
        press(&state, typing("ines") + [.enter])
        #expect(state.session.officerScope == "Ines Sørensen", "the results show her figures")
        #expect(state.status.text == "Ines Sørensen (PSO): 1 case, beside the whole sample; the list shows only theirs")
        press(&state, .escape)
        #expect(state.screen == .marking, "back to the case the results were opened from, which is hers")
        #expect(state.marking?.caseID == "CS-002")
        press(&state, .escape)
        #expect(state.session.officerScope == "Ines Sørensen")
        #expect(state.list.order == ["CS-002"])
        #expect(render(state).line(0).contains("Ines Sørensen"), "\(render(state).line(0))")
    }

    /// The issue's own steps: opened on Chloé, Zoë chosen on the results; Esc shows Zoë's cases,
    /// and a case of Chloé's open behind the results is left (the list no longer holds it).
    @Test func anOfficerChosenOnTheResultsReplacesTheOneTheListWasNarrowedTo() {
        var state = Fixtures.state(officer: "chloe duval")
        #expect(state.list.order == ["CS-001", "UW-001"])
        press(&state, .char("f"), .down, .down, .right, .right, .enter)  // filter: in progress only
        let statusFilter = state.list.filter
        #expect(statusFilter.status == .inProgress)
        press(&state, .enter, .char("r"), .char("o"))  // from Chloé's CS-001
        press(&state, typing("ines") + [.enter])
        #expect(render(state).line(0).hasPrefix("Results · Ines Sørensen beside the whole sample"))
        press(&state, .escape)
        #expect(state.screen == .cases, "CS-001 is Chloé's, not in the list now")
        #expect(state.marking == nil)
        #expect(state.session.officerScope == "Ines Sørensen")
        #expect(state.list.filter == statusFilter, "the status filter stays")
        #expect(state.list.order == ["CS-002"])
        #expect(render(state).line(0).contains("Ines Sørensen"), "\(render(state).line(0))")
        #expect(!render(state).lines.joined().contains("Chloé"))
    }
}
