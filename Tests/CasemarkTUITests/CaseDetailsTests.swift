import CasemarkModel
import Testing
@testable import CasemarkTUI

/// What the reading page and the marking screen say about a case's attributes and prompts.
@Suite struct CaseDetailsTests {
    /// CS-001 with attributes that sort before the framework's own.
    static func state(readOnly: Bool) -> AppState {
        var inspection = Fixtures.inspection
        inspection.cases[0].attributes["disposal"] = "community order"
        inspection.cases[0].attributes["gender"] = "female"
        return AppState(inspection: inspection, inspector: "tester", readOnly: readOnly)
    }

    @Test func theReadingPageNamesTheAttributeThatRulesKeyQuestionsOutFirst() {
        var state = Self.state(readOnly: true)
        press(&state, .char("v"))
        #expect(render(state).line(1).hasPrefix("RoSH issues apply: Y · disposal: "), "\(render(state).line(1))")
        press(&state, .char("v"))
        #expect(render(state).line(1).hasPrefix("RoSH issues apply: Y · disposal: "), "the same order as marking")
    }

    @Test func noTabToTickWhereNothingCanBeTicked() {
        var readOnly = Self.state(readOnly: true)
        press(&readOnly, .char("v"), .char("v"))
        #expect(readOnly.screen == .marking)
        #expect(render(readOnly).lines.contains { $0.contains("Prompts: 0 of 2 ticked") })
        #expect(!render(readOnly).lines.contains { $0.contains("Tab to tick") })

        var complete = Fixtures.state()
        press(&complete, .char("G"), .char("k"), .enter)
        #expect(complete.currentCase?.status == .complete)
        #expect(!render(complete).lines.contains { $0.contains("Tab to tick") })
        press(&complete, .escape, .char("g"), .char("j"), .char("j"), .enter)
        #expect(render(complete).lines.contains { $0.contains("(Tab to tick)") }, "an open case still says how")
    }
}
