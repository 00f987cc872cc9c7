/// What `inspection.json` of a blind second marking records about the marking it repeats:
/// which inspection (its folder, as given when the second marking was drawn, made absolute, and
/// its provider), the seed of the draw and how many cases were drawn, so the same draw can be
/// made again and `compare` can say what is compared with what.
public struct SecondMarkingOrigin: Sendable, Equatable {
    /// The first marking's folder, absolute, on the machine where the draw was made.
    public var inspection: String
    public var provider: String
    public var seed: Int
    public var cases: Int

    public init(inspection: String, provider: String, seed: Int, cases: Int) {
        self.inspection = inspection
        self.provider = provider
        self.seed = seed
        self.cases = cases
    }
}
