/// Agreement between two markers who each judged the same cases yes, no or not applicable:
/// the 3 × 3 table of their judgements, and from it the percentage agreement and Cohen's κ with
/// its 95 % interval.
///
/// κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the share of cases judged alike and pₑ the share
/// expected alike by chance from each marker's own mix of answers (Σ pᵢ. p.ᵢ). κ is nil when
/// pₑ is 1 (both markers gave one and the same answer to every case: nothing to tell agreement
/// from chance).
///
/// The interval is κ ± 1.959964 × SE, with the large-sample standard error of Fleiss, Cohen and
/// Everitt (1969), "Large sample standard errors of kappa and weighted kappa", Psychological
/// Bulletin 72(5), 323–327 (the one statsmodels' `cohens_kappa` computes):
///
///     var(κ) = [ Σᵢ pᵢᵢ (1 − (pᵢ. + p.ᵢ)(1 − κ))²
///              + (1 − κ)² Σᵢ≠ⱼ pᵢⱼ (p.ᵢ + pⱼ.)²
///              − (κ − pₑ (1 − κ))² ] / (n (1 − pₑ)²)
///
/// with pᵢⱼ the share of cases the first marker judged i and the second j, pᵢ. and p.ⱼ the
/// first's and second's shares. The interval is cut at −1 and 1, which κ cannot pass.
public struct AgreementTable: Sendable, Equatable {
    /// The three judgements, in the table's order.
    public static let categories: [Judgement] = [.yes, .no, .notApplicable]

    /// `counts[first][second]`, indexed as `categories`.
    public private(set) var counts: [[Int]]

    public init() { counts = Array(repeating: Array(repeating: 0, count: 3), count: 3) }

    /// A table from its counts, rows the first marker's judgement (yes, no, na), columns the second's.
    public init(counts: [[Int]]) {
        precondition(counts.count == 3 && counts.allSatisfy { $0.count == 3 }, "a 3 × 3 table")
        self.counts = counts
    }

    public mutating func add(first: Judgement, second: Judgement, times: Int = 1) {
        counts[Self.index(first)][Self.index(second)] += times
    }

    public static func + (lhs: AgreementTable, rhs: AgreementTable) -> AgreementTable {
        var sum = lhs
        for i in 0..<3 { for j in 0..<3 { sum.counts[i][j] += rhs.counts[i][j] } }
        return sum
    }

    static func index(_ judgement: Judgement) -> Int {
        switch judgement {
        case .yes: 0
        case .no: 1
        case .notApplicable: 2
        }
    }

    /// Cases judged by both.
    public var cases: Int { counts.joined().reduce(0, +) }

    /// Cases judged alike.
    public var agreements: Int { (0..<3).reduce(0) { $0 + counts[$1][$1] } }

    /// Agreements as a percentage of the cases; nil when there are none.
    public var percentAgreement: Double? {
        cases == 0 ? nil : 100 * Double(agreements) / Double(cases)
    }

    /// The share of cases expected to agree by chance, pₑ; nil when there are no cases.
    public var chanceAgreement: Double? {
        guard cases > 0 else { return nil }
        let n = Double(cases)
        return (0..<3).reduce(0.0) { sum, i in sum + Double(rowTotal(i)) / n * Double(columnTotal(i)) / n }
    }

    /// True when one marker gave every case the same answer (and the other did not): then
    /// pₒ = pₑ whatever the other marker did, so κ is 0 and the large-sample standard error 0;
    /// the interval says nothing and the percentage agreement is the figure to read.
    public var oneMarkerGaveOneAnswer: Bool {
        guard cases > 0 else { return false }
        let rows = (0..<3).filter { rowTotal($0) > 0 }.count
        let columns = (0..<3).filter { columnTotal($0) > 0 }.count
        return (rows == 1) != (columns == 1)
    }

    func rowTotal(_ i: Int) -> Int { counts[i].reduce(0, +) }
    func columnTotal(_ j: Int) -> Int { counts.reduce(0) { $0 + $1[j] } }

    /// Cohen's κ, its standard error and 95 % interval; nil when there are no cases or chance
    /// agreement is 1.
    public var kappa: Kappa? {
        guard cases > 0, let pe = chanceAgreement else { return nil }
        let n = Double(cases)
        let p = counts.map { $0.map { Double($0) / n } }
        let row = (0..<3).map { Double(rowTotal($0)) / n }
        let column = (0..<3).map { Double(columnTotal($0)) / n }
        // pₑ is a sum of products of shares; "is 1" means every case fell in one cell of the diagonal.
        guard pe < 1 - 1e-12 else { return nil }
        let po = Double(agreements) / n
        let k = (po - pe) / (1 - pe)

        var diagonal = 0.0
        var offDiagonal = 0.0
        for i in 0..<3 {
            for j in 0..<3 {
                if i == j {
                    let t = 1 - (row[i] + column[i]) * (1 - k)
                    diagonal += p[i][i] * t * t
                } else {
                    let t = column[i] + row[j]
                    offDiagonal += p[i][j] * t * t
                }
            }
        }
        let last = k - pe * (1 - k)
        let variance = (diagonal + (1 - k) * (1 - k) * offDiagonal - last * last) / (n * (1 - pe) * (1 - pe))
        // Rounding leaves a variance of 0 a hair either side of it (1e-17 or so).
        let se = variance > 1e-14 ? variance.squareRoot() : 0
        return Kappa(value: k, standardError: se)
    }
}

/// Cohen's κ with its large-sample standard error and 95 % interval.
public struct Kappa: Sendable, Equatable {
    /// The normal quantile for a two-sided 95 % interval.
    public static let z95 = 1.959964

    public var value: Double
    public var standardError: Double

    public init(value: Double, standardError: Double) {
        self.value = value
        self.standardError = standardError
    }

    /// The interval's lower end, cut at −1.
    public var low: Double { max(-1, value - Self.z95 * standardError) }
    /// The interval's upper end, cut at 1.
    public var high: Double { min(1, value + Self.z95 * standardError) }

    /// Landis and Koch's (1977) words for the strength of agreement a κ shows, read from κ rounded
    /// to three decimals, as it is printed, so that the words never disagree with the figure
    /// beside them (0.200 is "slight", 0.201 "fair"). Reports take `AgreementTable.reading(of:)`,
    /// which calls markings that never agree "no agreement" whatever the figure.
    public static func reading(_ kappa: Double) -> String {
        let shown = (kappa * 1000).rounded() / 1000
        switch shown {
        case ..<0: return "poor"
        case ...0.2: return "slight"
        case ...0.4: return "fair"
        case ...0.6: return "moderate"
        case ...0.8: return "substantial"
        default: return "almost perfect"
        }
    }
}
