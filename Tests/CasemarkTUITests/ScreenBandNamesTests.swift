import CasemarkModel
import Testing

@testable import CasemarkTUI

/// The screens' two-letter bands, pinned: the printed reports pin the same four
/// (PrintedBandNamesTests), so a screen and a page never name a band differently.
@Suite struct ScreenBandNamesTests {
    @Test func theFourBandsInTwoLetters() {
        #expect(Band.allCases.map(\.abbreviation) == ["IN", "RI", "GD", "OS"])
    }
}
