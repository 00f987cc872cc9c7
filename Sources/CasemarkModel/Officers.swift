/// A responsible officer as the cases name them, with how many cases they hold: what a manager
/// picks from, and what a name that matches nobody is told.
public struct OfficerSummary: Sendable, Equatable {
    public var name: String
    /// The grades recorded on their cases (normally one: PO or PSO).
    public var grades: [String]
    public var caseCount: Int

    public init(name: String, grades: [String], caseCount: Int) {
        self.name = name
        self.grades = grades
        self.caseCount = caseCount
    }

    /// "Chloé Duval (PO, 12 cases)".
    public var label: String {
        let grade = grades.isEmpty ? "" : grades.joined(separator: "/") + ", "
        return "\(name) (\(grade)\(caseCount) case\(caseCount == 1 ? "" : "s"))"
    }
}

/// Finding an officer by the name a user typed: case-insensitive and blind to the Unicode form of
/// accents (`String.matchKey`), so "chloé duval" typed either way finds "Chloé Duval"; typed
/// without the accent it finds her too, when no other officer's name could be meant.
public enum Officers {
    /// Every officer named on `cases`, in name order; spellings that match the same key count as one.
    public static func summaries(of cases: some Sequence<Case>) -> [OfficerSummary] {
        var byKey: [String: OfficerSummary] = [:]
        var order: [String] = []
        for c in cases {
            let key = c.responsibleOfficer.name.matchKey
            var summary = byKey[key] ?? {
                order.append(key)
                return OfficerSummary(name: c.responsibleOfficer.name.trimmed, grades: [], caseCount: 0)
            }()
            summary.caseCount += 1
            if let grade = c.responsibleOfficer.grade?.trimmed, !grade.isEmpty,
                !summary.grades.contains(grade)
            {
                summary.grades.append(grade)
            }
            byKey[key] = summary
        }
        return order.compactMap { byKey[$0] }.sorted { $0.name.matchKey < $1.name.matchKey }
    }

    /// The officer whose name matches `typed`, or nil when nobody's does. The name as spelled
    /// wins; failing that, a name typed without its accents ("chloe duval" on a keyboard with no
    /// é) finds the one officer it can only mean, and nobody when it could mean two.
    public static func find(_ typed: String, in cases: some Sequence<Case>) -> OfficerSummary? {
        let key = typed.matchKey
        guard !key.isEmpty else { return nil }
        let all = summaries(of: cases)
        if let exact = all.first(where: { $0.name.matchKey == key }) { return exact }
        let loose = typed.looseMatchKey
        let candidates = all.filter { $0.name.looseMatchKey == loose }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The officers whose name contains `typed`, in name order: what a list narrows to as a name
    /// is typed. Looser than `find`: accents may be left out ("zoe" finds "Zoë Ødegård"), since
    /// the list, not the typing, makes the choice. Everyone when `typed` is blank.
    public static func matching(_ typed: String, in cases: some Sequence<Case>) -> [OfficerSummary] {
        let key = typed.looseMatchKey
        let all = summaries(of: cases)
        guard !key.isEmpty else { return all }
        return all.filter { $0.name.looseMatchKey.contains(key) }
    }

    /// The cases held by the officer whose name matches `typed`.
    public static func cases(of typed: String, in cases: [Case]) -> [Case] {
        let key = typed.matchKey
        return cases.filter { $0.responsibleOfficer.name.matchKey == key }
    }
}
