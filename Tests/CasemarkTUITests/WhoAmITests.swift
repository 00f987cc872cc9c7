import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The case list's header always says whose name answers are recorded under.
@Suite struct WhoAmITests {
    @Test func aGivenNameIsShownAt80And40() {
        let wide = render(Fixtures.state())
        #expect(wide.line(0) == "casemark · Test CRC · 1 of 5 complete" + String(repeating: " ", count: 80 - 37 - 9) + "as tester")
        let narrow = render(Fixtures.state(width: 40, height: 12))
        #expect(narrow.line(0).hasSuffix("as tester"), "\(narrow.line(0))")
    }

    @Test func aLoginNameSaysHowToSetOne() {
        var state = Fixtures.state(width: 120)
        state.inspector = "root"
        state.inspectorIsLoginName = true
        #expect(render(state).line(0).hasSuffix("as root (login name; set --inspector or CASEMARK_INSPECTOR)"), "\(render(state).line(0))")
        state.width = 80
        #expect(render(state).line(0).hasSuffix("as root (login; --inspector sets it)"), "\(render(state).line(0))")
        state.width = 40
        state.height = 12
        #expect(render(state).line(0).contains("as root"), "\(render(state).line(0))")
    }

    @Test func readOnlyRecordsNothingAndSaysSo() {
        let screen = render(Fixtures.state(readOnly: true))
        #expect(screen.line(0).hasSuffix("READ-ONLY"))
        #expect(!screen.line(0).contains("as tester"))
    }
}
