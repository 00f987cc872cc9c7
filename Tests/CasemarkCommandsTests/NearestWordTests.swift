import XCTest

@testable import CasemarkCommands

final class NearestWordTests: XCTestCase {
    func distance(_ a: String, _ b: String) -> Int { NearestWord.distance(Array(a), Array(b)) }

    func testDistanceCountsEachInsertionRemovalReplacementAndSwapOnce() {
        XCTAssertEqual(distance("report", "report"), 0)
        XCTAssertEqual(distance("", "open"), 4)
        XCTAssertEqual(distance("open", ""), 4)
        XCTAssertEqual(distance("reprt", "report"), 1)  // a letter left out
        XCTAssertEqual(distance("reportt", "report"), 1)  // one too many
        XCTAssertEqual(distance("repart", "report"), 1)  // one wrong
        XCTAssertEqual(distance("reprot", "report"), 1)  // two neighbours swapped: one slip
        XCTAssertEqual(distance("kitten", "sitting"), 3)
        XCTAssertEqual(distance("ab", "ba"), 1)
        XCTAssertEqual(distance("abc", "ca"), 3)  // optimal string alignment: no edit of a swapped pair
    }

    func testTheNearestIsFoundIgnoringCapitalsWhenCloseEnough() {
        let commands = ["open", "new", "report", "validate", "history", "merge", "merge-file"]
        XCTAssertEqual(NearestWord.nearest(to: "reprot", among: commands), "report")
        XCTAssertEqual(NearestWord.nearest(to: "VALIDTAE", among: commands), "validate")
        XCTAssertEqual(NearestWord.nearest(to: "histroy", among: commands), "history")
        XCTAssertEqual(NearestWord.nearest(to: "merge-fil", among: commands), "merge-file")
    }

    /// At most a third of the candidate's letters may differ (one at least, three at most).
    func testAWordTooFarFromEveryCandidateHasNone() {
        XCTAssertNil(NearestWord.nearest(to: "london-2019", among: ["open", "report"]))
        XCTAssertEqual(NearestWord.nearest(to: "opn", among: ["open"]), "open")  // 1 of 4: allowed
        XCTAssertNil(NearestWord.nearest(to: "oxxn", among: ["open"]))  // 2 of 4: too many
        XCTAssertEqual(NearestWord.nearest(to: "--offcier", among: ["--officer", "--edit"]), "--officer")
        XCTAssertNil(NearestWord.nearest(to: "anything", among: []))
    }
}
