import CasemarkModel
import Testing

/// Cohen's κ and its Fleiss–Cohen–Everitt interval, against tables worked out by hand.
@Suite struct CohenKappaTests {
    /// Rows: the first marker's yes, no, na; columns: the second's.
    func table(_ counts: [[Int]]) -> AgreementTable { AgreementTable(counts: counts) }

    func close(_ a: Double?, _ b: Double, within: Double = 1e-4) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= within
    }

    /// The textbook 2 × 2 example (Wikipedia, "Cohen's kappa"): 50 cases, 20 yes–yes, 5 yes–no,
    /// 10 no–yes, 15 no–no. pₒ = 0.7; pₑ = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = 0.2 / 0.5 = 0.4.
    /// By hand: Σ pᵢᵢ(1 − (pᵢ. + p.ᵢ)(1 − κ))² = 0.4 × 0.34² + 0.3 × 0.46² = 0.10972;
    /// (1 − κ)² Σ pᵢⱼ(p.ᵢ + pⱼ.)² = 0.36 × (0.1 × 1.1² + 0.2 × 0.9²) = 0.10188;
    /// (κ − pₑ(1 − κ))² = 0.1² = 0.01; var = 0.2016 / (50 × 0.25) = 0.016128; SE = 0.126996;
    /// interval 0.4 ± 1.959964 × 0.126996 = 0.151092 to 0.648908.
    @Test func textbookTwoByTwo() throws {
        let t = table([[20, 5, 0], [10, 15, 0], [0, 0, 0]])
        #expect(t.cases == 50)
        #expect(t.agreements == 35)
        #expect(close(t.percentAgreement, 70))
        #expect(close(t.chanceAgreement, 0.5))
        let k = try #require(t.kappa)
        #expect(close(k.value, 0.4, within: 1e-12))
        #expect(close(k.standardError, 0.126996, within: 1e-6))
        #expect(close(k.low, 0.151092, within: 1e-6))
        #expect(close(k.high, 0.648908, within: 1e-6))
        #expect(t.reading(of: k.value) == "fair")
    }

    /// Three categories: rows 13, 12, 5; columns 13, 11, 6; 22 of 30 agree.
    /// κ = (n Σ nᵢᵢ − Σ nᵢ. n.ᵢ) / (n² − Σ nᵢ. n.ᵢ) = (30 × 22 − 331) / (900 − 331) = 329 / 569.
    @Test func threeCategories() throws {
        let t = table([[10, 2, 1], [3, 8, 1], [0, 1, 4]])
        #expect(t.cases == 30)
        #expect(t.agreements == 22)
        let k = try #require(t.kappa)
        #expect(close(k.value, 329.0 / 569.0, within: 1e-12))
        #expect(close(t.chanceAgreement, 331.0 / 900.0, within: 1e-12))
        #expect(t.reading(of: k.value) == "moderate")
        #expect(k.low < k.value && k.value < k.high)
    }

    /// Every case answered alike and all in one category: chance agreement is 1, κ undefined.
    @Test func allAgreeInOneCategoryHasNoKappa() {
        for category in 0..<3 {
            var counts = Array(repeating: Array(repeating: 0, count: 3), count: 3)
            counts[category][category] = 7
            let t = table(counts)
            #expect(t.percentAgreement == 100)
            #expect(t.chanceAgreement == 1)
            #expect(t.kappa == nil)
        }
    }

    /// All agree, over two categories: κ = 1 and the variance is 0 (term a = Σ pᵢᵢ = 1, term b = 0,
    /// term c = 1), so the interval is 1 to 1.
    @Test func allAgreeOverTwoCategoriesIsOne() throws {
        let t = table([[3, 0, 0], [0, 2, 0], [0, 0, 0]])
        let k = try #require(t.kappa)
        #expect(k.value == 1)
        #expect(k.standardError == 0)
        #expect(k.low == 1 && k.high == 1)
        #expect(t.reading(of: k.value) == "almost perfect")
    }

    /// One case, answered alike: chance agreement 1, no κ. One case answered differently:
    /// pₒ = 0, pₑ = 1 × 0 = 0, κ = 0, and every term of the variance is 0. The markings never
    /// agree, so the words say so, though κ = 0 is "slight" on Landis and Koch's scale.
    @Test func singleCase() throws {
        #expect(table([[0, 0, 0], [0, 1, 0], [0, 0, 0]]).kappa == nil)
        let t = table([[0, 1, 0], [0, 0, 0], [0, 0, 0]])
        let k = try #require(t.kappa)
        #expect(k.value == 0)
        #expect(k.standardError == 0)
        #expect(t.reading(of: k.value) == "no agreement")
    }

    /// Complete disagreement with even margins: pₒ = 0, pₑ = 0.5, κ = −1; variance 0.
    @Test func completeDisagreementIsMinusOne() throws {
        let t = table([[0, 5, 0], [5, 0, 0], [0, 0, 0]])
        let k = try #require(t.kappa)
        #expect(k.value == -1)
        #expect(k.low == -1 && k.high == -1)
        #expect(t.reading(of: k.value) == "no agreement")
    }

    @Test func noCasesHasNothing() {
        let t = AgreementTable()
        #expect(t.cases == 0)
        #expect(t.percentAgreement == nil)
        #expect(t.chanceAgreement == nil)
        #expect(t.kappa == nil)
    }

    /// The interval never passes 1 (a high κ on few cases has a wide interval).
    @Test func intervalIsCutAtOne() throws {
        let k = try #require(table([[4, 1, 0], [0, 3, 0], [0, 0, 1]]).kappa)
        #expect(k.value + Kappa.z95 * k.standardError > 1)
        #expect(k.high == 1)
    }

    /// Landis and Koch's words follow κ as printed, to three decimals.
    @Test func landisAndKochReadings() {
        #expect(Kappa.reading(-0.01) == "poor")
        #expect(Kappa.reading(0) == "slight")
        #expect(Kappa.reading(0.2) == "slight")
        #expect(Kappa.reading(0.2004) == "slight")
        #expect(Kappa.reading(0.201) == "fair")
        #expect(Kappa.reading(0.4) == "fair")
        #expect(Kappa.reading(0.41) == "moderate")
        #expect(Kappa.reading(0.61) == "substantial")
        #expect(Kappa.reading(0.8) == "substantial")
        #expect(Kappa.reading(0.81) == "almost perfect")
        #expect(Kappa.reading(1) == "almost perfect")
    }

    @Test func tablesAdd() {
        var a = AgreementTable()
        a.add(first: .yes, second: .no)
        var b = AgreementTable()
        b.add(first: .notApplicable, second: .notApplicable, times: 2)
        #expect((a + b).counts == [[0, 1, 0], [0, 0, 0], [0, 0, 2]])
    }
}

extension CohenKappaTests {
    /// First marker said yes to all five; the second yes to three: pₒ = pₑ = 0.6, κ = 0, and
    /// the large-sample variance is 0.6 × 0.6² + 0.4 × 0.6² − 0.6² = 0, so the interval is empty.
    @Test func oneMarkerGivingOneAnswerIsFlagged() throws {
        let t = table([[3, 2, 0], [0, 0, 0], [0, 0, 0]])
        let k = try #require(t.kappa)
        #expect(abs(k.value) < 1e-12)
        #expect(k.standardError < 1e-9)
        #expect(t.oneMarkerGaveOneAnswer)
        #expect(!table([[3, 0, 0], [0, 0, 0], [0, 0, 0]]).oneMarkerGaveOneAnswer)
        #expect(!table([[3, 1, 0], [1, 2, 0], [0, 0, 0]]).oneMarkerGaveOneAnswer)
    }
}
