import CasemarkModel
import CasemarkTestSupport
import Foundation
@testable import CasemarkStore

/// Random cases from a seed (replayable), with the text that trips writers and readers up:
/// accents composed and decomposed, CJK, emoji, quotes, backslashes, slashes, every control
/// character, empty text, empty lists and objects.
struct RandomCases {
    var rng: SplitMix64
    let framework: Framework

    init(seed: UInt64, framework: Framework) {
        rng = SplitMix64(seed: seed)
        self.framework = framework
    }

    private static let pieces: [String] = [
        "a", "Z", " ", "Evidence noted.", "Chloé", "Chlo\u{65}\u{301}", "Sørensen", "李晓雯", "—", "✓", "😀", "👩🏽‍⚖️",
        "\"", "\\", "/", "</", "\n", "\r\n", "\t", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{10FFFF}", "0", "10", "9", ".", "-", "_", "~", "{", "}", "[", "]", ":", ",",
    ]

    mutating func text(maxPieces: Int = 6) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        var result = ""
        for _ in 0..<count {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                result.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &rng)))
            } else {
                result += Self.pieces.randomElement(using: &rng)!
            }
        }
        return result
    }

    private mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &rng) == 0 }

    private mutating func optionalText() -> String? { chance(3) ? nil : text() }

    /// Any answer, with or without each field.
    mutating func answer(prompts known: [String]) -> Answer {
        let judgements: [Judgement?] = [.yes, .no, .notApplicable, nil]
        let prompts = known.filter { _ in chance(2) }
        return Answer(
            answer: judgements.randomElement(using: &rng)!, note: chance(3) ? "" : text(maxPieces: 12),
            prompts: prompts, by: optionalText(), at: chance(4) ? nil : "2026-03-\(Int.random(in: 10...28, using: &rng))T10:00:00Z")
    }

    /// A case that fits the framework (what casemark itself writes): known sample and key
    /// questions, no answer where the attributes rule the key question out, known prompts.
    mutating func plainCase(number: Int) -> Case {
        let sample = framework.samples.filter { !framework.standards(forSample: $0.id).isEmpty }.randomElement(using: &rng)!
        var attributes: [String: String] = [:]
        if chance(2) { attributes["rosh_issues_apply"] = ["Y", "N", "y", " n "].randomElement(using: &rng)! }
        if chance(3) { attributes[text(maxPieces: 3)] = text() }
        var c = Case(
            id: "R-\(number)", sample: sample.id,
            responsibleOfficer: ResponsibleOfficer(name: "x" + text(), grade: chance(4) ? nil : ["PO", "PSO", ""].randomElement(using: &rng)!),
            attributes: attributes, status: chance(4) ? .complete : .inProgress)
        for kq in framework.standards(forSample: sample.id).flatMap(\.keyQuestions) where chance(2) {
            if let condition = kq.notApplicableWhen, condition.matches(attributes) {
                // Only an explicit not applicable agrees with the attributes (import keeps one
                // from an NA cell); with a note or not, as a person may explain it.
                if chance(2) {
                    c.answers[kq.id] = Answer(answer: .notApplicable, note: chance(3) ? text() : "", by: optionalText(), at: chance(4) ? nil : "2026-03-11T10:00:00Z")
                }
                continue
            }
            let answer = answer(prompts: kq.prompts.map(\.id))
            if !answer.isEmpty { c.answers[kq.id] = answer }
        }
        c.history = history(keyQuestions: Array(c.answers.keys))
        if chance(4), let entry = c.history.first {
            c.conflicts[entry.field] = [entry.id, changeID()].sorted()
        }
        // Drawn last, so that the cases above come out of a seed as they did before comments.
        if chance(3) { c.comments = comments(keyQuestions: Array(c.answers.keys), plain: true) }
        return c
    }

    /// A plain case whose history is a sound graph (see `HistoryGraph`), as casemark writes it:
    /// ids unique, each change replacing only earlier ones, key questions and prompts of the
    /// framework, and answers, status and conflicts what the history's heads say.
    mutating func soundCase(number: Int) -> Case {
        var c = plainCase(number: number)
        let markable = framework.standards(forSample: c.sample).flatMap(\.keyQuestions)
        var seen: [String] = []
        for i in c.history.indices {
            var e = c.history[i]
            if seen.contains(e.id) || e.id.hasPrefix("i-") { e.id += "-\(i)" }
            e.replaces = e.replaces.compactMap { _ in seen.isEmpty ? nil : seen.randomElement(using: &rng) }
            if e.event == .answered {
                let kq = markable.first { $0.id == e.keyQuestion } ?? markable.randomElement(using: &rng)!
                e.keyQuestion = kq.id
                let known = Set(kq.prompts.map(\.id))
                e.previous?.prompts.removeAll { !known.contains($0) }
                e.value?.prompts.removeAll { !known.contains($0) }
                if let condition = kq.notApplicableWhen, condition.matches(c.attributes), e.value != nil {
                    e.value = Answer(answer: .notApplicable, by: e.value?.by, at: e.value?.at)
                }
                if e.value?.isEmpty == true { e.value = nil }
            }
            seen.append(e.id)
            c.history[i] = e
        }
        let ids = Set(seen)
        c.conflicts = c.conflicts.filter { $0.value.allSatisfy(ids.contains) }
        for (field, heads) in ChangeLog.heads(c.history) {
            if let kq = Case.keyQuestion(ofField: field) {
                let first = heads[0].value
                if heads.allSatisfy({ $0.value == first || ($0.value != nil && first != nil && $0.value!.sameContent(as: first!)) }) {
                    c.conflicts[field] = nil
                    c.answers[kq] = first
                } else {
                    c.conflicts[field] = heads.map(\.id).sorted()
                    c.answers[kq] = nil
                }
            } else if field == Case.statusField {
                if heads.allSatisfy({ $0.statusValue == heads[0].statusValue }) {
                    c.conflicts[field] = nil
                    c.status = heads[0].statusValue
                } else {
                    c.conflicts[field] = heads.map(\.id).sorted()
                    c.status = .complete
                }
            }
        }
        c.comments = c.comments.enumerated().map { i, entry in
            var entry = entry
            entry.id += "-\(i)"
            return entry
        }
        return c
    }

    /// QA comment entries. `plain`: as casemark writes them (an id, a thread for all but a
    /// comment, text in a comment or a reply); else anything the model can hold.
    private mutating func comments(keyQuestions: [String], plain: Bool) -> [CommentEntry] {
        var entries: [CommentEntry] = []
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let kind = [CommentEntry.Kind.comment, .reply, .resolve, .reopen].randomElement(using: &rng)!
            let thread = plain ? (kind == .comment ? nil : "q" + changeID()) : (chance(2) ? nil : text(maxPieces: 2))
            let needsText = kind == .comment || kind == .reply
            entries.append(CommentEntry(
                id: plain ? "q" + changeID() : text(maxPieces: 2), kind: kind, thread: thread,
                keyQuestion: chance(2) ? keyQuestions.randomElement(using: &rng) : (chance(4) ? text(maxPieces: 2) : nil),
                text: plain && needsText ? "x" + text(maxPieces: 8) : text(maxPieces: 8), by: text(), at: "2026-03-03T12:00:00Z"))
        }
        return entries
    }

    /// A change id from the seed (so that a failure replays), as `ChangeID.random` makes them.
    mutating func changeID() -> String {
        chance(5) ? "v1-" + text(maxPieces: 2) : String(UInt64.random(in: 0...UInt64.max, using: &rng), radix: 16)
    }

    private mutating func replaces() -> [String] {
        (0..<Int.random(in: 0...2, using: &rng)).map { _ in changeID() }
    }

    /// A case with anything at all in it (unknown samples and key questions, odd keys), for
    /// writing: the encoder must write whatever a case holds exactly as JSONEncoder does.
    mutating func anyCase(number: Int) -> Case {
        var c = plainCase(number: number)
        if chance(3) { c.sample = text() }
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            let key = ["2.1.10", "2.1.9", "10.1", "Zeta", "alpha", "é", "e\u{301}", "", "a\"b", "\u{1}", "😀", text(maxPieces: 2)].randomElement(using: &rng)!
            c.answers[key] = answer(prompts: ["a", "b", "\\", "é"])
        }
        for _ in 0..<Int.random(in: 0...3, using: &rng) { c.attributes[text(maxPieces: 2)] = text() }
        c.history += history(keyQuestions: Array(c.answers.keys))
        c.schemaVersion = [1, 0, -3, 42, Int.max, Int.min].randomElement(using: &rng)!
        if chance(3) { c.comments += comments(keyQuestions: Array(c.answers.keys), plain: false) }
        return c
    }

    private mutating func history(keyQuestions: [String]) -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: entries.append(HistoryEntry(event: .completed, by: text(), at: "2026-03-01T10:00:00Z", id: changeID(), replaces: replaces()))
            // A quality lead's review: an approval with or without its note, a return with its reason.
            case 4: entries.append(HistoryEntry(event: .approved, by: text(), at: "2026-03-03T10:00:00Z", note: optionalText(), id: changeID(), replaces: replaces()))
            case 5: entries.append(HistoryEntry(event: .returned, by: text(), at: "2026-03-03T10:00:00Z", reason: text(maxPieces: 10), id: changeID(), replaces: replaces()))
            case 1: entries.append(HistoryEntry(event: .reopened, by: text(), at: "2026-03-01T10:00:00Z", reason: text(maxPieces: 10), id: changeID(), replaces: replaces()))
            default:
                let kq = keyQuestions.randomElement(using: &rng)
                entries.append(HistoryEntry(
                    event: .answered, keyQuestion: kq, previous: chance(2) ? nil : answer(prompts: ["a"]),
                    value: chance(3) ? nil : answer(prompts: ["b", "c"]), by: text(), at: "2026-03-02T11:00:00Z",
                    reason: chance(5) ? text() : nil, id: changeID(), replaces: replaces()))
            }
        }
        return entries
    }
}
