import CasemarkModel
import Testing
@testable import CasemarkTUI

@Suite struct TextLayoutTests {
    @Test func truncationCountsColumns() {
        #expect(TextLayout.truncate("李小龙", to: 6) == "李小龙")
        #expect(TextLayout.truncate("李小龙", to: 5) == "李小…")
        #expect(TextLayout.truncate("李小龙", to: 4) == "李…")
        #expect(TextLayout.truncate("Chloé", to: 1) == "…")
        #expect(TextLayout.truncate("Chloé", to: 0) == "")
        #expect(TextLayout.fit("李", to: 4) == "李  ")
        #expect(TextLayout.fitRight("7", to: 3) == "  7")
    }

    @Test func wrapBreaksAtSpacesAndKeepsLineBreaks() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("李小龙李小龙", width: 5) == ["李小", "龙李", "小龙"])
        #expect(TextLayout.wrap("", width: 5) == [""])
    }
}
