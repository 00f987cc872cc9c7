import CasemarkModel
import CasemarkTestSupport
import Testing

/// The history as a graph (design: "A history a merge can trust"): what casemark itself writes
/// breaks no rule (a note typed in one burst, values imported with no change behind them, a
/// version 1 file), and each kind of break is named with its change.
@Suite struct HistoryGraphTests {
    static func aCase() -> Case {
        Case(id: "G-1", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "N"))
    }

    @Test func whatCasemarkWritesIsSound() throws {
        var c = Self.aCase()
        c.answers["2.1.2"] = Answer(answer: .yes, by: "import", at: "2026-03-01T09:00:00Z")  // imported: no change behind it
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: ChangeID.random())
        // A note typed in one burst: each keystroke's step takes the place of the one before.
        try c.record(Answer(answer: .yes, note: "S"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:10Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .yes, note: "Seen"), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:20Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no), for: "2.1.2", by: "Ann", at: "2026-11-24T10:01:00Z", changeID: ChangeID.random())  // over the imported value
        try c.complete(by: "Ann", at: "2026-11-24T10:02:00Z", changeID: ChangeID.random())
        try c.reopen(reason: "look again", by: "Bob", at: "2026-11-24T10:03:00Z", changeID: ChangeID.random())
        #expect(HistoryGraph.breaks(of: c, in: nil) == [])
        var other = c
        try other.record(Answer(answer: .notApplicable), for: "2.1.1", by: "Bob", at: "2026-11-24T10:04:00Z", changeID: ChangeID.random())
        try c.record(Answer(answer: .no), for: "2.1.1", by: "Ann", at: "2026-11-24T10:05:00Z", changeID: ChangeID.random())
        let merged = try c.merged(with: other)
        #expect(merged.isInConflict("2.1.1"))
        #expect(HistoryGraph.breaks(of: merged, in: nil) == [])
    }

    @Test func eachBreakIsNamedWithItsChange() throws {
        var c = Self.aCase()
        try c.record(Answer(answer: .yes), for: "2.1.1", by: "Ann", at: "2026-11-24T10:00:00Z", changeID: "a1")
        func breaks(_ edit: (inout Case) -> Void) -> [String] {
            var forged = c
            edit(&forged)
            return HistoryGraph.breaks(of: forged, in: nil).map(\.description)
        }
        let itself = breaks {
            $0.history.append(HistoryEntry(event: .answered, keyQuestion: "2.1.1", by: "M", at: "2026-11-24T11:00:00Z", id: "x", replaces: ["x", "a1"]))
            $0.answers["2.1.1"] = nil
        }
        #expect(itself == ["history.1.replaces: change x replaces itself; a change can only replace an earlier one"])
        let cycle = breaks {
            $0.history.append(HistoryEntry(event: .answered, keyQuestion: "2.1.1", by: "M", at: "2026-11-24T11:00:00Z", id: "x", replaces: ["y", "a1"]))
            $0.history.append(HistoryEntry(event: .answered, keyQuestion: "2.1.1", by: "M", at: "2026-11-24T11:00:00Z", id: "y", replaces: ["x"]))
            $0.answers["2.1.1"] = nil
        }
        #expect(cycle.count == 1 && cycle[0].contains("x → y → x") || cycle[0].contains("y → x → y"), "\(cycle)")
        let repeated = breaks { $0.history.append($0.history[0]) }
        #expect(repeated == ["history.1.id: change a1 has the same id as history.0; every change needs an id of its own"])
        let dangling = breaks {
            $0.history.append(HistoryEntry(event: .answered, keyQuestion: "2.1.1", previous: Answer(answer: .yes), value: Answer(answer: .no), by: "M", at: "2026-11-24T11:00:00Z", id: "x", replaces: ["a1", "zz"]))
            $0.answers["2.1.1"] = Answer(answer: .no)
        }
        #expect(dangling == ["history.1.replaces: change x replaces zz, which is not in this file's history"])
        let time = breaks { $0.history[0].at = "2026-02-30T10:00:00Z" }
        #expect(time.count == 1 && time[0].hasPrefix("history.0.at: change a1: the time \"2026-02-30T10:00:00Z\" cannot be read"))
        let byHand = breaks { $0.answers["2.1.1"] = Answer(answer: .no) }
        #expect(byHand.count == 1 && byHand[0].hasPrefix("answers.2.1.1: the answer no is not what the history says (yes, change a1)"))
        let unknown = HistoryGraph.breaks(of: {
            var forged = c
            forged.history.append(HistoryEntry(event: .answered, keyQuestion: "9.9.9", value: Answer(answer: .no, prompts: ["a"]), by: "M", at: "2026-11-24T11:00:00Z", id: "x"))
            forged.history[0].value?.prompts = ["zz"]
            forged.answers["2.1.1"]?.prompts = ["zz"]
            return forged
        }(), in: HistoryGraph.Vocabulary(TestFramework.make()))
        #expect(unknown.map(\.field).starts(with: ["history.0.value.prompts.0", "history.1.keyQuestion"]), "\(unknown)")
    }

    @Test func timesInISO8601AreReadable() {
        for time in ["2026-11-24T10:15:00Z", "2024-02-29T23:59:59Z", "2026-11-24T10:15:00.250Z", "2026-11-24T10:15:00+01:00"] {
            #expect(HistoryGraph.isReadableTime(time), "\(time)")
        }
        for time in ["", "yesterday", "2026-11-24", "2026-11-24 10:15:00Z", "2025-02-29T10:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:15:00", "2026-11-24T10:15:00.Z", "2026-11-24T10:15:00+1:00"] {
            #expect(!HistoryGraph.isReadableTime(time), "\(time)")
        }
    }
}
