import CasemarkModel
import Testing
@testable import CasemarkTUI

/// The screens' list of cases is their own from the start: were it shared with the inspection
/// they were opened from (which the store keeps), the first answer would copy every case, on
/// the key press itself (51 ms at 100,000 cases, against 2 ms for every other key).
@Suite struct OwnCaseListTests {
    @Test func theListIsNotSharedWithTheInspection() {
        let inspection = Fixtures.inspection
        let state = AppState(inspection: inspection, inspector: "tester", location: "insp")
        let theirs = inspection.cases.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let ours = state.session.cases.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        #expect(!inspection.cases.isEmpty)
        #expect(ours != theirs)
        #expect(state.session.cases == inspection.cases)
    }
}
