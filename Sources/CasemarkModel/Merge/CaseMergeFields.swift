/// A field of a case as every merge sees it, one entry each in `Case.mergeFields`: how two
/// sides' values are merged when the version both started from is known (`byValue`: a save over
/// a file changed meanwhile, `merge-file` with git's BASE), and how its value is worked out when
/// copies are merged by their histories (`ofCopies`). Both follow `ThreeWayMerge`'s one rule.
///
/// A new field that merges (a case's review state, say) is one more entry: `byValue` picks it
/// with `ThreeWayMerge.pick`, and `ofCopies` is `.fromHeads`, settling the heads of its changes
/// with `ThreeWayMerge.settle` and writing a conflict under its field name.
public struct CaseMergeField {
    /// The field's name, as conflicts name it (`status`, `answers`).
    public let name: String
    /// The rule by value: this field of `merged` from `base`, `ours` and `theirs`.
    let byValue: (_ rule: inout ThreeWayMerge, _ base: Case?, _ ours: Case, _ theirs: Case, _ merged: inout Case) -> Void
    let ofCopies: OfCopies

    /// How copies merged by their histories settle the field.
    enum OfCopies {
        /// No change records it (officer, sample, attributes): copies of one case must agree.
        case mustAgree((Case, Case) -> Bool)
        /// Worked out from the heads of its changes (`heads` by field, every change of both
        /// copies); a conflict goes into `merged.conflicts` under the field's name.
        case fromHeads((_ heads: [String: [HistoryEntry]], _ merged: inout Case) -> Void)
        /// Entries that only grow: every entry of both copies.
        case log((_ ours: Case, _ theirs: Case, _ merged: inout Case) throws(CopyMismatch) -> Void)
        /// Worked out by the fields settled from heads (the conflicts).
        case derived
    }
}

extension Case {
    /// Every field a merge of a case touches, in the order conflicts are named. The history is
    /// not among them: it is what the copies are merged by (`ChangeLog.union`).
    public static var mergeFields: [CaseMergeField] {
        [
            .mustAgree("sample", \.sample),
            .mustAgree("responsibleOfficer", \.responsibleOfficer),
            .status,
            .review,
            .mustAgree("attributes", \.attributes, each: true),
            .answers,
            .conflicts,
            .comments,
        ]
    }
}

extension CaseMergeField {
    /// A field no change records: picked by value, and equal on copies of one case.
    static func mustAgree<T: Equatable>(_ name: String, _ key: WritableKeyPath<Case, T>) -> CaseMergeField {
        CaseMergeField(
            name: name,
            byValue: { rule, base, ours, theirs, merged in
                merged[keyPath: key] = rule.pick(name, base: base?[keyPath: key], ours: ours[keyPath: key], theirs: theirs[keyPath: key])
            },
            ofCopies: .mustAgree { $0[keyPath: key] == $1[keyPath: key] })
    }

    /// The same for values by key: each key picked on its own (a case made on both sides
    /// starts with none).
    static func mustAgree(_ name: String, _ key: WritableKeyPath<Case, [String: String]>, each: Bool) -> CaseMergeField {
        CaseMergeField(
            name: name,
            byValue: { rule, base, ours, theirs, merged in
                merged[keyPath: key] = rule.pickEach(
                    name, base: base?[keyPath: key], ours: ours[keyPath: key], theirs: theirs[keyPath: key], missingBaseIsEmpty: true)
            },
            ofCopies: .mustAgree { $0[keyPath: key] == $1[keyPath: key] })
    }

    /// In progress or complete. On copies: complete on one and reopened on another is a
    /// conflict (never a silent reopening); so is an answer changed on a copy that had not seen
    /// the completion (neither listed by the completion nor naming it, as a moderated answer on
    /// a complete case does), unless it gives the answer the completion completed.
    static var status: CaseMergeField {
        CaseMergeField(
            name: Case.statusField,
            byValue: { rule, base, ours, theirs, merged in
                merged.status = rule.pick(Case.statusField, base: base?.status, ours: ours.status, theirs: theirs.status)
            },
            ofCopies: .fromHeads { heads, merged in
                let statusHeads = heads[Case.statusField] ?? []
                switch ThreeWayMerge.settle(statusHeads, same: { $0.statusValue == $1.statusValue }) {
                case .none:
                    merged.status = .inProgress
                case .conflict(let heads):
                    merged.conflicts[Case.statusField] = heads.map(\.id).sorted()
                    merged.status = .complete
                case .one(let head):
                    merged.status = head.statusValue
                    guard merged.status == .complete else { return }
                    let answerHeads = heads.filter { Case.keyQuestion(ofField: $0.key) != nil }.flatMap(\.value)
                    let covered = Set(statusHeads.flatMap(\.replaces))
                    let completions = Set(statusHeads.map(\.id))
                    let uncovered = answerHeads.filter { head in
                        guard !covered.contains(head.id), completions.isDisjoint(with: head.replaces) else { return false }
                        // The answer the completions saw, reached on another copy too, changes
                        // nothing they completed (no answer seen: any answer changes it).
                        let before = merged.completedAnswer(head.field, covered: covered)
                        return before.isEmpty ? head.value != nil : !before.allSatisfy { Case.same($0.value, head.value) }
                    }
                    if !uncovered.isEmpty {
                        merged.conflicts[Case.statusField] = (statusHeads.map(\.id) + uncovered.map(\.id)).sorted()
                    }
                }
            })
    }

