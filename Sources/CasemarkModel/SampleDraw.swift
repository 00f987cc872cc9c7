/// Drawing an inspection's case sample from the eligible caseload so that it matches the
/// population's make-up (HMIP's 2019 London CRC inspection report, Annex 1: "the ratios in
/// relation to gender, type of disposal and risk of serious harm level matched those in the
/// eligible population").
///
/// Proportional allocation by largest remainders: each stratum's quota is `size × its share`;
/// every stratum gets the whole part of its quota, and the places left go to the largest
/// fractional parts (ties to the stratum first in name order). Within a stratum the cases are
/// drawn at random without replacement by a generator seeded with `seed`, from the stratum's
/// cases in case-id order, so the same population, size, strata and seed give the same cases
/// whatever the order of the rows.
public enum SampleDraw {
    /// One stratum: its values of the strata columns, its population and its share of the sample.
    public struct Stratum: Sendable, Equatable {
        /// One value per strata column, in the order of the columns; "" where the case has none.
        public var values: [String]
        public var population: Int
        public var allocated: Int
    }

    public struct Result: Sendable {
        public var strata: [Stratum]
        /// The cases drawn, in case-id order.
        public var cases: [Case]
    }

    /// A case's value in a strata column: `sample`, `officer_grade`, `responsible_officer` or an
    /// attribute (matched without regard to capitals); "" where there is none.
    public static func value(of c: Case, in column: String) -> String {
        switch column.lowercased() {
        case "sample": return c.sample
        case "officer_grade": return c.responsibleOfficer.grade?.trimmed ?? ""
        case "responsible_officer": return c.responsibleOfficer.name.trimmed
        default: return c.attribute(named: column)?.trimmed ?? ""
        }
    }

    /// The population split by the strata columns, in the order of their values.
    public static func strata(of population: [Case], by columns: [String]) -> [(values: [String], cases: [Case])] {
        var groups: [[String]: [Case]] = [:]
        for c in population { groups[columns.map { value(of: c, in: $0) }, default: []].append(c) }
        return groups.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { key in
            (values: key, cases: groups[key]!.sorted { $0.id < $1.id })
        }
    }

    /// How many of `size` places each stratum of these sizes gets: proportional, by largest
    /// remainders. The counts add up to `size` (when `size` is at most the total) and none is
    /// more than its stratum.
    public static func allocate(_ size: Int, among sizes: [Int]) -> [Int] {
        let total = sizes.reduce(0, +)
        guard total > 0, size > 0 else { return sizes.map { _ in 0 } }
        let size = min(size, total)
        // In integers: quota = size × n / total, its whole part and its remainder over total.
        var counts = sizes.map { size * $0 / total }
        let remainders = sizes.map { size * $0 % total }
        var left = size - counts.reduce(0, +)
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for i in order where left > 0 && counts[i] < sizes[i] {
            counts[i] += 1
            left -= 1
        }
        return counts
    }

    /// Draws `size` cases from `population` across the strata of `columns`, reproducibly for `seed`.
    /// The cases drawn carry no answers, notes nor history: the sample is still to be marked.
    public static func draw(_ population: [Case], size: Int, seed: UInt64, strata columns: [String]) -> Result {
        let groups = strata(of: population, by: columns)
        let allocation = allocate(size, among: groups.map(\.cases.count))
        var random = SplitMix64(seed: seed)
        var chosen: [Case] = []
        var strata: [Stratum] = []
        for (group, count) in zip(groups, allocation) {
            strata.append(Stratum(values: group.values, population: group.cases.count, allocated: count))
            // Fisher–Yates, stopped after `count` places: a uniform draw without replacement.
            var pool = group.cases
            for i in 0..<count {
                let j = i + Int(random.next(below: UInt64(pool.count - i)))
                pool.swapAt(i, j)
                var c = pool[i]
                c.answers = [:]
                c.history = []
                c.status = .inProgress
                chosen.append(c)
            }
        }
        return Result(strata: strata, cases: chosen.sorted { $0.id < $1.id })
    }
}

/// Each stratum's share of a sample beside its share of the population it was drawn from.
public struct SampleCheck: Sendable {
    public struct Row: Sendable, Equatable {
        public var values: [String]
        public var sample: Int
        public var population: Int
        /// Percent of the whole sample, and of the whole population, to one decimal place.
        public var sampleShare: Double
        public var populationShare: Double

        /// Sample share minus population share, in percentage points.
        public var difference: Double { sampleShare - populationShare }
        /// Off by more than `SampleCheck.tolerance` points.
        public var isOff: Bool { abs(difference) > SampleCheck.tolerance }
    }

    /// Points a stratum's share may differ by before it is flagged.
    public static let tolerance = 5.0

    public var columns: [String]
    public var rows: [Row]
    public var sampleSize: Int
    public var populationSize: Int

    public var anyOff: Bool { rows.contains(where: \.isOff) }

    public init(sample: [Case], population: [Case], strata columns: [String]) {
        self.columns = columns
        sampleSize = sample.count
        populationSize = population.count
        var inSample: [[String]: Int] = [:]
        var inPopulation: [[String]: Int] = [:]
        for c in sample { inSample[columns.map { SampleDraw.value(of: c, in: $0) }, default: 0] += 1 }
        for c in population { inPopulation[columns.map { SampleDraw.value(of: c, in: $0) }, default: 0] += 1 }
        let keys = Set(inSample.keys).union(inPopulation.keys).sorted { $0.lexicographicallyPrecedes($1) }
        func share(_ n: Int, of total: Int) -> Double { total == 0 ? 0 : (Double(n) * 1000 / Double(total)).rounded() / 10 }
        rows = keys.map { key in
            let s = inSample[key] ?? 0, p = inPopulation[key] ?? 0
            return Row(
                values: key, sample: s, population: p,
                sampleShare: share(s, of: sample.count), populationShare: share(p, of: population.count))
        }
    }
}

/// The sample size for estimating a proportion to within `margin` at a confidence level, with the
/// finite-population correction: the standard calculation behind "a confidence level of 80 per
/// cent (with a margin of error of five)" (HMIP's 2019 London CRC
/// inspection report, Annex 1).
public enum SampleSize {
    /// z for 80 % confidence, two-sided: the 90th percentile of the standard normal distribution.
    public static let z80 = 1.2816

    /// `n0 = z² · p(1 − p) / e²` with p = 0.5 (the worst case: any key question's percent may be
    /// near 50), then `n = n0 / (1 + (n0 − 1) / N)` for a population of N, rounded up.
    public static func needed(population: Int, z: Double = z80, margin: Double = 0.05) -> Int {
        guard population > 0 else { return 0 }
        let n0 = z * z * 0.25 / (margin * margin)
        let n = n0 / (1 + (n0 - 1) / Double(population))
        return min(population, Int(n.rounded(.up)))
    }
}
