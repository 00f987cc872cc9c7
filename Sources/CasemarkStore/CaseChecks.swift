import CasemarkModel

/// What a readable case file can still get wrong against its framework: an unknown sample, an
/// answer to a key question the framework does not have or does not mark for this sample, an
/// answer recorded where the case's own attributes make the key question not applicable, a
/// prompt the key question does not have.
enum CaseChecks {
    /// Problems that leave the case usable (its data is kept and shown) but that `validate` reports.
    static func problems(_ c: Case, file: String, framework: Framework) -> [StoreProblem] {
        var problems: [StoreProblem] = []
        func report(_ field: String?, _ message: String, _ severity: StoreProblem.Severity = .error) {
            problems.append(StoreProblem(file: file, field: field, message: message, severity: severity))
        }
        let marked = framework.standards(forSample: c.sample)
        for key in c.answers.keys.sorted() {
            let answer = c.answers[key]!
            let field = "answers.\(key)"
            guard let standard = framework.standard(containing: key), let kq = framework.keyQuestion(key) else {
                report(field, "unknown key question '\(key)'; expected one of \(marked.flatMap(\.keyQuestions).map(\.id).joined(separator: ", "))")
                continue
            }
            guard standard.ratedFrom == .cases, standard.sample == c.sample else {
                report(field, "key question \(key) is not marked for the sample '\(c.sample)'; expected one of \(marked.flatMap(\.keyQuestions).map(\.id).joined(separator: ", "))")
                continue
            }
            if let condition = kq.notApplicableWhen, condition.matches(c.attributes), !answer.isEmpty {
                report(field, "an answer is recorded, but the case's attribute \(condition.attribute) = \(c.attributes[condition.attribute] ?? "") makes \(key) not applicable; correct the attribute or clear the answer (it is not counted meanwhile)")
            }
            let known = Set(kq.prompts.map(\.id))
            for (index, prompt) in answer.prompts.enumerated() where !known.contains(prompt) {
                report("\(field).prompts.\(index)", "unknown prompt '\(prompt)' for \(key); expected one of \(kq.prompts.map(\.id).joined(separator: ", "))")
            }
        }
        for definition in framework.attributes {
            guard let value = c.attributes[definition.id]?.trimmed, !value.isEmpty else { continue }
            if !definition.values.contains(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) {
                report("attributes.\(definition.id)", "expected \(FieldChecker.list(definition.values)); found \"\(value)\" (treated as unknown)", .warning)
            }
        }
        return problems
    }
}
