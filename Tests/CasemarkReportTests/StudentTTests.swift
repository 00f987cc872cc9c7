import Foundation
import Testing
@testable import CasemarkReport

/// Student's t against values known in closed form and scipy 1.12's `t.ppf` (which is itself
/// good to about 1e-10; IrrCACTests compares with scipy on many more).
@Suite struct StudentTTests {
    func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool { abs(a - b) <= relative * max(1, abs(b)) }

    /// ν = 1 is the Cauchy distribution: t = tan(π (p − ½)). ν = 2: t = (2p − 1) ÷ √(2p(1 − p)).
    /// ν = 4, t = −1.5: F = ½ + (x ÷ 2)(1 + (1 − x²) ÷ 2) with x = t ÷ √(ν + t²) = −0.6, so 0.104.
    @Test func closedForms() {
        for p in [0.6, 0.9, 0.975, 0.995, 0.9995] {
            #expect(close(StudentT.quantile(p, degreesOfFreedom: 1), tan(Double.pi * (p - 0.5)), relative: 1e-11))
            #expect(close(StudentT.quantile(p, degreesOfFreedom: 2), (2 * p - 1) / (2 * p * (1 - p)).squareRoot()))
        }
        #expect(close(StudentT.cdf(-1.5, degreesOfFreedom: 4), 0.104))
        #expect(close(StudentT.cdf(1.5, degreesOfFreedom: 4), 0.896))
        #expect(StudentT.cdf(0, degreesOfFreedom: 7) == 0.5)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 7) == 0)
    }

    /// The 97.5 % points that AC1's 95 % interval takes, worked out by mpmath at 40 digits
    /// (`findroot` on 1 − betainc(ν/2, ½, 0, ν/(ν + t²)) / 2). scipy 1.12's `t.ppf` agrees with them
    /// to about 1e-9 only (2.009575234 for ν = 49), so these, not scipy's, are the reference.
    @Test func ninetySevenAndAHalfPercentPoints() {
        let exact: [(Double, Double)] = [
            (3, 3.1824463052837096), (4, 2.7764451051977944), (5, 2.5705818356363155), (9, 2.2621571627982055),
            (10, 2.2281388519862747), (19, 2.0930240544083098), (29, 2.0452296421327043), (49, 2.0095752371292397),
            (99, 1.9842169515864175), (500, 1.9647198374673678), (999, 1.96234146113345),
            (1000, 1.9623390808264085), (1001, 1.9623367052808799), (2000, 1.961150826099438), (9999, 1.9602012636213577),
            (99999, 1.9599877077718448), (4_000_000, 1.9599645776080382), (1e9, 1.9599639869123255),
        ]
        for (nu, t) in exact {
            #expect(close(StudentT.quantile(0.975, degreesOfFreedom: nu), t), "ν = \(nu)")
        }
        #expect(close(StudentT.quantile(0.995, degreesOfFreedom: 3), 5.8409093097333573))
        #expect(close(StudentT.quantile(0.6, degreesOfFreedom: 7), 0.26316686135202281))
        #expect(close(StudentT.quantile(0.025, degreesOfFreedom: 10), -2.2281388519862747))
        // Either side of where the quantile turns from the continued fraction to Cornish–Fisher.
        #expect(close(StudentT.quantile(0.9995, degreesOfFreedom: 1000), 3.3002826484239129))
        #expect(close(StudentT.quantile(0.9995, degreesOfFreedom: 1001), 3.3002728760660091, relative: 1e-13))
        #expect(close(StudentT.cdf(2, degreesOfFreedom: 500), 0.97697965861548428))
    }
}
