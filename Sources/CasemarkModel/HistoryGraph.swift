/// A history checked as a graph (design: "A history a merge can trust"): every change has an id
/// of its own; `replaces` never names the change itself nor a change the file does not hold;
/// following `replaces` never comes back to where it started; each current value is what the
/// history's heads say; times can be read; only key questions, prompts and standards of the
/// framework are named. A merge works values out from the heads, so a history that breaks one of
/// these can make a merge drop another copy's answer without a conflict: such a file is refused
/// (by the careful reader, `validate`, `merge` and `merge-file`), never merged.
public enum HistoryGraph {
    /// One break of the rules, named with the change and the field of the file it is in.
    public struct Break: Sendable, Equatable, CustomStringConvertible {
        /// Where in the file: `history.3`, `history.3.at`, `answers.2.1.1`, `ratingHistory.0`.
        public var field: String
        /// The change it concerns, when it concerns one.
        public var change: String?
        public var message: String

        public var description: String { "\(field): \(message)" }
    }

    /// What a framework lets a change name, worked out once for many files.
    public struct Vocabulary: Sendable {
        /// Prompt ids by key question id.
        let prompts: [String: Set<String>]
        let standards: Set<String>

        public init(_ framework: Framework) {
            var prompts: [String: Set<String>] = [:]
            for kq in framework.keyQuestions where prompts[kq.id] == nil { prompts[kq.id] = Set(kq.prompts.map(\.id)) }
            self.prompts = prompts
            standards = Set(framework.standards.map(\.id))
        }
    }

    // MARK: - A case file

    /// Every break in a case's history (and its QA comments' ids), in file order. With no
    /// vocabulary (a file checked without its inspection) key questions and prompts are not checked.
    public static func breaks(of c: Case, in vocabulary: Vocabulary?) -> [Break] {
        if c.history.isEmpty && c.comments.isEmpty && c.conflicts.isEmpty { return [] }
        var found = structure(c.history, log: "history")
        // Places are spelled only for a break: this runs on every case file opened, and almost
        // every file has none (spelling them all was a third of opening 10,000 cases).
        for (i, entry) in c.history.enumerated() {
            if !isReadableTime(entry.at), !(entry.at.isEmpty && entry.reason == HistoryEntry.foundReason) {
                found.append(Break(field: "history.\(i).at", change: entry.id, message: "change \(entry.id): the time \(quoted(entry.at)) cannot be read; expected a UTC time in ISO 8601, such as 2026-11-24T10:15:00Z"))
            }
            guard entry.event == .answered else { continue }
            guard let kq = entry.keyQuestion, !kq.isEmpty else {
                found.append(Break(field: "history.\(i).keyQuestion", change: entry.id, message: "change \(entry.id) is an answer but names no key question"))
                continue
            }
            guard let vocabulary else { continue }
            guard let prompts = vocabulary.prompts[kq] else {
                found.append(Break(field: "history.\(i).keyQuestion", change: entry.id, message: "change \(entry.id) names key question \(quoted(kq)), which the inspection's framework does not have"))
                continue
            }
            for side in 0..<2 {
                let answer = side == 0 ? entry.previous : entry.value
                for (j, prompt) in (answer?.prompts ?? []).enumerated() where !prompts.contains(prompt) {
                    found.append(Break(field: "history.\(i).\(side == 0 ? "previous" : "value").prompts.\(j)", change: entry.id, message: "change \(entry.id) names prompt \(quoted(prompt)), which key question \(kq) does not have"))
                }
            }
        }
        found += duplicates(c.comments, log: "comments")
        found += values(of: c)
        return found
    }

    /// Whether a case's history breaks none of the rules (the quick reader's test).
    public static func isSound(_ c: Case, in vocabulary: Vocabulary?) -> Bool {
        breaks(of: c, in: vocabulary).isEmpty
    }

