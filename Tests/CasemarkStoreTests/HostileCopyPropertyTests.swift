import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// Seeded property test of `merge` against random copies, forged and broken ones among them
/// (issue 19): a change replacing itself, two replacing each other, a repeated change id, a
/// `replaces` naming a change the file does not hold, an unknown key question, a time that cannot
/// be read, an answer edited by hand, a conflict naming no change. Whatever the copy, no answer of
/// the target is lost: it is kept, or in conflict, or replaced by a change the other copy made
/// over it; or the copy is refused and not one byte of the target changes.
@Suite struct HostileCopyPropertyTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_204
    static let keyQuestions = ["2.1.1", "2.1.2", "2.1.3", "2.2.1"]
    static let ids = ["T-1", "T-2"]

    enum Forgery: CaseIterable {
        case replacesItself, replaceEachOther, repeatedID, danglingReplaces, unknownKeyQuestion, unreadableTime, editedByHand, conflictNamesNoChange
    }

    struct Run {
        var rng: SplitMix64
        var clock = 0

        mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &rng) == 0 }

        mutating func time() -> String {
            clock += 61
            return String(format: "2026-11-%02dT%02d:%02d:%02dZ", 2 + clock / 86_400, (clock / 3600) % 24, (clock / 60) % 60, clock % 60)
        }

        mutating func hex() -> String { String(format: "%016llx", UInt64.random(in: 0...UInt64.max, using: &rng)) }

        mutating func answer() -> Answer? {
            [Answer(answer: .yes), Answer(answer: .no), Answer(answer: .no, note: "thin"), Answer(answer: .notApplicable), nil].randomElement(using: &rng)!
        }

        /// Random marking of a case by `by`; returns the key questions it changed.
        mutating func mark(_ c: inout Case, by: String, times: Int) -> Set<String> {
            var changed = Set<String>()
            for _ in 0..<times {
                let kq = HostileCopyPropertyTests.keyQuestions.randomElement(using: &rng)!
                if (try? c.record(answer(), for: kq, by: by, at: time(), changeID: hex())) == true { changed.insert(kq) }
            }
            return changed
        }

        /// `c` forged; false when the forgery happened to change nothing.
        mutating func forge(_ c: inout Case, _ forgery: Forgery) -> Bool {
            let kq = HostileCopyPropertyTests.keyQuestions.randomElement(using: &rng)!
            let field = Case.answerField(kq)
            let heads = c.heads(of: field).map(\.id)
            let x = hex()
            func change(_ id: String, replaces: [String], value: Answer? = nil, keyQuestion: String = kq, at: String = "2026-12-01T10:00:00Z") -> HistoryEntry {
                HistoryEntry(event: .answered, keyQuestion: keyQuestion, previous: c.answers[kq], value: value, by: "Mallory", at: at, id: id, replaces: replaces)
            }
            switch forgery {
            case .replacesItself:
                c.history.append(change(x, replaces: [x] + heads))
                c.answers[kq] = nil
            case .replaceEachOther:
                let y = hex()
                c.history.append(change(x, replaces: [y] + heads))
                c.history.append(change(y, replaces: [x]))
                c.answers[kq] = nil
            case .repeatedID:
                guard var again = c.history.randomElement(using: &rng) else { return false }
                if chance(2) { again.by = "Mallory" }
                c.history.append(again)
            case .danglingReplaces:
                let value = Answer(answer: c.answers[kq]?.answer == .yes ? .no : .yes)
                c.history.append(change(x, replaces: [hex()] + (chance(2) ? heads : []), value: value))
                c.answers[kq] = value
            case .unknownKeyQuestion:
                c.history.append(change(x, replaces: [], value: Answer(answer: .yes), keyQuestion: ["9.9.9", "2.1", ""].randomElement(using: &rng)!))
            case .unreadableTime:
                let value = Answer(answer: c.answers[kq]?.answer == .yes ? .no : .yes)
                c.history.append(change(x, replaces: heads, value: value, at: ["yesterday", "2026-13-01T10:00:00Z", "2026-02-30T10:00:00Z", "", "2026-11-24 10:00"].randomElement(using: &rng)!))
                c.answers[kq] = value
            case .editedByHand:
                guard !heads.isEmpty, c.conflicts[field] == nil else { return false }
                c.answers[kq] = c.answers[kq]?.answer == .no ? Answer(answer: .yes) : Answer(answer: .no)
            case .conflictNamesNoChange:
                c.conflicts[field] = [hex(), hex()].sorted()
                c.answers[kq] = nil
            }
            return true
        }
    }

    static func same(_ a: Answer?, _ b: Answer?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): a.sameContent(as: b)
        default: false
        }
    }

    @Test func noCopyTakesAnAnswerOfTheTargetWithoutSayingSo() throws {
        var run = Run(rng: SplitMix64(seed: Self.seed))
        var refused = 0
        var merged = 0
        for round in 0..<100 {
            let scratch = TestFolder()
            let store = try Fixtures.newInspection(scratch, name: "ours")
            for id in Self.ids {
                var c = Fixtures.supervisionCase(id)
                _ = run.mark(&c, by: "Ann", times: 3)
                try store.save(c)
            }
            try FileManager.default.copyItem(atPath: scratch.sub("ours"), toPath: scratch.sub("other"))
            let other = try WritableInspection.open(at: scratch.sub("other"))
            // Marked apart: on the target, and on the copy (whose changes may win, being later).
            var theirEdits: [String: Set<String>] = [:]
            var target: [String: Case] = [:]
            for id in Self.ids {
                var ours = try #require(store.case(id))
                _ = run.mark(&ours, by: "Ann", times: Int.random(in: 0...3, using: &run.rng))
                target[id] = try store.save(ours)
                var theirs = try #require(other.case(id))
                theirEdits[id] = run.mark(&theirs, by: "Bob", times: Int.random(in: 0...3, using: &run.rng))
                try other.save(theirs)
            }
            // Then perhaps forged, written as a hostile colleague would, straight into the file.
            var forged = false
            if !run.chance(4) {
                let id = Self.ids.randomElement(using: &run.rng)!
                var theirs = try #require(other.case(id))
                let forgery = Forgery.allCases.randomElement(using: &run.rng)!
                forged = run.forge(&theirs, forgery)
                try Data(CaseFile.bytes(theirs)).write(to: URL(fileURLWithPath: scratch.sub("other/cases/\(id).json")))
            }

            let before = FolderSnapshot.contents(scratch.sub("ours"))
            let outcome: CopyMergeOutcome
            do {
                outcome = try WritableInspection.open(at: scratch.sub("ours")).mergeCopy(from: scratch.sub("other"))
            } catch {
                refused += 1
                #expect(forged, "seed \(Self.seed) round \(round): a copy with no forgery was refused: \(error)")
                #expect(FolderSnapshot.contents(scratch.sub("ours")) == before, "seed \(Self.seed) round \(round): refused, but the target was written")
                continue
            }
            merged += 1
            _ = outcome
            #expect(!forged, "seed \(Self.seed) round \(round): a forged copy was merged")
            let (inspection, _) = try InspectionFolder.load(at: scratch.sub("ours"))
            let framework = try Fixtures.framework()
            for id in Self.ids {
                let ours = try #require(target[id])
                let after = try #require(inspection.cases.first { $0.id == id }, "seed \(Self.seed) round \(round): \(id) unreadable after the merge")
                #expect(HistoryGraph.breaks(of: after, in: HistoryGraph.Vocabulary(framework)).isEmpty, "seed \(Self.seed) round \(round) \(id)")
                for (kq, answer) in ours.answers {
                    let kept = Self.same(after.answers[kq], answer)
                    let inConflict = after.conflicts[Case.answerField(kq)] != nil
                    let replacedByThem = theirEdits[id]?.contains(kq) == true
                    #expect(kept || inConflict || replacedByThem, "seed \(Self.seed) round \(round): \(id) \(kq) lost (was \(answer), now \(String(describing: after.answers[kq])))")
                }
            }
        }
        #expect(refused > 20 && merged > 20, "refused \(refused), merged \(merged)")
    }
}
