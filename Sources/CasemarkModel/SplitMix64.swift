/// SplitMix64 (Steele, Lea and Flood 2014): casemark's one seeded generator, for the sample
/// draw, the second-marking draw, the benchmark's made-up inspections and the tests' random
/// inputs. Small, fast, and written out here rather than borrowed from the standard library
/// (whose generator is neither seeded nor stable), so a seed means the same numbers on every
/// platform and in every later version: a draw recorded with its seed can be repeated.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound`, without the bias of a plain remainder (Lemire's method): the
    /// sample draw's.
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }

    /// Uniform in `0..<bound` by rejecting the top values and taking the remainder: the
    /// second-marking draw's. It gives other numbers than `next(below:)` for the same seed, and
    /// both stay, because draws already recorded with a seed must come out the same.
    public mutating func nextByRejection(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let x = next()
            if x < limit { return x % bound }
        }
    }
}
