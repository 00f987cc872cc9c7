import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing

/// Seeded property tests of merging copies of a case: random answers, completions and reopenings
/// on two or three copies of one case, with merges between them as they go, then every copy
/// merged in random orders. Checked against an oracle that knows which change each copy had seen
/// when it made each change (kept apart from the code under test, which only has `replaces`).
@Suite struct CopyMergePropertyTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_130
    static let keyQuestions = ["2.1.1", "2.1.2", "2.1.3"]

    /// What the oracle knows of one change.
    struct Made {
        var field: String
        var answer: Answer?
        var status: CaseStatus?
        /// For a review: approved or returned.
        var review: HistoryEntry.Event?
        /// Every change the copy had when it made this one.
        var past: Set<String>
    }

    struct Run {
        var rng: SplitMix64
        var copies: [Case]
        var known: [Set<String>]
        var made: [String: Made] = [:]
        var clock = 0
        var counter = 0

        init(seed: UInt64, copies count: Int) {
            rng = SplitMix64(seed: seed)
            var base = Case(id: "P-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Jack O'Neill"))
            // An imported answer with no change behind it, known to every copy from the start.
            base.answers["2.1.1"] = Answer(answer: .yes, note: "imported", by: "import", at: "2026-01-01T00:00:00Z")
            let imported = base.initialID(Case.answerField("2.1.1"), base.answers["2.1.1"])
            made[imported] = Made(field: Case.answerField("2.1.1"), answer: base.answers["2.1.1"], past: [])
            copies = Array(repeating: base, count: count)
            known = Array(repeating: [imported], count: count)
        }

        mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &rng) == 0 }

        mutating func time() -> String {
            // More than the note-typing window apart, so that no two changes become one.
            clock += 61
            let minutes = clock / 60
            return String(format: "2026-11-%02dT%02d:%02d:%02dZ", 2 + minutes / 1440, (minutes / 60) % 24, minutes % 60, clock % 60)
        }

        mutating func nextID() -> String {
            counter += 1
            return "c\(counter)"
        }

        mutating func step() {
            let i = Int.random(in: 0..<copies.count, using: &rng)
            if chance(5), copies.count > 1 {
                var j = Int.random(in: 0..<copies.count - 1, using: &rng)
                if j >= i { j += 1 }
                copies[i] = try! copies[i].merged(with: copies[j])
                known[i].formUnion(known[j])
                return
            }
            let by = ["Ann", "Bob", "Cy"][i]
            let id = nextID()
            let at = time()
            var c = copies[i]
            if chance(3), c.reviewState == .inConflict || c.status == .complete {
                // A quality lead's review: approve or return (a return reopens the case; an
                // approval settling a review in conflict on a reopened case completes it first).
                let wasComplete = c.status == .complete
                let second = nextID()
                if chance(2) {
                    if (try? c.approve(by: by, at: at, changeID: id, completionID: second)) != nil {
                        if !wasComplete { note(second, copy: i, Made(field: Case.statusField, status: .complete, past: known[i])) }
                        note(id, copy: i, Made(field: Case.reviewField, review: .approved, past: known[i]))
                    }
                } else if (try? c.returnToMarker(reason: "put it right", by: by, at: at, changeID: id, reopenID: second)) != nil {
                    note(id, copy: i, Made(field: Case.reviewField, review: .returned, past: known[i]))
                    if wasComplete { note(second, copy: i, Made(field: Case.statusField, status: .inProgress, past: known[i])) }
                }
            } else if c.status == .complete {
                if chance(2) {
                    try! c.reopen(reason: "second look", by: by, at: at, changeID: id)
                    note(id, copy: i, Made(field: Case.statusField, status: .inProgress, past: known[i]))
                } else if c.conflicts[Case.statusField] != nil, c.conflictsBlockingCompletion.isEmpty {
                    try! c.complete(by: by, at: at, changeID: id)
                    note(id, copy: i, Made(field: Case.statusField, status: .complete, past: known[i]))
                }
            } else if chance(6), c.conflictsBlockingCompletion.isEmpty {
                // No completion while an answer is in conflict (it is refused).
                try! c.complete(by: by, at: at, changeID: id)
                note(id, copy: i, Made(field: Case.statusField, status: .complete, past: known[i]))
            } else {
                let kq = CopyMergePropertyTests.keyQuestions.randomElement(using: &rng)!
                let answers: [Answer?] = [
                    Answer(answer: .yes), Answer(answer: .no), Answer(answer: .no, note: "thin"), Answer(answer: .notApplicable), nil,
                ]
                let answer = answers.randomElement(using: &rng)!
                if try! c.record(answer, for: kq, by: by, at: at, changeID: id) {
                    note(id, copy: i, Made(field: Case.answerField(kq), answer: c.answers[kq], past: known[i]))
                }
            }
            copies[i] = c
        }

        mutating func note(_ id: String, copy i: Int, _ change: Made) {
            made[id] = change
            known[i].insert(id)
        }

        /// What every copy merged should hold, from the oracle's knowledge alone.
        func expected() -> (answers: [String: Answer], conflicts: Set<String>, status: CaseStatus) {
            var byField: [String: [String]] = [:]
            for (id, change) in made { byField[change.field, default: []].append(id) }
            func heads(_ field: String) -> [String] {
                let ids = byField[field] ?? []
                return ids.filter { id in !ids.contains { other in made[other]!.past.contains(id) } }
            }
            var answers: [String: Answer] = [:]
            var conflicts = Set<String>()
            var answerHeads: [String] = []
            for kq in CopyMergePropertyTests.keyQuestions {
                let field = Case.answerField(kq)
                let h = heads(field)
                answerHeads += h
                guard let first = h.first else { continue }
                let same = h.allSatisfy {
                    switch (made[$0]!.answer, made[first]!.answer) {
                    case (nil, nil): true
                    case (let a?, let b?): a.sameContent(as: b)
                    default: false
                    }
                }
                if !same { conflicts.insert(field) } else if let value = made[first]!.answer { answers[kq] = value }
            }
            let reviewHeads = heads(Case.reviewField)
            if let first = reviewHeads.first, reviewHeads.contains(where: { made[$0]!.review != made[first]!.review }) {
                conflicts.insert(Case.reviewField)
            }
            let statusHeads = heads(Case.statusField)
            var status = CaseStatus.inProgress
            if let first = statusHeads.first {
                if statusHeads.contains(where: { made[$0]!.status != made[first]!.status }) {
                    conflicts.insert(Case.statusField)
                    status = .complete
                } else {
                    status = made[first]!.status!
                    let seen = statusHeads.reduce(into: Set<String>()) { $0.formUnion(made[$1]!.past) }
                    // An unseen answer counts unless it gives the answer the completions saw
                    // (the heads of its field among the changes they had; none: no answer).
                    func changesCompleted(_ id: String) -> Bool {
                        let field = made[id]!.field
                        let known = (byField[field] ?? []).filter(seen.contains)
                        let saw = known.filter { x in !known.contains { y in made[y]!.past.contains(x) } }
                        let value = made[id]!.answer
                        if saw.isEmpty { return value != nil }
                        return !saw.allSatisfy { x in
                            switch (made[x]!.answer, value) {
                            case (nil, nil): true
                            case (let a?, let b?): a.sameContent(as: b)
                            default: false
                            }
                        }
                    }
                    if status == .complete, answerHeads.contains(where: { !seen.contains($0) && changesCompleted($0) }) {
                        conflicts.insert(Case.statusField)
                    }
                }
            }
            return (answers, conflicts, status)
        }
    }

    /// All copies merged one into another in a random order.
    static func mergedInOrder(_ copies: [Case], _ rng: inout SplitMix64) -> Case {
        var order = copies.shuffled(using: &rng)
        while order.count > 1 {
            let a = order.remove(at: Int.random(in: 0..<order.count, using: &rng))
            let b = order.remove(at: Int.random(in: 0..<order.count, using: &rng))
            order.append(try! a.merged(with: b))
        }
        return order[0]
    }

    @Test func copiesConvergeLoseNothingAndConflictExactlyWhereConcurrentAndDifferent() {
        var rng = SplitMix64(seed: Self.seed)
        var conflictsSeen = 0
        var reviewConflictsSeen = 0
        for round in 0..<400 {
            var run = Run(seed: Self.seed &+ UInt64(round), copies: 2 + round % 2)
            for _ in 0..<Int.random(in: 1...25, using: &rng) { run.step() }
            let first = Self.mergedInOrder(run.copies, &rng)
            for _ in 0..<3 {
                #expect(Self.mergedInOrder(run.copies, &rng) == first, "seed \(Self.seed) round \(round): merge order mattered")
            }
            // Idempotent: merging again with itself or with any copy changes nothing.
            #expect(try! first.merged(with: first) == first)
            for c in run.copies {
                #expect(try! first.merged(with: c) == first, "seed \(Self.seed) round \(round)")
                #expect(try! c.merged(with: first) == first, "seed \(Self.seed) round \(round)")
            }
            // Every copy, and every merge of them, is a history a merge can trust.
            for c in run.copies + [first] {
                #expect(HistoryGraph.breaks(of: c, in: nil).isEmpty, "seed \(Self.seed) round \(round): \(HistoryGraph.breaks(of: c, in: nil))")
            }
            // No change lost.
            let ids = Set(first.history.map(\.id))
            let madeIDs = Set(run.made.keys.filter { !$0.hasPrefix("i-") })
            #expect(madeIDs.isSubset(of: ids), "seed \(Self.seed) round \(round): lost \(madeIDs.subtracting(ids))")
            // Values and conflicts as the oracle says.
            let expected = run.expected()
            #expect(Set(first.conflicts.keys) == expected.conflicts, "seed \(Self.seed) round \(round)")
            #expect(first.status == expected.status, "seed \(Self.seed) round \(round)")
            #expect(first.answers.keys.sorted() == expected.answers.keys.sorted(), "seed \(Self.seed) round \(round)")
            for (kq, answer) in expected.answers {
                #expect(first.answers[kq]?.sameContent(as: answer) == true, "seed \(Self.seed) round \(round) \(kq)")
            }
            conflictsSeen += first.conflicts.count
            if first.conflicts[Case.reviewField] != nil { reviewConflictsSeen += 1 }
        }
        #expect(reviewConflictsSeen > 5, "too few approve-against-return conflicts to test: \(reviewConflictsSeen)")
        #expect(conflictsSeen > 50, "the random edits made too few conflicts to test: \(conflictsSeen)")
    }

    @Test func aSettledConflictMergesCleanlyIntoTheOtherCopy() throws {
        var ann = Case(id: "P-2", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
        var bob = ann
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try bob.record(Answer(answer: .no, note: "no plan"), for: "2.1.1", by: "Bob", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        var merged = try ann.merged(with: bob)
        #expect(merged.isInConflict("2.1.1"))
        #expect(merged.answers["2.1.1"] == nil)
        #expect(merged.conflicts["answers.2.1.1"]?.count == 2)
        // Ann takes Bob's side on her laptop; Bob has not seen it yet.
        try merged.record(Answer(answer: .no, note: "no plan"), for: "2.1.1", by: "Ann", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random())
        #expect(!merged.isInConflict("2.1.1"))
        let bobAfter = try bob.merged(with: ann).merged(with: merged)
        #expect(bobAfter.conflicts.isEmpty)
        #expect(bobAfter.answers["2.1.1"]?.answer == Judgement.no)
        #expect(bobAfter == (try merged.merged(with: bob)))
    }

    @Test func aCompleteCaseChangedOnAnotherCopyIsAConflictOnItsStatus() throws {
        var ann = Case(id: "P-3", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        var bob = ann
        try ann.complete(by: "Ann", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        try bob.record(Answer(answer: .no), for: "2.1.2", by: "Bob", at: "2026-11-24T11:05:00Z", changeID: ChangeID.random())
        var merged = try ann.merged(with: bob)
        #expect(merged.status == .complete)  // never silently reopened
        #expect(merged.conflicts.keys.sorted() == ["status"])
        #expect(merged.answers["2.1.2"]?.answer == Judgement.no)  // Bob's answer is kept
        // Completing again (having looked at Bob's answer) settles it.
        try merged.complete(by: "Ann", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random())
        #expect(merged.conflicts.isEmpty)
        #expect(try merged.merged(with: bob).conflicts.isEmpty)
        // Without the change on the other copy, a completion merges with no conflict.
        #expect(try ann.merged(with: ann.merged(with: Case(id: "P-3", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N")))).conflicts.isEmpty)
    }

    /// Issue 19.5: two copies that give the same answer make no conflict, even when one of them
    /// completed the case; a different answer still does.
    @Test func theSameAnswerOnACopyThatHadNotSeenTheCompletionIsNoConflict() throws {
        let start = Case(id: "P-5", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
        var ann = start
        try ann.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try ann.complete(by: "Ann", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        var bob = start
        try bob.record(Answer(answer: .yes), for: "2.1.1", by: "Bob", at: "2026-11-24T10:30:00Z", changeID: ChangeID.random())
        let merged = try ann.merged(with: bob)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.status == .complete)
        #expect(merged.answers["2.1.1"]?.answer == Judgement.yes)
        #expect(merged == (try bob.merged(with: ann)))
        // A different answer from the copy that had not seen the completion is still one.
        var ben = start
        try ben.record(Answer(answer: .no), for: "2.1.1", by: "Ben", at: "2026-11-24T10:30:00Z", changeID: ChangeID.random())
        #expect(try ann.merged(with: ben).conflicts.keys.sorted() == ["answers.2.1.1", "status"])
        // So is an answer to a key question the completion never saw answered.
        var cal = start
        try cal.record(Answer(answer: .yes), for: "2.1.2", by: "Cal", at: "2026-11-24T10:30:00Z", changeID: ChangeID.random())
        #expect(try ann.merged(with: cal).conflicts.keys.sorted() == ["status"])
    }

    /// Issue 19.4: a copy with nothing new (here one that still holds an imported answer the
    /// target has since changed) brings nothing to write, and either direction gives the same
    /// case; the change worked out for the imported answer is not kept (the later change names
    /// it and keeps its value).
    @Test func aStaleCopyBringsNothingNew() throws {
        var start = Case(id: "P-6", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
        start.answers["2.1.1"] = Answer(answer: .yes, note: "imported", by: "import", at: "2026-01-01T00:00:00Z")
        start.answers["2.1.2"] = Answer(answer: .no, note: "imported", by: "import", at: "2026-01-01T00:00:00Z")
        var ann = start
        try ann.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        let merged = try ann.merged(with: start)
        #expect(ann.holdsEverything(of: merged))
        #expect(!merged.history.contains { $0.reason == HistoryEntry.foundReason })
        #expect(merged == (try start.merged(with: ann)))
        #expect(merged.answers["2.1.2"] == start.answers["2.1.2"])
        // Something new is not taken for nothing.
        var bob = start
        try bob.record(Answer(answer: .yes), for: "2.1.3", by: "Bob", at: "2026-11-24T10:30:00Z", changeID: ChangeID.random())
        #expect(!ann.holdsEverything(of: try ann.merged(with: bob)))
    }

    @Test func aVersionOneHistoryIsOneLineOfChanges() throws {
        var c = Case(id: "V-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"), schemaVersion: 1)
        c.answers["2.1.1"] = Answer(answer: .no, by: "Ann", at: "2026-03-01T10:02:00Z")
        c.answers["2.1.2"] = Answer(answer: .yes, by: "import", at: "2026-03-01T09:00:00Z")
        c.status = .complete
        c.history = [
            HistoryEntry(event: .answered, keyQuestion: "2.1.1", value: Answer(answer: .yes, by: "Ann", at: "2026-03-01T10:00:00Z"), by: "Ann", at: "2026-03-01T10:00:00Z", id: ""),
            HistoryEntry(event: .answered, keyQuestion: "2.1.1", previous: Answer(answer: .yes, by: "Ann", at: "2026-03-01T10:00:00Z"),
                         value: Answer(answer: .no, by: "Ann", at: "2026-03-01T10:02:00Z"), by: "Ann", at: "2026-03-01T10:02:00Z", id: ""),
            HistoryEntry(event: .completed, by: "Ann", at: "2026-03-01T10:03:00Z", id: ""),
        ]
        let upgraded = c.givingChangesIDs()
        #expect(upgraded.schemaVersion == Case.supportedSchemaVersion)
        #expect(upgraded.history.allSatisfy { $0.id.hasPrefix("v1-") })
        #expect(upgraded.history[1].replaces == [upgraded.history[0].id])
        #expect(upgraded.history[2].replaces.contains(upgraded.history[1].id))
        #expect(upgraded.history[2].replaces.contains(upgraded.initialID("answers.2.1.2", c.answers["2.1.2"])))
        // Every copy works out the same ids, and the case merges with itself as it is.
        #expect(c.givingChangesIDs() == upgraded)
        let merged = try upgraded.merged(with: upgraded.givingChangesIDs())
        #expect(merged == upgraded)
        // A copy that changed an answer after reopening merges with no conflict.
        var other = upgraded
        try other.reopen(reason: "look again", by: "Bob", at: "2026-03-02T10:00:00Z", changeID: ChangeID.random())
        try other.record(Answer(answer: .yes), for: "2.1.2", by: "Bob", at: "2026-03-02T10:01:00Z", changeID: ChangeID.random())
        let both = try upgraded.merged(with: other)
        #expect(both.conflicts.isEmpty)
        #expect(both.status == .inProgress)
        #expect(both.answers["2.1.1"]?.answer == Judgement.no)
    }
}

/// Copies of `inspection.json`: ratings merge by the same rule.
@Suite struct RecordCopyMergeTests {
    static let good = RecordedRating(rating: .good, reason: "Strong", by: "Lead", at: "2026-11-24T10:00:00Z")
    static let poor = RecordedRating(rating: .inadequate, reason: "Weak", by: "Deputy", at: "2026-11-24T10:05:00Z")

    @Test func differentStandardsMergeAndTheSameStandardRatedDifferentlyIsAConflict() throws {
        let base = InspectionRecord(provider: "P", framework: "f")
        var lead = base
        var deputy = base
        lead.record(Self.good, for: "1.1", by: "Lead", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        lead.record(Self.good, for: "1.2", by: "Lead", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        deputy.record(Self.poor, for: "1.1", by: "Deputy", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        deputy.record(Self.poor, for: "1.3", by: "Deputy", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        var merged = try lead.merged(with: deputy)
        #expect(merged == (try deputy.merged(with: lead)))
        #expect(merged.ratings["1.1"] == nil)
        #expect(merged.conflicts.keys.sorted() == ["ratings.1.1"])
        #expect(merged.ratings["1.2"] == Self.good && merged.ratings["1.3"] == Self.poor)
        #expect(merged.ratingHistory.count == 4)
        #expect(try merged.merged(with: lead) == merged)
        // Settled on one copy, it merges cleanly into the other.
        merged.record(Self.poor, for: "1.1", by: "Lead", at: "2026-11-25T10:00:00Z", changeID: ChangeID.random())
        #expect(merged.conflicts.isEmpty)
        #expect(try deputy.merged(with: merged).conflicts.isEmpty)
    }

    @Test func anotherInspectionIsRefused() {
        let a = InspectionRecord(provider: "P", framework: "f")
        let b = InspectionRecord(provider: "Q", framework: "f")
        #expect(throws: CopyMismatch.self) { try a.merged(with: b) }
    }

    @Test func ratingsRecordedBeforeChangeIdsMerge() throws {
        // A version 1 record: a rating with no change behind it, the same on both copies.
        var a = InspectionRecord(provider: "P", framework: "f", ratings: ["1.1": Self.good], schemaVersion: 1)
        let b = a
        a.record(Self.poor, for: "1.1", by: "Deputy", at: "2026-11-25T10:00:00Z", changeID: ChangeID.random())
        let merged = try a.merged(with: b)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.ratings["1.1"] == Self.poor)
        #expect(try b.merged(with: a) == merged)
    }
}

/// Moderation changes an answer of a complete case on purpose: merged with another copy, that
/// is not a change behind the completion's back.
@Suite struct ModeratedCopyMergeTests {
    @Test func aModeratedAnswerOnACompleteCaseMergesWithoutAStatusConflict() throws {
        var first = Case(id: "M-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
        try first.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        try first.complete(by: "Ann", at: "2026-11-24T11:00:00Z", changeID: ChangeID.random())
        var other = first
        try other.reopen(reason: "typo", by: "Bob", at: "2026-11-25T09:00:00Z", changeID: ChangeID.random())
        try other.complete(by: "Bob", at: "2026-11-25T09:01:00Z", changeID: ChangeID.random())
        try first.settleByModeration(.no, for: "2.1.1", against: "/second", second: Answer(answer: .no), by: "Lead", at: "2026-11-26T10:00:00Z", changeID: ChangeID.random())
        #expect(first.history.last?.replaces.count == 2)
        let merged = try first.merged(with: other)
        #expect(merged.answers["2.1.1"]?.answer == Judgement.no)
        #expect(merged.status == .complete)
        // The moderation saw Ann's completion, not Bob's later one: that one is concurrent.
        #expect(try first.merged(with: first.merged(with: Case(id: "M-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N")))).conflicts.isEmpty)
        #expect(merged == (try other.merged(with: first)))
    }
}
