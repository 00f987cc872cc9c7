/// What happened in an inspection, newest first (`casemark history INSPECTION --all`): every
/// change in every case's history (answers, completions, reopenings, reviews, a merge's
/// settlements), every QA comment entry, and every change to the recorded ratings, one item
/// each with the case, who, when and what.
public enum ActivityFeed {
    public struct Item: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            case answer, complete, reopen, approve, `return`
            case comment, reply, resolve
            case reopenComment = "reopen-comment"
            case rating
        }

        /// Nil for a change to `inspection.json` (a rating).
        public var caseID: String?
        public var kind: Kind
        public var by: String
        public var at: String
        /// The change's (or comment entry's) id.
        public var change: String
        public var keyQuestion: String?
        public var standard: String?
        /// What was done, in words: "2.1.1 answered Yes (was No)", "returned the case: …".
        public var what: String
        /// A change that settled a conflict: it replaced two or more competing values of its field.
        public var settles: Bool

        public init(
            caseID: String?, kind: Kind, by: String, at: String, change: String, keyQuestion: String? = nil,
            standard: String? = nil, what: String, settles: Bool = false
        ) {
            self.caseID = caseID
            self.kind = kind
            self.by = by
            self.at = at
            self.change = change
            self.keyQuestion = keyQuestion
            self.standard = standard
            self.what = what
            self.settles = settles
        }
    }

    /// Which items to keep: each filter left nil keeps everything.
    public struct Filter: Sendable, Equatable {
        /// A case id (exactly, or without regard to capitals).
        public var caseID: String?
        /// A person, matched as names are everywhere (capitals, accent forms and spaces aside).
        public var by: String?
        /// Dates or times in the files' form (`2026-03-09` or `2026-03-09T11:00:00Z`): `since`
        /// keeps what was done at or after it; `until` what was done at or before it, a date
        /// including the whole of that day.
        public var since: String?
        public var until: String?

        public init(caseID: String? = nil, by: String? = nil, since: String? = nil, until: String? = nil) {
            self.caseID = caseID
            self.by = by
            self.since = since
            self.until = until
        }

        func keeps(_ item: Item) -> Bool {
            if let caseID, item.caseID != caseID, item.caseID?.lowercased() != caseID.lowercased() { return false }
            if let by, item.by.matchKey != by.matchKey { return false }
            if let since, item.at < since { return false }
            if let until, String(item.at.prefix(until.count)) > until { return false }
            return true
        }
    }

    /// Every item of `inspection` the filter keeps, newest first (then by case).
    public static func items(_ inspection: Inspection, filter: Filter = Filter()) -> [Item] {
        var items: [Item] = []
        for c in inspection.cases where filter.caseID.map({ c.id == $0 || c.id.lowercased() == $0.lowercased() }) ?? true {
            items += Self.items(of: c)
        }
        if filter.caseID == nil { items += Self.items(of: inspection.record) }
        // Made in the same second: the later in its file first (a return's reopening before
        // the return), so the order is the same on every run.
        return items.enumerated().filter { filter.keeps($0.element) }.sorted { a, b in
            if a.element.at != b.element.at { return a.element.at > b.element.at }
            if a.element.caseID != b.element.caseID { return (a.element.caseID ?? "") < (b.element.caseID ?? "") }
            return a.offset > b.offset
        }.map(\.element)
    }

    /// One case's changes and comment entries.
    public static func items(of c: Case) -> [Item] {
        var competing: [String: Set<String>] = [:]
        // A change that replaced two or more changes of its own field settled them (only
        // competing values, kept from two copies, are ever replaced together).
        var byID: [String: HistoryEntry] = [:]
        for entry in c.history { byID[entry.id] = entry }
        for entry in c.history {
            competing[entry.id] = Set(entry.replaces.filter { byID[$0]?.field == entry.field })
        }
        var items: [Item] = c.history.map { entry in
            let settles = (competing[entry.id]?.count ?? 0) > 1
            let what: String
            let kind: Item.Kind
            switch entry.event {
            case .answered:
                kind = .answer
                let kq = entry.keyQuestion ?? "?"
                let before = entry.previous?.answer?.displayName
                var text: String
                if let value = entry.value {
                    let after = value.answer?.displayName ?? "no judgement"
                    if let previous = entry.previous, previous.answer == value.answer {
                        text = "\(kq) note or prompts changed (\(after))"
                    } else {
                        text = "\(kq) answered \(after)" + (before.map { " (was \($0))" } ?? "")
                    }
                } else {
                    text = "\(kq) cleared" + (before.map { " (was \($0))" } ?? "")
                }
                if let reason = entry.reason { text += " [\(reason)]" }
                what = text
            case .completed:
                kind = .complete
                what = "marked the case complete"
            case .reopened:
                kind = .reopen
                what = "reopened the case: \(entry.reason ?? "")"
            case .approved:
                kind = .approve
                what = "approved the case" + (entry.note.map { ": \($0)" } ?? "")
            case .returned:
                kind = .return
                what = "returned the case to its marker: \(entry.reason ?? "")"
            }
            return Item(
                caseID: c.id, kind: kind, by: entry.by, at: entry.at, change: entry.id, keyQuestion: entry.keyQuestion,
                what: settles ? what + " (settling a conflict)" : what, settles: settles)
        }
        for entry in c.comments {
            let kind: Item.Kind
            let what: String
            switch entry.kind {
            case .comment:
                kind = .comment
                what = "commented on \(entry.keyQuestion ?? "the case"): \(entry.text)"
            case .reply:
                kind = .reply
                what = "replied to comment \(entry.threadID): \(entry.text)"
            case .resolve:
                kind = .resolve
                what = "resolved comment \(entry.threadID)" + (entry.text.isEmpty ? "" : ": \(entry.text)")
            case .reopen:
                kind = .reopenComment
                what = "reopened comment \(entry.threadID)" + (entry.text.isEmpty ? "" : ": \(entry.text)")
            }
            items.append(Item(caseID: c.id, kind: kind, by: entry.by, at: entry.at, change: entry.id, keyQuestion: entry.keyQuestion, what: what))
        }
        return items
    }

    /// The recorded ratings' changes.
    public static func items(of record: InspectionRecord) -> [Item] {
        let ids = Set(record.ratingHistory.map(\.id))
        return record.ratingHistory.map { change in
            let settles = change.replaces.filter(ids.contains).count > 1
            var what = change.value.map { "rated \(change.standard) \($0.rating.displayName): \($0.reason)" } ?? "cleared the rating of \(change.standard)"
            if let before = change.previous?.rating.displayName, change.value != nil { what += " (was \(before))" }
            return Item(
                caseID: nil, kind: .rating, by: change.by, at: change.at, change: change.id, standard: change.standard,
                what: settles ? what + " (settling a conflict)" : what, settles: settles)
        }
    }
}
