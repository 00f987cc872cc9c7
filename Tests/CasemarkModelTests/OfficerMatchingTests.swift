import CasemarkModel
import Testing

/// Narrowing the officer list as a name is typed, and the difference in points as shown.
@Suite struct OfficerMatchingTests {
    let cases = TestFramework.cases(2, prefix: "Z", officer: "Zoë Ødegård", answers: [:])
        + TestFramework.cases(1, prefix: "C", officer: "Chloé Duval", answers: [:])
        + TestFramework.cases(1, prefix: "L", officer: "李晓雯", grade: "PSO", answers: [:])
        + TestFramework.cases(1, prefix: "J", officer: "Jack O'Neill", answers: [:])

    @Test func typingNarrowsWithOrWithoutAccents() {
        #expect(Officers.matching("", in: cases).map(\.name) == ["Chloé Duval", "Jack O'Neill", "Zoë Ødegård", "李晓雯"])
        #expect(Officers.matching("zoe odegard", in: cases).map(\.name) == ["Zoë Ødegård"])
        #expect(Officers.matching("ØDEG", in: cases).map(\.caseCount) == [2])
        #expect(Officers.matching("chloe\u{301}", in: cases).map(\.name) == ["Chloé Duval"])
        #expect(Officers.matching("o", in: cases).map(\.name) == ["Chloé Duval", "Jack O'Neill", "Zoë Ødegård"])
        #expect(Officers.matching("晓", in: cases).map(\.name) == ["李晓雯"])
        #expect(Officers.matching("nobody", in: cases).isEmpty)
    }

    @Test func aNameTypedWithoutAccentsFindsTheOneOfficerItCanMean() {
        #expect(Officers.find("Zoe Odegard", in: cases)?.name == "Zoë Ødegård")
        #expect(Officers.find("zoë ødegård", in: cases)?.caseCount == 2)
        #expect(Officers.find("Zoe Odegar", in: cases) == nil)  // a missing letter is another name
        // Where the unaccented name could mean two officers, the exact spelling is needed.
        let twins = TestFramework.cases(1, prefix: "R1", officer: "René Martin", answers: [:])
            + TestFramework.cases(2, prefix: "R2", officer: "Renè Martin", answers: [:])
        #expect(Officers.find("rene martin", in: twins) == nil)
        #expect(Officers.find("RENÉ MARTIN", in: twins)?.caseCount == 1)
        #expect(Officers.find("Renè Martin", in: twins)?.caseCount == 2)
        // And the exact spelling wins over an accented near-twin.
        let plain = twins + TestFramework.cases(3, prefix: "R3", officer: "Rene Martin", answers: [:])
        #expect(Officers.find("rene martin", in: plain)?.caseCount == 3)
    }

    @Test func pointsAreSignedWithATrueMinus() {
        #expect(KeyQuestionComparison.points(12) == "+12")
        #expect(KeyQuestionComparison.points(-23) == "−23")
        #expect(KeyQuestionComparison.points(0) == "0")
        #expect(KeyQuestionComparison.points(nil) == "—")
    }
}

/// A name typed as keyboards and word processors give it: a typographic apostrophe, runs of spaces.
@Suite struct OfficerNameFormsTests {
    let cases = TestFramework.cases(1, prefix: "J", officer: "Jack O'Neill", answers: [:])
        + TestFramework.cases(1, prefix: "A", officer: "Ann Lee", answers: [:])

    @Test func typographicApostropheAndRunsOfSpacesMatch() {
        #expect(Officers.find("Jack O’Neill", in: cases)?.name == "Jack O'Neill")
        #expect(Officers.find("jack  o'neill", in: cases)?.name == "Jack O'Neill")
        #expect(Officers.find("Ann   Lee", in: cases)?.name == "Ann Lee")
        #expect(Officers.matching("o’ne", in: cases).map(\.name) == ["Jack O'Neill"])
        #expect(Officers.cases(of: "Ann \t Lee", in: cases).count == 1)
    }

    @Test func tidiedNamesCollapseSpaces() {
        #expect("  Ann  Lee ".tidiedName == "Ann Lee")
        #expect("Ann\u{00A0}\tLee".tidiedName == "Ann Lee")
        #expect("Chloé Duval".tidiedName == "Chloé Duval")
        // Names in other scripts take the quick path only when nothing in them needs tidying.
        #expect("李 小龙".tidiedName == "李 小龙")
        #expect("李\u{3000}小龙".tidiedName == "李 小龙")  // ideographic space
        #expect("Zoë  Ødegård".tidiedName == "Zoë Ødegård")
        #expect("Zoë\u{2003}Ødegård".tidiedName == "Zoë Ødegård")  // em space
        #expect("Ann\u{00A0}Lee".tidiedName == "Ann Lee")
    }
}
