import CasemarkModel

/// One group's figures on one line: yes of applicable, percent, gauge and band. Small numbers are
/// shown as they are ("2 of 2"), and a band resting on fewer applicable cases than
/// `Indicative.minimumApplicableCases` is marked `~` (indicative).
struct Figure: Equatable {
    var counts = ""
    /// The same counts where columns are few: "2/3".
    var shortCounts = ""
    var percent: Int?
    var band: Band?
    var indicative = false
    var showGauge = false

    /// A key question's figures. Only a part of the sample (`subset`: an officer, a grade) is
    /// marked indicative: the whole sample's band is the inspection's result, however few cases.
    init(_ r: KeyQuestionResult, subset: Bool) {
        counts = r.tally.applicable == 0 ? "—" : "\(r.tally.yes) of \(r.tally.applicable)"
        shortCounts = r.tally.applicable == 0 ? "—" : "\(r.tally.yes)/\(r.tally.applicable)"
        percent = r.percent
        band = r.band
        indicative = Indicative.isIndicative(r.tally, subset: subset)
        showGauge = true
    }

    /// A standard's computed rating: for a part of the sample, indicative by the model's rule
    /// (the one the printed reports use).
    init(standard: Standard, result: StandardResult?, scoring: Scoring, subset: Bool) {
        band = result?.computed
        indicative = Indicative.isIndicative(standard: standard, computed: band, in: scoring, subset: subset)
    }

    init(band: Band?) { self.band = band }
}
