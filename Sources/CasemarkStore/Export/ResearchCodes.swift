import CasemarkModel

/// Names, ids and free text as the research database holds them: as they are, or, with
/// `--anonymise`, people and cases as codes and free text left out (docs/research-data.md says
/// exactly what is kept, for a data-protection officer).
///
/// Codes are drawn at random when a name or case is first met, so that a code says nothing about
/// the name (not its place in the alphabet, not which case came first); they hold within one
/// database only, and a second export of the same data gives other codes, so two files cannot be
/// joined on them. One person is one code whatever their role (officer, inspector, QA reviewer)
/// and in whichever inspection, names matching as `--officer` matches them (capitals and the
/// form of accents aside).
struct ResearchCodes {
    let anonymise: Bool
    private var people: [String: String] = [:]
    private var peopleByKey: [String: String] = [:]
    private var usedPeople: Set<Int> = []
    private var cases: [String: String] = [:]
    private var caseNumbers: [Int]
    private let caseCodeWidth: Int
    private var changes: [String: String] = [:]
    private var random = SystemRandomNumberGenerator()

    /// `caseCount`: every case of every inspection exported, so that case codes are a shuffle of
    /// 1…caseCount.
    init(anonymise: Bool, caseCount: Int) {
        self.anonymise = anonymise
        caseNumbers = anonymise ? Array(1...max(1, caseCount)).shuffled() : []
        caseCodeWidth = max(4, String(caseCount).count)
    }

    /// A person's name, or their code; empty or absent stays so (nobody recorded).
    mutating func person(_ name: String?) -> String? {
        guard anonymise, let name else { return name }
        if name.trimmed.isEmpty { return name }
        if let code = people[name] { return code }
        let key = name.matchKey
        let code: String
        if let known = peopleByKey[key] {
            code = known
        } else {
            // At random from a space a hundred times the people met so far, never twice.
            var n: Int
            repeat { n = Int.random(in: 1...max(999, usedPeople.count * 100), using: &random) } while usedPeople.contains(n)
            usedPeople.insert(n)
            code = "P" + Self.padded(n, to: 3)
            peopleByKey[key] = code
        }
        people[name] = code
        return code
    }

    mutating func person(_ name: String) -> String { person(Optional(name)) ?? name }

    /// A case's id, or its code (unique in the database: the same id in two inspections is two cases).
    mutating func caseID(_ id: String, in inspection: String) -> String {
        guard anonymise else { return id }
        let key = inspection + "\u{0}" + id
        if let code = cases[key] { return code }
        let code = "C" + Self.padded(caseNumbers.popLast() ?? cases.count + 1, to: caseCodeWidth)
        cases[key] = code
        return code
    }

    /// A change's or comment's id within its file (`scope`), or a code for it. Anonymised, ids
    /// are codes too: an id worked out from a case's content (a first value's id, a comment's)
    /// could be matched against guessed case ids.
    mutating func changeID(_ id: String, scope: String) -> String {
        guard anonymise else { return id }
        let key = scope + "\u{0}" + id
        if let code = changes[key] { return code }
        let code = "X\(changes.count + 1)"
        changes[key] = code
        return code
    }

    /// Free text (a note, a reason, a comment), left out when anonymised.
    func text(_ text: String?) -> String? { anonymise ? nil : text }

    static func padded(_ n: Int, to width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
