import CasemarkModel
import Testing

/// A band's names, pinned: the screens and every printed format show these, so a screen and a
/// page never name a band differently.
@Suite struct BandNameTests {
    @Test func theFourBandsInTwoLetters() {
        #expect(Band.allCases.map(\.abbreviation) == ["IN", "RI", "GD", "OS"])
    }

    @Test func theFourBandsInFull() {
        #expect(Band.allCases.map(\.displayName) == ["Inadequate", "Requires improvement", "Good", "Outstanding"])
    }

    @Test func anIndicativeBandIsMarkedOneWayWhereColumnsAreFewAndAnotherInWords() {
        #expect(Indicative.marked("GD", indicative: true) == "~GD")
        #expect(Indicative.marked("Good", indicative: false) == "Good")
        #expect(Indicative.inWords("Good", indicative: true) == "Good (indicative)")
        #expect(Indicative.inWords("Good", indicative: false) == "Good")
    }
}
