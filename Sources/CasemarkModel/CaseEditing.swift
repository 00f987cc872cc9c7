/// Why a change to a case was refused.
public enum CaseEditError: Error, Sendable, Equatable, CustomStringConvertible {
    case complete(caseID: String)
    case notComplete(caseID: String)
    case reasonRequired
    case unknownKeyQuestion(String)
    case notMarkedForSample(keyQuestion: String, sample: String)
    case notApplicableByAttribute(keyQuestion: String, attribute: String, value: String)
    /// Completing a case with fields in conflict: their labels (`2.1.1`).
    case inConflict(caseID: String, fields: [String])

    public var description: String {
        switch self {
        case .complete(let id): "case \(id) is complete; reopen it (with a reason) before changing it"
        case .notComplete(let id): "case \(id) is not complete, so there is nothing to reopen"
        case .reasonRequired: "reopening a complete case needs a reason"
        case .unknownKeyQuestion(let id): "unknown key question '\(id)'"
        case .notMarkedForSample(let kq, let sample): "key question \(kq) is not marked for the sample '\(sample)'"
        case .notApplicableByAttribute(let kq, let attribute, let value):
            "key question \(kq) does not apply to this case (\(attribute) = \(value)); it takes no answer"
        case .inConflict(let id, let fields):
            "case \(id) cannot be completed while \(fields.count == 1 ? "this is" : "these are") in conflict: \(fields.joined(separator: ", ")); \(HowToSettle.fields(fields))"
        }
    }
}

/// Changing a case so that nothing typed is ever lost: every change records who and when, and
/// keeps the value it replaced in the case's history.
extension Case {
    /// Edits to the note or prompts of one key question by the same inspector within this many
    /// seconds of the last change to it are kept as one history entry (its value updated), so
    /// that a note saved as it is typed does not store every keystroke. The value before the
    /// burst of typing is always kept; a change of judgement always gets its own entry.
    public static let noteEditWindowSeconds = 60

    /// Records `answer` (nil or empty clears it) for a key question, stamped with `by` and `at`.
    /// Returns false when nothing changed. With a framework, refuses key questions that the
    /// case's sample or attributes put out of reach. Refuses any change to a complete case.
    ///
    /// `joining` false starts a new history entry (and so a new undo step) even within the
    /// burst window: the note editor passes it for the first change each time it is opened.
    @discardableResult
    public mutating func record(
        _ answer: Answer?, for keyQuestionID: String, in framework: Framework? = nil, by: String, at: String,
        changeID: String, joining: Bool = true
    ) throws(CaseEditError) -> Bool {
        try record(answer, for: keyQuestionID, in: framework, by: by, at: at, changeID: changeID, joining: joining, takenFrom: nil)
    }

    /// `record`, or with `takenFrom` (one side of a conflict, see `settle`) the answer as that
    /// change left it, its who and when kept.
    mutating func record(
        _ answer: Answer?, for keyQuestionID: String, in framework: Framework?, by: String, at: String,
        changeID: String, joining: Bool, takenFrom taken: HistoryEntry?
    ) throws(CaseEditError) -> Bool {
        if status == .complete { throw .complete(caseID: id) }
        if let framework { try checkAnswerable(keyQuestionID, in: framework) }

        let field = Self.answerField(keyQuestionID)
        // Any answer to a key question in conflict settles it, even "nothing".
        let inConflict = conflicts[field] != nil
        let previous = answers[keyQuestionID]
        var next = answer
        if next?.isEmpty ?? true { next = nil }
        if !inConflict {
            switch (previous, next) {
            case (nil, nil): return false
            case (let p?, let n?) where p.sameContent(as: n): return false
            default: break
            }
        }
        // A note edit keeps the judgement's own who and when: the judgement is no newer for it
        // (the history entry says who wrote the note, and when).
        if !inConflict, let previous, let kept = next, previous.answer != nil, kept.onlyNoteDiffers(from: previous) {
            next?.by = previous.by
            next?.at = previous.at
        } else if taken != nil, next?.by != nil {
            // A side taken keeps its author: the judgement and note are theirs (issue 21.4).
        } else {
            next?.by = by
            next?.at = at
        }
        let replaced = replacedBy(newChangeTo: field)

        // Only a note edit joins the entry of the note edit just before it (same inspector, no
        // reason, within the window), so that a burst of typing is one entry and one undo step;
        // a judgement, a tick, an undo or a redo is always its own entry. Taken in, it becomes a
        // new change replacing the one it was (which another copy may already hold).
        if joining, !inConflict, let last = history.last, last.event == .answered, last.keyQuestion == keyQuestionID, last.by == by,
            // A note begun before any judgement has nothing before its first letter: that is an
            // empty answer, which the burst may still join.
            last.reason == nil, let lastAfter = last.value, lastAfter.onlyNoteDiffers(from: last.previous ?? Answer()),
            last.value == previous, replaced == [last.id], let previous, let next, next.onlyNoteDiffers(from: previous),
            let then = Self.seconds(last.at), let now = Self.seconds(at), now >= then,
            now - then <= Self.noteEditWindowSeconds
        {
            var entry = last
            entry.value = next
            entry.at = at
            entry.id = changeID
            entry.replaces = Array(Set(last.replaces + [last.id])).sorted()
            history.removeLast()
            appendChange(entry)
        } else {
            appendChange(HistoryEntry(
                event: .answered, keyQuestion: keyQuestionID, previous: previous, value: next, by: by, at: at,
                reason: inConflict ? settlingReason(field, taken: taken) : nil, id: changeID, replaces: replaced))
        }
        answers[keyQuestionID] = next
        return true
    }

