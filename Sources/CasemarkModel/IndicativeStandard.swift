extension Indicative {
    /// A standard's rating computed from a part of the sample (an officer, a grade) is indicative
    /// when any of its key questions' bands is: the lowest band may be the one resting on few
    /// cases. The screens and every printed format use this one rule, so that print says what the
    /// screen says (`~OS` there, "indicative" here). Only a computed rating can be indicative.
    public static func isIndicative(standard: Standard, in results: InspectionResults) -> Bool {
        guard results.standard(standard.id)?.computed != nil else { return false }
        return standard.keyQuestions.contains { kq in
            results.keyQuestion(kq.id).map { isIndicative($0.tally) } ?? false
        }
    }
}
