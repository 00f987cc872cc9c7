import CasemarkModel

/// What a case file can get wrong against its framework, beyond types: an unknown sample, an
/// answer to a key question the framework does not have or does not mark for this sample, an
/// answer other than "not applicable" recorded where the case's own attributes make the key
/// question not applicable, a
/// prompt the key question does not have. Read leniently from the parsed file, so that these are
/// reported even beside a type error elsewhere in the same file.
enum CaseChecks {
    struct Findings {
        var problems: [StoreProblem] = []
        /// An unknown sample: the case cannot be counted anywhere.
        var unknownSample = false
    }

    static func check(_ root: JSONValue, file: String, framework: Framework) -> Findings {
        var findings = Findings()
        func report(_ field: String?, _ message: String, _ severity: StoreProblem.Severity = .error) {
            findings.problems.append(StoreProblem(file: file, field: field, message: message, severity: severity))
        }
        guard case .string(let sample)? = root["sample"] else { return findings }
        if framework.sample(sample) == nil {
            report("sample", "unknown sample \"\(sample)\"; expected \(FieldChecker.list(framework.samples.map(\.id)))")
            findings.unknownSample = true
            return findings
        }
        var attributes: [String: String] = [:]
        if case .object(let members)? = root["attributes"] {
            for (key, value) in members {
                if case .string(let text) = value { attributes[key] = text }
            }
        }
        var expected: String { framework.standards(forSample: sample).flatMap(\.keyQuestions).map(\.id).joined(separator: ", ") }
        if case .object(let answers)? = root["answers"] {
            for (key, value) in answers {
                let field = "answers.\(key)"
                guard let standard = framework.standard(containing: key), let kq = framework.keyQuestion(key) else {
                    report(field, "unknown key question \"\(key)\"; expected one of \(expected)")
                    continue
                }
                guard standard.ratedFrom == .cases, standard.sample == sample else {
                    report(field, "key question \(key) is not marked for the sample \"\(sample)\"; expected one of \(expected)")
                    continue
                }
                if let condition = kq.notApplicableWhen, condition.matches(attributes), hasContent(value), !isNotApplicable(value) {
                    report(field, "an answer is recorded, but the case's attribute \(condition.attribute) = \(attributes[condition.attribute] ?? "") makes \(key) not applicable; correct the attribute or clear the answer (it is not counted meanwhile)")
                }
                if case .array(let prompts)? = value["prompts"] {
                    let known = kq.prompts.map(\.id)
                    for (index, prompt) in prompts.enumerated() {
                        if case .string(let id) = prompt, !known.contains(id) {
                            report("\(field).prompts.\(index)", "unknown prompt \"\(id)\" for \(key); expected \(known.isEmpty ? "none" : FieldChecker.list(known))")
                        }
                    }
                }
            }
        }
        for definition in framework.attributes {
            guard let raw = attributes[definition.id], !raw.isEmpty else { continue }
            let value = raw.trimmed
            if isUnexpected(value, for: definition) {
                report("attributes.\(definition.id)", "expected \(FieldChecker.list(definition.values)); found \"\(value)\" (treated as unknown)", .warning)
            }
        }
        return findings
    }

    /// A value the framework does not list for the attribute (letter case aside).
    static func isUnexpected(_ value: String, for definition: AttributeDefinition) -> Bool {
        !value.isEmpty && !definition.values.contains(where: { $0 == value || $0.sameIgnoringCase(value) })
    }

    /// An explicit "not applicable": it agrees with attributes that rule the key question out
    /// (import keeps one from an NA cell, so that an export comes back the same), whatever note
    /// explains it. A yes, a no, or a note or prompts with no judgement, there is still a remark.
    static func isNotApplicable(_ value: JSONValue) -> Bool {
        value["answer"] == .string(Judgement.notApplicable.rawValue)
    }

    /// An answer object with a judgement, a note or a ticked prompt.
    private static func hasContent(_ value: JSONValue) -> Bool {
        if let answer = value["answer"], answer != .null { return true }
        if case .string(let note)? = value["note"], !note.isEmpty { return true }
        if case .array(let prompts)? = value["prompts"], !prompts.isEmpty { return true }
        return false
    }
}