    /// Marks the case complete, which locks it until reopened. The completion records every
    /// answer change it completed. A case whose status is in conflict (complete on one copy,
    /// changed on another) may be completed again, which settles it.
    ///
    /// No case is completed while any other field is in conflict (an answer changed differently
    /// on two copies): the completion would lock a case whose answer is not yet known.
    public mutating func complete(by: String, at: String, changeID: String) throws(CaseEditError) {
        if status == .complete, conflicts[Self.statusField] == nil { throw .complete(caseID: id) }
        let inConflict = conflictsBlockingCompletion
        if !inConflict.isEmpty { throw .inConflict(caseID: id, fields: inConflict) }
        let replaced = Array(Set(replacedBy(newChangeTo: Self.statusField) + coverage())).sorted()
        status = .complete
        appendChange(HistoryEntry(event: .completed, by: by, at: at, id: changeID, replaces: replaced))
    }

    /// The fields in conflict that stop this case being completed, as people read them (`2.1.1`):
    /// every one but the status itself, which a completion settles.
    public var conflictsBlockingCompletion: [String] {
        conflicts.keys.filter { $0 != Self.statusField }.sorted().map { Self.keyQuestion(ofField: $0) ?? $0 }
    }

    /// Reopens a complete case; the reason is kept in the history.
    public mutating func reopen(reason: String, by: String, at: String, changeID: String) throws(CaseEditError) {
        guard status == .complete else { throw .notComplete(caseID: id) }
        let reason = reason.trimmed
        guard !reason.isEmpty else { throw .reasonRequired }
        let replaced = replacedBy(newChangeTo: Self.statusField)
        status = .inProgress
        appendChange(HistoryEntry(event: .reopened, by: by, at: at, reason: reason, id: changeID, replaces: replaced))
    }

    /// Whether a key question takes an answer on this case.
    public func checkAnswerable(_ keyQuestionID: String, in framework: Framework) throws(CaseEditError) {
        guard let standard = framework.standard(containing: keyQuestionID),
            let kq = framework.keyQuestion(keyQuestionID)
        else { throw .unknownKeyQuestion(keyQuestionID) }
        guard standard.ratedFrom == .cases, standard.sample == sample else {
            throw .notMarkedForSample(keyQuestion: keyQuestionID, sample: sample)
        }
        if let condition = kq.notApplicableWhen, condition.matches(attributes) {
            throw .notApplicableByAttribute(keyQuestion: keyQuestionID, attribute: condition.attribute, value: attributes[condition.attribute] ?? "")
        }
    }

    /// Seconds since 1970 for `2026-11-24T10:15:00Z`; nil for anything else.
    static func seconds(_ text: String) -> Int? {
        let u = Array(text.utf8)
        guard u.count == 20, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"),
            u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"), u[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<from + count {
                guard u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(u[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return ((days * 24 + hour) * 60 + minute) * 60 + second
    }
}
