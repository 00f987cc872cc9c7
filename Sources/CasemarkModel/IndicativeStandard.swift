extension Indicative {
    /// A standard's rating computed from a part of the sample (an officer, a grade) is indicative
    /// when any of its key questions' bands is: the lowest band may be the one resting on few
    /// cases. The screens and every printed format use this one rule, so that print says what the
    /// screen says (`~OS` there, "indicative" here). Only a computed rating can be indicative.
    /// `tally` gives a key question's counts in that part of the sample (nil: none).
    public static func isIndicative(standard: Standard, computed: Band?, tally: (String) -> Tally?) -> Bool {
        guard computed != nil else { return false }
        return standard.keyQuestions.contains { kq in tally(kq.id).map { isIndicative($0) } ?? false }
    }

    /// The rule on a report's results.
    public static func isIndicative(standard: Standard, in results: InspectionResults) -> Bool {
        isIndicative(standard: standard, computed: results.standard(standard.id)?.computed) { results.keyQuestion($0)?.tally }
    }

    /// The rule on a screen's running scoring, `computed` the standard's band worked out from it.
    public static func isIndicative(standard: Standard, computed: Band?, in scoring: Scoring) -> Bool {
        isIndicative(standard: standard, computed: computed) { scoring.tally($0) }
    }
}
