import CasemarkModel
import Testing

@testable import CasemarkReport

/// The printed reports' two-letter bands, pinned: the screens pin the same four
/// (ScreenBandNamesTests), so a page and a screen never name a band differently.
@Suite struct PrintedBandNamesTests {
    @Test func theFourBandsInTwoLetters() {
        #expect(Band.allCases.map(\.abbreviation) == ["IN", "RI", "GD", "OS"])
    }
}
