/// Drawing the cases for a blind second marking: N of an inspection's complete cases, chosen
/// reproducibly from a seed (the same seed and cases give the same draw on any machine, in any
/// later version: the generator and the shuffle are written out here, not borrowed from the
/// standard library, whose algorithms may change), each copied without its answers, notes,
/// history or status, so that the second marker marks blind.
public enum SecondMarkDraw {
    /// Why the draw cannot be made.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case notEnoughCompleteCases(asked: Int, complete: Int)
        case noCasesAsked(Int)

        public var description: String {
            switch self {
            case .notEnoughCompleteCases(let asked, let complete):
                "--cases \(asked) is more than the inspection's complete cases (\(complete)); expected at most \(complete)"
            case .noCasesAsked(let asked):
                "--cases \(asked): expected a whole number of at least 1"
            }
        }
    }

    /// `count` of `cases`' complete cases, drawn with `seed`, blind, in case-id order.
    public static func draw(_ cases: [Case], count: Int, seed: UInt64) throws(Problem) -> [Case] {
        guard count >= 1 else { throw .noCasesAsked(count) }
        let complete = cases.filter { $0.status == .complete }.sorted { $0.id < $1.id }
        guard count <= complete.count else {
            throw .notEnoughCompleteCases(asked: count, complete: complete.count)
        }
        var generator = SplitMix64(seed: seed)
        var pool = complete
        // The first `count` places of a Fisher–Yates shuffle are a uniform draw without replacement.
        for i in 0..<count {
            let j = i + Int(generator.nextByRejection(below: UInt64(pool.count - i)))
            pool.swapAt(i, j)
        }
        return pool.prefix(count).map(blind).sorted { $0.id < $1.id }
    }

    /// The case as the second marker receives it: officer, sample and attributes only.
    public static func blind(_ c: Case) -> Case {
        Case(id: c.id, sample: c.sample, responsibleOfficer: c.responsibleOfficer, attributes: c.attributes)
    }
}
