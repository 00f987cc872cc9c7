/// Below this many applicable cases (yes + no) a key question's band for a part of the sample
/// (one officer, one grade) is shown as indicative: with 2 cases one answer moves it 50 points.
/// The whole sample's figures are the inspection's own results, however few the cases, and are
/// never indicative: every rule here takes `subset` (the figures are a part of the sample) so
/// that no caller spells that condition itself. The screens and every printed format use these
/// rules, so that print says what the screen says (`~OS` there, "indicative" here).
public enum Indicative {
    public static let minimumApplicableCases = 10

    /// A band's name as shown where columns are few, `~` before it when indicative ("~GD",
    /// "~Good"): the screens, the narrow printed tables and the chart labels.
    public static func marked(_ name: String, indicative: Bool) -> String { (indicative ? "~" : "") + name }

    /// A band's name in words, as the printed reports give it where there is room: "Good
    /// (indicative)".
    public static func inWords(_ name: String, indicative: Bool) -> String { indicative ? "\(name) (indicative)" : name }

    /// A key question's band from `tally`, counted in a part of the sample (`subset`) or in the
    /// whole of it.
    public static func isIndicative(_ tally: Tally, subset: Bool) -> Bool {
        subset && tally.applicable > 0 && tally.applicable < minimumApplicableCases
    }

    /// A standard's rating computed from a part of the sample is indicative when any of its key
    /// questions' bands is: the lowest band may be the one resting on few cases. Only a computed
    /// rating can be indicative. `tally` gives a key question's counts (nil: none).
    public static func isIndicative(
        standard: Standard, computed: Band?, subset: Bool, tally: (String) -> Tally?
    ) -> Bool {
        guard subset, computed != nil else { return false }
        return standard.keyQuestions.contains { kq in tally(kq.id).map { isIndicative($0, subset: true) } ?? false }
    }

    /// The standard's rule on a report's results.
    public static func isIndicative(standard: Standard, in results: InspectionResults, subset: Bool) -> Bool {
        isIndicative(standard: standard, computed: results.standard(standard.id)?.computed, subset: subset) {
            results.keyQuestion($0)?.tally
        }
    }

    /// The standard's rule on a screen's running scoring, `computed` its band worked out from it.
    public static func isIndicative(standard: Standard, computed: Band?, in scoring: Scoring, subset: Bool) -> Bool {
        isIndicative(standard: standard, computed: computed, subset: subset) { scoring.tally($0) }
    }
}
