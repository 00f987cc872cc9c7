import CasemarkModel
import Foundation

/// Reads a case file in one pass over its bytes, straight into a `Case` (by the fields
/// `CaseFileFields` declares), when the file is plain: every field known and of the right type,
/// no duplicate, no `null`, nothing the framework would remark on. Almost every file is (casemark writes them so), and opening 10,000 of them is most
/// of the time it takes to open an inspection.
///
/// Anything else gives nil, and the file is read again by the careful path (`JSONReader`,
/// `FieldChecker`, `CaseChecks`), which says exactly what is wrong, where, and what was
/// expected. So this reader never has to explain anything; it only has to be sure: when it
/// returns a case, the careful path returns the same case with no problem at all (the loader
/// fuzz test checks this on every input it makes).
struct PlainCaseReader: Sendable {
    let framework: Framework
    private let samples: Set<String>
    /// What CaseChecks asks of an answer to each key question, from the framework's answer to
    /// `standard(containing:)` and `keyQuestion(_:)` for its id.
    private let rules: [String: AnswerRule]
    private let vocabulary: HistoryGraph.Vocabulary

    /// One object per key question, so that looking one up copies a reference, not a standard.
    private final class AnswerRule: Sendable {
        /// The sample whose cases answer it; nil when it is not marked from cases.
        let sample: String?
        let notApplicableWhen: AttributeCondition?
        let prompts: Set<String>

        init(standard: Standard, keyQuestion: KeyQuestion) {
            sample = standard.ratedFrom == .cases ? standard.sample : nil
            notApplicableWhen = keyQuestion.notApplicableWhen
            prompts = Set(keyQuestion.prompts.map(\.id))
        }
    }

    init(framework: Framework) {
        self.framework = framework
        samples = Set(framework.samples.map(\.id))
        var rules: [String: AnswerRule] = [:]
        for kq in framework.keyQuestions where rules[kq.id] == nil {
            if let standard = framework.standard(containing: kq.id), let found = framework.keyQuestion(kq.id) {
                rules[kq.id] = AnswerRule(standard: standard, keyQuestion: found)
            }
        }
        self.rules = rules
        vocabulary = HistoryGraph.Vocabulary(framework)
    }

    /// The case in `bytes`, or nil when the file is not plain (read it carefully instead).
    func read(_ bytes: UnsafeRawBufferPointer) -> Case? {
        var cursor = ByteCursor(bytes)
        // Fields and types (what FieldChecker and SchemaVersionCheck check), by the one table.
        guard let c = CaseFileFields.case.read(&cursor) else { return nil }
        cursor.skipSpace()
        guard cursor.atEnd, fitsFramework(c) else { return nil }
        let read = c.givingChangesIDs()
        // A history with a break is read carefully, which names it.
        return HistoryGraph.isSound(read, in: vocabulary) ? read : nil
    }

    // MARK: - Against the framework (what CaseChecks checks)

    private func fitsFramework(_ c: Case) -> Bool {
        guard samples.contains(c.sample) else { return false }
        for (id, answer) in c.answers {
            guard let rule = rules[id], let sample = rule.sample, sample == c.sample else { return false }
            if let condition = rule.notApplicableWhen, !answer.isEmpty, answer.answer != .notApplicable, condition.matches(c.attributes) { return false }
            if !answer.prompts.allSatisfy(rule.prompts.contains) { return false }
        }
        for definition in framework.attributes {
            guard let raw = c.attributes[definition.id], !raw.isEmpty else { continue }
            if CaseChecks.isUnexpected(raw.trimmed, for: definition) { return false }
        }
        return true
    }
}
