import CasemarkModel
import Testing

/// Gwet's AC1 and its standard error (docs/moderation.md), against tables worked out by hand
/// and figures irrCAC 0.4.4 gives (`CAC(ratings, categories=["yes", "no", "na"]).gwet()`); the
/// report's tests check random tables against irrCAC itself.
@Suite struct GwetAC1Tests {
    func table(_ counts: [[Int]]) -> AgreementTable { AgreementTable(counts: counts) }

    /// The textbook 2 × 2 table (50 cases: 20 yes–yes, 5 yes–no, 10 no–yes, 15 no–no).
    /// πyes = (25 + 30) ÷ 100 = 0.55, πno = 0.45, πna = 0; Pe = (0.55 × 0.45 × 2) ÷ 2 = 0.2475;
    /// Pa = 0.7; AC1 = 0.4525 ÷ 0.7525 = 0.601329. irrCAC: standard error 0.087301162281.
    @Test func textbookTwoByTwo() throws {
        let ac1 = try #require(table([[20, 5, 0], [10, 15, 0], [0, 0, 0]]).ac1)
        #expect(abs(ac1.value - 0.4525 / 0.7525) < 1e-12)
        #expect(abs(try #require(ac1.standardError) - 0.087301162281) < 1e-11)
        #expect(ac1.degreesOfFreedom == 49)
    }

    /// Three answers (irrCAC: AC1 0.610231425091, standard error 0.120585290525).
    @Test func threeCategories() throws {
        let ac1 = try #require(table([[10, 2, 1], [3, 8, 1], [0, 1, 4]]).ac1)
        #expect(abs(ac1.value - 0.610231425091) < 1e-11)
        #expect(abs(try #require(ac1.standardError) - 0.120585290525) < 1e-11)
    }

    /// Every case "yes" from both: κ cannot be worked out (chance agreement 1), but AC1's Pe is 0
    /// (πyes = 1), so AC1 is 1, with standard error 0.
    @Test func allAgreeInOneCategoryIsOne() throws {
        let t = table([[7, 0, 0], [0, 0, 0], [0, 0, 0]])
        #expect(t.kappa == nil)
        let ac1 = try #require(t.ac1)
        #expect(ac1.value == 1)
        #expect(ac1.standardError == 0)
        #expect(ac1.interval(t: 2.4)! == (1, 1))
        #expect(t.reading(of: ac1.value) == "almost perfect")
    }

    /// The first said yes and the second no to all six: πyes = πno = 0.5, Pe = 0.25, Pa = 0,
    /// AC1 = −0.25 ÷ 0.75 = −1/3; every case is alike, so the variance is 0. The words are
    /// "no agreement" for both figures (κ is 0 here, which Landis and Koch call "slight").
    @Test func totalDisagreementIsNoAgreement() throws {
        let t = table([[0, 6, 0], [0, 0, 0], [0, 0, 0]])
        let ac1 = try #require(t.ac1)
        #expect(abs(ac1.value + 1.0 / 3) < 1e-12)
        #expect(try #require(ac1.standardError) < 1e-12)
        #expect(t.reading(of: ac1.value) == "no agreement")
        let kappa = try #require(t.kappa)
        #expect(kappa.value == 0)
        #expect(Kappa.reading(kappa.value) == "slight")
        #expect(t.reading(of: kappa.value) == "no agreement")
    }

    /// The prevalence effect: 90 % agreement on 20 cases nearly all "yes". κ is below 0, AC1 high
    /// (πyes = 0.95, Pe = 0.0475, AC1 = 0.8525 ÷ 0.9525 = 0.895013; irrCAC: standard error
    /// 0.075670637001, interval 0.736633 to 1, its upper end cut at 1).
    @Test func prevalenceLeavesAC1High() throws {
        let t = table([[18, 1, 0], [1, 0, 0], [0, 0, 0]])
        let kappa = try #require(t.kappa)
        #expect(kappa.value < 0)
        let ac1 = try #require(t.ac1)
        #expect(abs(ac1.value - 0.8525 / 0.9525) < 1e-12)
        #expect(abs(try #require(ac1.standardError) - 0.075670637001) < 1e-11)
        let interval = try #require(ac1.interval(t: 2.093024054408263))  // t(0.975, 19)
        #expect(abs(interval.low - 0.736632659904) < 1e-9)
        #expect(interval.high == 1)
        #expect(t.reading(of: ac1.value) == "almost perfect")
    }

    /// One case: AC1 is worked out but its variance divides by n − 1, so there is no interval.
    @Test func oneCaseHasNoInterval() throws {
        let ac1 = try #require(table([[0, 0, 0], [0, 1, 0], [0, 0, 0]]).ac1)
        #expect(ac1.value == 1)
        #expect(ac1.standardError == nil)
        #expect(ac1.interval(t: 12.7) == nil)
        #expect(AgreementTable().ac1 == nil)
    }
}
