import Foundation

/// Student's t distribution: its distribution function and quantiles, for AC1's interval
/// (Student's t with cases − 1 degrees of freedom, as the irrCAC package computes it; see
/// docs/moderation.md). Written here rather
/// than taken from a library: a few functions over the C library's lgamma, log and exp, and no
/// package on casemark's list offers them. Checked against scipy's `t.ppf` and `t.cdf` in the
/// tests (StudentTTests, IrrCACTests).
///
/// P(T ≤ t) for t ≥ 0 is 1 − I_x(ν/2, 1/2) ÷ 2 with x = ν ÷ (ν + t²), where I is the regularised
/// incomplete beta function, worked out by its continued fraction (Numerical Recipes, 3rd ed.,
/// §6.4, evaluated by the modified Lentz method).
public enum StudentT {
    /// P(T ≤ t) with `degreesOfFreedom` ν > 0; good to about 1e-15 up to ν = 1,000, less far
    /// above it (see `cornishFisher`), which is why `quantile` leaves it there.
    static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be more than 0")
        if t.isNaN { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let t2 = t * t
        // Both x and 1 − x from t directly: 1 − x is small for a large t, x near 1 for a large ν.
        let tail = incompleteBeta(a: nu / 2, b: 0.5, logBeta: logBetaHalf(nu / 2), x: nu / (nu + t2), oneMinusX: t2 / (nu + t2)) / 2
        return t >= 0 ? 1 - tail : tail
    }

    /// The t with P(T ≤ t) = `probability` (0 < probability < 1), as scipy's `t.ppf`.
    public static func quantile(_ probability: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(probability > 0 && probability < 1, "a probability between 0 and 1")
        precondition(nu > 0, "degrees of freedom must be more than 0")
        if probability == 0.5 { return 0 }
        if probability < 0.5 { return -quantile(1 - probability, degreesOfFreedom: nu) }
        if nu > 1000 { return cornishFisher(normalQuantile(probability), degreesOfFreedom: nu) }
        // The distribution function rises with t: bracket the answer, then halve the bracket
        // until it is as narrow as a Double can tell (about 60 halvings).
        var low = 0.0
        var high = 1.0
        while cdf(high, degreesOfFreedom: nu) < probability {
            low = high
            high *= 2
            if high > 1e300 { return .infinity }
        }
        while true {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { return middle }
            if cdf(middle, degreesOfFreedom: nu) < probability { low = middle } else { high = middle }
        }
    }

    /// Above 1,000 degrees of freedom the continued fraction needs thousands of steps and loses
    /// digits on the way (its x nears the edge where it converges), so the quantile is taken from
    /// the normal one by the Cornish–Fisher expansion (Abramowitz and Stegun 26.7.5), whose first
    /// term left out is of order ν⁻⁵: within 1e-15 of the exact value at ν = 1,000 for the 97.5 %
    /// point, closer above.
    static func cornishFisher(_ z: Double, degreesOfFreedom nu: Double) -> Double {
        let z2 = z * z
        let g1 = z * (z2 + 1) / 4
        let g2 = z * ((5 * z2 + 16) * z2 + 3) / 96
        let g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384
        let g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160
        return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu
    }

    /// The normal distribution's quantile for p > ½, by halving a bracket on erfc.
    static func normalQuantile(_ p: Double) -> Double {
        let tail = 1 - p
        var low = 0.0
        var high = 40.0
        while true {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { return middle }
            if erfc(middle / 2.0.squareRoot()) / 2 > tail { low = middle } else { high = middle }
        }
    }

    /// ln B(a, ½) = ln Γ(a) + ln Γ(½) − ln Γ(a + ½). For a large, ln Γ(a + ½) − ln Γ(a) is taken
    /// from Stirling's series for the two: each alone is large (10¹⁰ at a = 5 × 10⁸) and their
    /// difference, about ½ ln a, would lose its last digits, and with them the t of a large sample.
    static func logBetaHalf(_ a: Double) -> Double {
        let logGammaHalf = 0.5 * log(Double.pi)
        guard a > 30 else { return lgamma(a) + logGammaHalf - lgamma(a + 0.5) }
        // ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π), to the z⁻⁷ term (the next is below 10⁻¹⁶ here).
        func series(_ z: Double) -> Double {
            let z2 = z * z
            return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z
        }
        let difference = 0.5 * log(a) + (a * log1p(0.5 / a) - 0.5) + series(a + 0.5) - series(a)
        return logGammaHalf - difference
    }

    /// The regularised incomplete beta function I_x(a, b), given ln B(a, b), x and 1 − x.
    static func incompleteBeta(a: Double, b: Double, logBeta: Double, x: Double, oneMinusX: Double) -> Double {
        if x <= 0 { return 0 }
        if oneMinusX <= 0 { return 1 }
        // log of whichever of x and 1 − x is near 1 through log1p of the other, which keeps its digits.
        let logX = x > 0.5 ? log1p(-oneMinusX) : log(x)
        let logOneMinusX = oneMinusX > 0.5 ? log1p(-x) : log(oneMinusX)
        let logFront = a * logX + b * logOneMinusX - logBeta
        let front = exp(logFront)
        // The continued fraction converges quickly for x < (a + 1) / (a + b + 2); above it, by
        // symmetry, I_x(a, b) = 1 − I_{1−x}(b, a).
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - front * continuedFraction(a: b, b: a, x: oneMinusX) / b
    }

    /// The continued fraction for I_x(a, b) (Numerical Recipes' betacf), by modified Lentz.
    static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...100_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-16 { break }
        }
        return h
    }
}
