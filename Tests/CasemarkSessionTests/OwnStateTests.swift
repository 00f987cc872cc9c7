import CasemarkModel
import CasemarkTUI
import Testing
@testable import CasemarkSession

/// The session's state holds a list of cases of its own, whatever copy of the state its maker
/// keeps: the first answer then changes one case, and copies none of the others.
@Suite struct OwnStateTests {
    @Test func theSessionsListIsItsOwn() {
        let state = SessionFixture.state(readOnly: false)
        let session = Session(state: state, store: nil, clock: { SessionFixture.now })
        let kept = state.session.cases.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let its = session.state.session.cases.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        #expect(!state.session.cases.isEmpty)
        #expect(kept != its)
        #expect(session.state.session.cases == state.session.cases)
    }
}