    /// Each answer and the status as the history's heads say; a conflict only where they differ,
    /// and naming only changes the history holds. A field no change has touched holds a value
    /// found in the file (imported, say): that is no break.
    static func values(of c: Case) -> [Break] {
        var found: [Break] = []
        // At most one break a field, named by the field: sorted after, rather than every
        // file's fields sorted before (the check runs on every case file opened).
        for (field, heads) in ChangeLog.heads(c.history) {
            let agree = heads.allSatisfy { $0.field == Case.statusField ? $0.statusValue == heads[0].statusValue : Case.same($0.value, heads[0].value) }
            // Spelled only for a break (see `breaks(of:in:)`).
            var named: String { heads.map(\.id).sorted().joined(separator: ", ") }
            if let kq = Case.keyQuestion(ofField: field) {
                if !agree {
                    if c.conflicts[field] == nil || c.answers[kq] != nil {
                        found.append(Break(field: field, change: heads[0].id, message: "the history holds different answers to \(kq) (changes \(named)), but the file records no conflict for it; expected the conflict, with no answer"))
                    }
                } else if c.conflicts[field] == nil, !Case.same(c.answers[kq], heads[0].value) {
                    found.append(Break(field: field, change: heads[0].id, message: "the answer \(describe(c.answers[kq])) is not what the history says (\(describe(heads[0].value)), change \(named)): the file was changed by hand; put back the answer the history gives, or make the change in casemark so that it is recorded"))
                }
            } else if field == Case.statusField {
                if !agree {
                    if c.conflicts[field] == nil {
                        found.append(Break(field: "status", change: heads[0].id, message: "the history holds a completion and a reopening on different copies (changes \(named)), but the file records no conflict for the status"))
                    }
                } else if c.conflicts[field] == nil, c.status != heads[0].statusValue {
                    found.append(Break(field: "status", change: heads[0].id, message: "the status \(c.status.rawValue) is not what the history says (\(heads[0].statusValue.rawValue), change \(named)): the file was changed by hand; put back the status the history gives, or complete or reopen the case in casemark"))
                }
            }
        }
        found.sort { $0.field < $1.field }
        if c.conflicts.isEmpty { return found }
        let ids = Set(c.history.map(\.id))
        for (field, named) in c.conflicts.sorted(by: { $0.key < $1.key }) {
            for id in named where !ids.contains(id) {
                found.append(Break(field: "conflicts.\(field)", change: id, message: "names change \(id), which is not in this file's history"))
            }
        }
        return found
    }

    // MARK: - inspection.json

    /// Every break in `inspection.json`'s rating history, in file order. With no vocabulary,
    /// standards are not checked.
    public static func breaks(of record: InspectionRecord, in vocabulary: Vocabulary?) -> [Break] {
        if record.ratingHistory.isEmpty && record.conflicts.isEmpty { return [] }
        var found = structure(record.ratingHistory, log: "ratingHistory")
        for (i, change) in record.ratingHistory.enumerated() {
            let place = "ratingHistory.\(i)"
            if !isReadableTime(change.at), !change.at.isEmpty || change.by != "" {
                found.append(Break(field: place + ".at", change: change.id, message: "change \(change.id): the time \(quoted(change.at)) cannot be read; expected a UTC time in ISO 8601, such as 2026-11-24T10:15:00Z"))
            }
            if let vocabulary, !vocabulary.standards.contains(change.standard) {
                found.append(Break(field: place + ".standard", change: change.id, message: "change \(change.id) names standard \(quoted(change.standard)), which the inspection's framework does not have"))
            }
        }
        let ids = Set(record.ratingHistory.map(\.id))
        for (field, heads) in ChangeLog.heads(record.ratingHistory).sorted(by: { $0.key < $1.key }) {
            guard let standard = InspectionRecord.standard(ofField: field) else { continue }
            let named = heads.map(\.id).sorted().joined(separator: ", ")
            if !heads.allSatisfy({ $0.value == heads[0].value }) {
                if record.conflicts[field] == nil {
                    found.append(Break(field: field, change: heads[0].id, message: "the rating history holds different ratings of \(standard) (changes \(named)), but the file records no conflict for it"))
                }
            } else if record.conflicts[field] == nil, record.ratings[standard] != heads[0].value {
                let now = record.ratings[standard].map { $0.rating.rawValue } ?? "none"
                let said = heads[0].value.map { $0.rating.rawValue } ?? "none"
                found.append(Break(field: field, change: heads[0].id, message: "the rating \(now) is not what the rating history says (\(said), change \(named)): the file was changed by hand; put back the rating the history gives, or record it with casemark rate"))
            }
        }
        for (field, named) in record.conflicts.sorted(by: { $0.key < $1.key }) {
            for id in named where !ids.contains(id) {
                found.append(Break(field: "conflicts.\(field)", change: id, message: "names change \(id), which is not in the rating history"))
            }
        }
        return found
    }

    // MARK: - The graph itself

