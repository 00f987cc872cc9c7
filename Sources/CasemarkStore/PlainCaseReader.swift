import CasemarkModel
import Foundation

/// Reads a case file in one pass over its bytes, straight into a `Case`, when the file is plain:
/// every field known and of the right type, no duplicate, no `null`, nothing the framework would
/// remark on. Almost every file is (casemark writes them so), and opening 10,000 of them is most
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
    }

    /// The case in `bytes`, or nil when the file is not plain (read it carefully instead).
    func read(_ bytes: UnsafeRawBufferPointer) -> Case? {
        var cursor = ByteCursor(bytes)
        guard let c = readCase(&cursor) else { return nil }
        cursor.skipSpace()
        guard cursor.atEnd, fitsFramework(c) else { return nil }
        return c
    }

    // MARK: - Fields and types (what FieldChecker and SchemaVersionCheck check)

    private func readCase(_ cursor: inout ByteCursor) -> Case? {
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var version: Int?
        var id: String?
        var sample: String?
        var officer: ResponsibleOfficer?
        var attributes: [String: String] = [:]
        var status = CaseStatus.inProgress
        var answers: [String: Answer] = [:]
        var conflicts: [String: [String]] = [:]
        var history: [HistoryEntry] = []
        var comments: [CommentEntry] = []
        let whole = readFields(&cursor, as: UInt16.self) { key, cursor in
            if key.spells("answers") {
                guard let read = readAnswers(&cursor) else { return nil }
                answers = read
                return 1
            } else if key.spells("history") {
                guard let read = readHistory(&cursor) else { return nil }
                history = read
                return 2
            } else if key.spells("id") {
                guard let text = cursor.string(), hasText(text) else { return nil }
                id = text
                return 4
            } else if key.spells("sample") {
                guard let text = cursor.string(), hasText(text) else { return nil }
                sample = text
                return 8
            } else if key.spells("responsibleOfficer") {
                guard let read = readOfficer(&cursor) else { return nil }
                officer = read
                return 16
            } else if key.spells("attributes") {
                guard let read = readAttributes(&cursor) else { return nil }
                attributes = read
                return 32
            } else if key.spells("status") {
                guard let read = readWord(&cursor, ("in-progress", CaseStatus.inProgress), ("complete", .complete)) else { return nil }
                status = read
                return 64
            } else if key.spells("schemaVersion") {
                guard let number = cursor.smallPositiveInteger(), number <= Case.supportedSchemaVersion else { return nil }
                version = number
                return 128
            } else if key.spells("conflicts") {
                guard let read = readObject(&cursor, { readStrings(&$0) }) else { return nil }
                conflicts = read
                return 256
            } else if key.spells("comments") {
                guard let read = readArray(&cursor, { readCommentEntry(&$0) }) else { return nil }
                comments = read
                return 512
            } else {
                return nil
            }
        }
        guard whole else { return nil }
        guard let version, let id, let sample, let officer else { return nil }
        return Case(
            id: id, sample: sample, responsibleOfficer: officer, attributes: attributes, status: status,
            answers: answers, conflicts: conflicts, history: history, comments: comments, schemaVersion: version
        ).givingChangesIDs()
    }

    private func readOfficer(_ cursor: inout ByteCursor) -> ResponsibleOfficer? {
        guard cursor.take(UInt8(ascii: "{")), !cursor.take(UInt8(ascii: "}")) else { return nil }
        var name: String?
        var grade: String?
        while true {
            guard let key = cursor.key() else { return nil }
            if key.spells("name") {
                guard name == nil, let text = cursor.string(), hasText(text) else { return nil }
                name = text
            } else if key.spells("grade") {
                guard grade == nil, let text = cursor.string() else { return nil }
                grade = text
            } else {
                return nil
            }
            guard let more = cursor.next(UInt8(ascii: "}")) else { return nil }
            if !more { break }
        }
        guard let name else { return nil }
        return ResponsibleOfficer(name: name, grade: grade)
    }

    private func readAttributes(_ cursor: inout ByteCursor) -> [String: String]? {
        readObject(&cursor) { $0.string() }
    }

    private func readAnswers(_ cursor: inout ByteCursor) -> [String: Answer]? {
        readObject(&cursor) { readAnswer(&$0) }
    }

    /// An object whose field names are fixed: `field` reads the value of the field named `key`
    /// and gives the field's bit, or nil for a field unknown or badly typed. False also at a
    /// field given twice. The opening brace is the caller's, so it can say whether `{}` will do.
    @inline(__always)
    private func readFields<Bits: FixedWidthInteger>(
        _ cursor: inout ByteCursor, as _: Bits.Type, _ field: (UnsafeBufferPointer<UInt8>, inout ByteCursor) -> Bits?
    ) -> Bool {
        var seen: Bits = 0
        while true {
            guard let key = cursor.key(), let bit = field(key, &cursor), seen & bit == 0 else { return false }
            seen |= bit
            guard let more = cursor.next(UInt8(ascii: "}")) else { return false }
            if !more { return true }
        }
    }

    /// An object whose field names are free (attribute names, key question ids), each value read
    /// by `value`.
    @inline(__always)
    private func readObject<Value>(_ cursor: inout ByteCursor, _ value: (inout ByteCursor) -> Value?) -> [String: Value]? {
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var object: [String: Value] = [:]
        if cursor.take(UInt8(ascii: "}")) { return object }
        while true {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")), let read = value(&cursor) else { return nil }
            // A second field with the same name (as Swift compares names, like the careful reader).
            guard object.updateValue(read, forKey: key) == nil else { return nil }
            guard let more = cursor.next(UInt8(ascii: "}")) else { return nil }
            if !more { break }
        }
        return object
    }

    private func readAnswer(_ cursor: inout ByteCursor) -> Answer? {
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var answer = Answer()
        if cursor.take(UInt8(ascii: "}")) { return answer }
        let whole = readFields(&cursor, as: UInt8.self) { key, cursor in
            if key.spells("answer") {
                guard let read = readWord(&cursor, ("yes", Judgement.yes), ("no", .no), ("na", .notApplicable)) else { return nil }
                answer.answer = read
                return 1
            } else if key.spells("at") {
                guard let text = cursor.string() else { return nil }
                answer.at = text
                return 2
            } else if key.spells("by") {
                guard let text = cursor.string() else { return nil }
                answer.by = text
                return 4
            } else if key.spells("note") {
                guard let text = cursor.string() else { return nil }
                answer.note = text
                return 8
            } else if key.spells("prompts") {
                guard let prompts = readStrings(&cursor) else { return nil }
                answer.prompts = prompts
                return 16
            } else {
                return nil
            }
        }
        guard whole else { return nil }
        return answer
    }

    private func readStrings(_ cursor: inout ByteCursor) -> [String]? {
        readArray(&cursor) { $0.string() }
    }

    private func readHistory(_ cursor: inout ByteCursor) -> [HistoryEntry]? {
        readArray(&cursor) { readHistoryEntry(&$0) }
    }

    /// An array, each item read by `item`.
    @inline(__always)
    private func readArray<Item>(_ cursor: inout ByteCursor, _ item: (inout ByteCursor) -> Item?) -> [Item]? {
        guard cursor.take(UInt8(ascii: "[")) else { return nil }
        var items: [Item] = []
        if cursor.take(UInt8(ascii: "]")) { return items }
        while true {
            guard let read = item(&cursor) else { return nil }
            items.append(read)
            guard let more = cursor.next(UInt8(ascii: "]")) else { return nil }
            if !more { break }
        }
        return items
    }

    /// A field that takes one of two or three fixed words, as the value paired with the word read.
    /// Fixed arity rather than variadic, so that no array is made for every field read.
    @inline(__always)
    private func readWord<Value>(
        _ cursor: inout ByteCursor, _ first: (StaticString, Value), _ second: (StaticString, Value), _ third: (StaticString, Value)? = nil
    ) -> Value? {
        guard let word = cursor.rawString() else { return nil }
        if word.spells(first.0) { return first.1 }
        if word.spells(second.0) { return second.1 }
        if let third, word.spells(third.0) { return third.1 }
        return nil
    }

    private func readHistoryEntry(_ cursor: inout ByteCursor) -> HistoryEntry? {
        guard cursor.take(UInt8(ascii: "{")), !cursor.take(UInt8(ascii: "}")) else { return nil }
        var event: HistoryEntry.Event?
        var keyQuestion: String?
        var previous: Answer?
        var value: Answer?
        var by: String?
        var at: String?
        var reason: String?
        var id = ""
        var replaces: [String] = []
        let whole = readFields(&cursor, as: UInt16.self) { key, cursor in
            if key.spells("event") {
                guard let read = readWord(&cursor, ("answer", HistoryEntry.Event.answered), ("complete", .completed), ("reopen", .reopened)) else { return nil }
                event = read
                return 1
            } else if key.spells("keyQuestion") {
                guard let text = cursor.string() else { return nil }
                keyQuestion = text
                return 2
            } else if key.spells("previous") {
                guard let answer = readAnswer(&cursor) else { return nil }
                previous = answer
                return 4
            } else if key.spells("value") {
                guard let answer = readAnswer(&cursor) else { return nil }
                value = answer
                return 8
            } else if key.spells("by") {
                guard let text = cursor.string() else { return nil }
                by = text
                return 16
            } else if key.spells("at") {
                guard let text = cursor.string() else { return nil }
                at = text
                return 32
            } else if key.spells("reason") {
                guard let text = cursor.string() else { return nil }
                reason = text
                return 64
            } else if key.spells("id") {
                guard let text = cursor.string() else { return nil }
                id = text
                return 128
            } else if key.spells("replaces") {
                guard let read = readStrings(&cursor) else { return nil }
                replaces = read
                return 256
            } else {
                return nil
            }
        }
        guard whole else { return nil }
        guard let event, let by, let at else { return nil }
        return HistoryEntry(
            event: event, keyQuestion: keyQuestion, previous: previous, value: value, by: by, at: at, reason: reason,
            id: id, replaces: replaces)
    }

    /// A QA comment entry, as `CaseFile.checkComments` accepts it: anything else is left to the
    /// careful reader, which names the problem.
    private func readCommentEntry(_ cursor: inout ByteCursor) -> CommentEntry? {
        guard cursor.take(UInt8(ascii: "{")), !cursor.take(UInt8(ascii: "}")) else { return nil }
        var id: String?
        var kind: CommentEntry.Kind?
        var thread: String?
        var keyQuestion: String?
        var text: String?
        var by: String?
        var at: String?
        let whole = readFields(&cursor, as: UInt8.self) { key, cursor in
            if key.spells("id") {
                guard let read = cursor.string(), hasText(read) else { return nil }
                id = read
                return 1
            } else if key.spells("kind") {
                // Four words: the first three by readWord, the last by hand.
                var probe = cursor
                if let read = readWord(&cursor, ("comment", CommentEntry.Kind.comment), ("reply", .reply), ("resolve", .resolve)) {
                    kind = read
                } else if let word = probe.rawString(), word.spells("reopen") {
                    cursor = probe
                    kind = .reopen
                } else {
                    return nil
                }
                return 2
            } else if key.spells("thread") {
                guard let read = cursor.string(), hasText(read) else { return nil }
                thread = read
                return 4
            } else if key.spells("keyQuestion") {
                guard let read = cursor.string() else { return nil }
                keyQuestion = read
                return 8
            } else if key.spells("text") {
                guard let read = cursor.string() else { return nil }
                text = read
                return 16
            } else if key.spells("by") {
                guard let read = cursor.string() else { return nil }
                by = read
                return 32
            } else if key.spells("at") {
                guard let read = cursor.string() else { return nil }
                at = read
                return 64
            } else {
                return nil
            }
        }
        guard whole, let id, let kind, let by, let at else { return nil }
        let needsText = kind == .comment || kind == .reply
        if kind != .comment && thread == nil { return nil }
        if needsText && !(text.map(hasText) ?? false) { return nil }
        return CommentEntry(id: id, kind: kind, thread: thread, keyQuestion: keyQuestion, text: text ?? "", by: by, at: at)
    }

    /// FieldChecker's test for a required text: something other than white space.
    private func hasText(_ text: String) -> Bool {
        // A printable ASCII first byte is a character that is not white space.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return true }
        return text.contains { !$0.isWhitespace }
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
