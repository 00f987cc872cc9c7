/// Gwet's AC1 over the three judgements yes / no / not applicable (docs/moderation.md):
///
///     Pa  = agreements ÷ cases
///     πₖ  = the share of judgement k among both markers' answers
///     Pe  = Σₖ πₖ (1 − πₖ) ÷ (3 − 1)
///     AC1 = (Pa − Pe) ÷ (1 − Pe)
///
/// Unlike κ it does not collapse when nearly every case gets the same answer (the prevalence
/// effect: κ's chance agreement then nears 1, AC1's Pe nears 0), so it is reported beside κ.
///
/// Its variance is Gwet's (2008), "Computing inter-rater reliability and its variance in the
/// presence of high agreement", British Journal of Mathematical and Statistical Psychology 61,
/// 29–48, with no finite-population correction, as the irrCAC package computes it: each case i
/// gets AC1ᵢ = (paᵢ − Pe) ÷ (1 − Pe), with paᵢ 1 when the two agree and 0 when not, and
/// peᵢ = Σₖ (rᵢₖ ÷ 2)(1 − πₖ) ÷ (3 − 1), with rᵢₖ how many of the two judged case i k; then
///
///     AC1ᵢ* = AC1ᵢ − 2 (1 − AC1)(peᵢ − Pe) ÷ (1 − Pe)
///     var(AC1) = Σᵢ (AC1ᵢ* − AC1)² ÷ (n (n − 1))
///
/// A case's figures depend only on the cell of the table it falls in, so the sum runs over the
/// nine cells. Pe is at most 1/3 (three judgements), so AC1 is defined whenever a case is.
public struct AC1: Sendable, Equatable {
    public var value: Double
    /// nil with one case (the variance divides by n − 1).
    public var standardError: Double?
    public var cases: Int

    public init(value: Double, standardError: Double?, cases: Int) {
        self.value = value
        self.standardError = standardError
        self.cases = cases
    }

    /// The degrees of freedom of the Student's t the interval takes: cases − 1.
    public var degreesOfFreedom: Int { cases - 1 }

    /// The interval AC1 ± `t` standard errors, where `t` is Student's t quantile for the level
    /// wanted with `degreesOfFreedom` (the model has no transcendental functions, so the caller
    /// supplies it). The upper end is cut at 1, which AC1 cannot pass; the lower end is left as it
    /// is, as irrCAC leaves it. nil with one case.
    public func interval(t: Double) -> (low: Double, high: Double)? {
        guard let standardError else { return nil }
        return (value - t * standardError, min(1, value + t * standardError))
    }
}

extension AgreementTable {
    /// Gwet's AC1 and its standard error; nil when there are no cases.
    public var ac1: AC1? {
        guard cases > 0 else { return nil }
        let n = Double(cases)
        let share = (0..<3).map { Double(rowTotal($0) + columnTotal($0)) / (2 * n) }
        let pe = share.reduce(0.0) { $0 + $1 * (1 - $1) } / 2
        let pa = Double(agreements) / n
        let value = (pa - pe) / (1 - pe)
        guard cases > 1 else { return AC1(value: value, standardError: nil, cases: cases) }
        var sum = 0.0
        for i in 0..<3 {
            for j in 0..<3 where counts[i][j] > 0 {
                let caseAC1 = ((i == j ? 1 : 0) - pe) / (1 - pe)
                let casePe = ((1 - share[i]) + (1 - share[j])) / 4
                let deviation = caseAC1 - 2 * (1 - value) * (casePe - pe) / (1 - pe) - value
                sum += Double(counts[i][j]) * deviation * deviation
            }
        }
        return AC1(value: value, standardError: (sum / (n * (n - 1))).squareRoot(), cases: cases)
    }

    /// Landis and Koch's words for a coefficient worked out on this table (κ or AC1), except that
    /// markings that never agree are called what they are, "no agreement", whatever the figure
    /// (κ is 0 when one inspector gave every case the same answer, which the scale calls "slight").
    public func reading(of coefficient: Double) -> String {
        cases > 0 && agreements == 0 ? "no agreement" : Kappa.reading(coefficient)
    }
}