    /// Ids unique, no change replacing itself or a change the file does not hold, no cycle.
    ///
    /// A change may name a change the file does not hold in two cases casemark makes itself: an
    /// id worked out from a value found with no change behind it (`i-…`, the same on every copy),
    /// and, for a note typed in one burst, the burst's earlier step it took the place of (that
    /// step may be on another copy, synced mid-burst): an answer change of the note alone.
    static func structure<E: Change>(_ log: [E], log name: String) -> [Break] {
        var found: [Break] = []
        let position = firstPositions(log, log: name, duplicates: &found)
        for (i, e) in log.enumerated() {
            for r in e.replaces {
                if r == e.id {
                    found.append(Break(field: "\(name).\(i).replaces", change: e.id, message: "change \(e.id) replaces itself; a change can only replace an earlier one"))
                } else if position[r] == nil, !r.hasPrefix("i-"), !isBurstStep(e) {
                    found.append(Break(field: "\(name).\(i).replaces", change: e.id, message: "change \(e.id) replaces \(r), which is not in this file's history"))
                }
            }
        }
        found += cycles(log, position: position, log: name)
        return found
    }

    /// An answer change of the note alone: it may replace the step of its burst it took the
    /// place of, which this file no longer holds.
    static func isBurstStep<E: Change>(_ e: E) -> Bool {
        guard let entry = e as? HistoryEntry, entry.event == .answered, entry.reason == nil, let value = entry.value else { return false }
        return value.onlyNoteDiffers(from: entry.previous ?? Answer())
    }

    static func duplicates<E: Change>(_ log: [E], log name: String) -> [Break] {
        var found: [Break] = []
        _ = firstPositions(log, log: name, duplicates: &found)
        return found
    }

    /// Where each id first appears; each later use of an id is a break in `found`.
    static func firstPositions<E: Change>(_ log: [E], log name: String, duplicates found: inout [Break]) -> [String: Int] {
        var first: [String: Int] = [:]
        first.reserveCapacity(log.count)
        for (i, e) in log.enumerated() {
            if let j = first[e.id] {
                found.append(Break(field: "\(name).\(i).id", change: e.id, message: "change \(e.id) has the same id as \(name).\(j); every change needs an id of its own"))
            } else {
                first[e.id] = i
            }
        }
        return first
    }

    /// Each cycle of `replaces` (other than a change replacing itself), named once by its changes.
    static func cycles<E: Change>(_ log: [E], position: [String: Int], log name: String) -> [Break] {
        // Iterative depth-first search: 0 unseen, 1 on the path, 2 done.
        var state = [UInt8](repeating: 0, count: log.count)
        var found: [Break] = []
        for start in log.indices where state[start] == 0 {
            var path: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let (node, next) = path.last {
                let replaces = log[node].replaces
                if next < replaces.count {
                    path[path.count - 1].next += 1
                    guard let target = position[replaces[next]], target != node else { continue }
                    if state[target] == 0 {
                        state[target] = 1
                        path.append((target, 0))
                    } else if state[target] == 1, let from = path.firstIndex(where: { $0.node == target }) {
                        let ids = path[from...].map { log[$0.node].id } + [log[target].id]
                        found.append(Break(field: "\(name).\(target).replaces", change: log[target].id, message: "following what each change replaces comes back to where it started (\(ids.joined(separator: " → "))); a change can only replace an earlier one"))
                    }
                } else {
                    state[node] = 2
                    path.removeLast()
                }
            }
        }
        return found
    }

    // MARK: - Words

    /// A UTC time in ISO 8601 (`2026-11-24T10:15:00Z`, with fractions of a second or an offset
    /// such as `+01:00` allowed), a real date and time of day.
    public static func isReadableTime(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.count >= 20, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"),
            u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":")
        else { return false }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard i < u.count, u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(u[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hour = digits(11..<13), hour < 24, let minute = digits(14..<16), minute < 60, let second = digits(17..<19), second <= 60,
            let year = digits(0..<4), let month = digits(5..<7), (1...12).contains(month), let day = digits(8..<10), day >= 1, day <= daysIn(month, year)
        else { return false }
        var i = 19
        if u[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < u.count, u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > start else { return false }
        }
        guard i < u.count else { return false }
        if u[i] == UInt8(ascii: "Z") { return i + 1 == u.count }
        guard u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-"), u.count == i + 6, u[i + 3] == UInt8(ascii: ":"),
            let h = digits(i + 1..<i + 3), h < 24, let m = digits(i + 4..<i + 6), m < 60
        else { return false }
        return true
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func describe(_ answer: Answer?) -> String {
        guard let answer, !answer.isEmpty else { return "(none)" }
        return answer.answer?.rawValue ?? "(a note with no judgement)"
    }

    /// Text from the file, quoted; spelling out control characters is the printer's business.
    private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