    /// A quality lead's review (see `CaseReview`): no value of its own in the file, but the heads
    /// of its changes (`approve`, `return`). By value, a review made on both sides since the base
    /// is a conflict unless it is the same change (two reviewers at once: the second save is
    /// refused). On copies: an approval on one and a return on another is a conflict, settled by
    /// a new review; the same decision on both is one.
    static var review: CaseMergeField {
        CaseMergeField(
            name: Case.reviewField,
            byValue: { rule, base, ours, theirs, _ in
                // The history carries the changes themselves; this only says whether they clash.
                _ = rule.pick(
                    Case.reviewField, base: base.map(\.reviewHeadIDs), ours: ours.reviewHeadIDs, theirs: theirs.reviewHeadIDs)
            },
            ofCopies: .fromHeads { heads, merged in
                if case .conflict(let competing) = ThreeWayMerge.settle(heads[Case.reviewField] ?? [], same: { $0.event == $1.event }) {
                    merged.conflicts[Case.reviewField] = competing.map(\.id).sorted()
                }
            })
    }

    /// Each key question's answer with its note and prompts (a case made on both sides starts
    /// with none). On copies: the same value reached on two copies is one value, its who and
    /// when from one change, the same one whichever way the copies were merged.
    static var answers: CaseMergeField {
        CaseMergeField(
            name: "answers",
            byValue: { rule, base, ours, theirs, merged in
                merged.answers = rule.pickEach(
                    "answers", base: base?.answers, ours: ours.answers, theirs: theirs.answers, missingBaseIsEmpty: true,
                    same: { a, b in a == b || a.sameContent(as: b) })
            },
            ofCopies: .fromHeads { heads, merged in
                var answers: [String: Answer] = [:]
                for (field, entries) in heads {
                    guard let kq = Case.keyQuestion(ofField: field) else { continue }
                    switch ThreeWayMerge.settle(
                        entries, same: { Case.same($0.value, $1.value) }, representative: { $0.max(by: { $0.id < $1.id })! })
                    {
                    case .none: continue
                    case .one(let head): if let value = head.value { answers[kq] = value }
                    case .conflict(let heads): merged.conflicts[field] = heads.map(\.id).sorted()
                    }
                }
                merged.answers = answers
            })
    }

    /// The fields in conflict, each with its competing changes. On copies they are worked out
    /// again by the fields settled from heads.
    static var conflicts: CaseMergeField {
        CaseMergeField(
            name: "conflicts",
            byValue: { rule, base, ours, theirs, merged in
                merged.conflicts = rule.pickEach(
                    "conflicts", base: base?.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, missingBaseIsEmpty: true)
            },
            ofCopies: .derived)
    }

    /// QA comments only grow, and each has its own id: every entry of both sides is kept.
    static var comments: CaseMergeField {
        CaseMergeField(
            name: "comments",
            byValue: { _, _, ours, theirs, merged in
                merged.comments = (try? ChangeLog.union(ours.comments, theirs.comments))
                    ?? ours.comments + theirs.comments.filter { entry in !ours.comments.contains { $0.id == entry.id } }
            },
            ofCopies: .log { (ours: Case, theirs: Case, merged: inout Case) throws(CopyMismatch) in
                do throws(ChangeLog.Clash) {
                    merged.comments = try ChangeLog.union(ours.comments, theirs.comments)
                } catch {
                    throw CopyMismatch(caseID: ours.id, fields: ["comments (entry \(error.id) is different on each)"])
                }
            })
    }
}

extension Case {
    /// The changes behind a field's value as the completions that replaced `covered` saw it:
    /// the covered changes to it that none of the others came after.
    func completedAnswer(_ field: String, covered: Set<String>) -> [HistoryEntry] {
        var entries = history.filter { $0.field == field }
        var byID: [String: HistoryEntry] = [:]
        for entry in entries { byID[entry.id] = entry }
        // A value found with no change behind it, which the file need not hold (see
        // `leaveOutWorkedOutAnswers`): its value is the `previous` of the change that replaced it.
        for entry in entries {
            for id in entry.replaces where byID[id] == nil && covered.contains(id) {
                let found = HistoryEntry(
                    event: .answered, keyQuestion: entry.keyQuestion, value: entry.previous, by: "", at: "",
                    reason: HistoryEntry.foundReason, id: id)
                byID[id] = found
                entries.append(found)
            }
        }
        let seen = entries.filter { covered.contains($0.id) }
        guard seen.count > 1 else { return seen }
        // Everything each seen change came after (following `replaces` within the field).
        var earlier = Set<String>()
        for entry in seen {
            var stack = entry.replaces
            while let id = stack.popLast() {
                guard earlier.insert(id).inserted, let before = byID[id] else { continue }
                stack += before.replaces
            }
        }
        return seen.filter { !earlier.contains($0.id) }
    }
}
