import CasemarkTestSupport
import Foundation
import Testing

/// The manager's review with the built binary in a real terminal (issue 6): a copy of SampleCases
/// opened on one officer, read-only; her cases only, her figures beside the sample's, and not one
/// byte or file time changed after every key of every screen. Skipped where tmux is not installed.
@Suite(.serialized, .enabled(if: TmuxSession.available, "needs tmux and the built casemark"))
struct ManagerReviewEndToEndTests {
    /// A copy of the repository's SampleCases in a fresh temporary folder.
    final class SampleCopy {
        let root = TestFolder("manager")
        var folder: String { root.sub("wessex") }

        static let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleCases").path

        init() throws {
            try FileManager.default.copyItem(atPath: Self.source, toPath: folder)
        }

        /// Every file and folder under the copy (the copy itself included): its bytes, and its
        /// modification and status-change times to the nanosecond.
        func fingerprint() -> [String: String] { FolderSnapshot.fingerprint(folder) }

        /// Each case file as plain JSON, read here without casemark's own code.
        func cases() throws -> [[String: Any]] {
            let folder = (self.folder as NSString).appendingPathComponent("cases")
            return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { name in
                let data = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
                return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            }
        }
    }

    static func command(_ arguments: String) -> String {
        "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Manager '\(CasemarkBinary.path ?? "casemark")' \(arguments)"
    }

    static func officer(_ c: [String: Any]) -> String {
        ((c["responsibleOfficer"] as? [String: Any])?["name"] as? String ?? "").precomposedStringWithCanonicalMapping
    }

    /// Yes and applicable (yes + no) on a key question, over the cases given, counted here from
    /// the JSON: an answer on 2.x.3 does not count where risk of serious harm issues do not apply.
    static func counts(_ kq: String, _ cases: [[String: Any]]) -> (yes: Int, applicable: Int) {
        var yes = 0
        var no = 0
        for c in cases {
            if kq.hasSuffix(".3"), kq.hasPrefix("2."), kq != "2.1.3",
                (c["attributes"] as? [String: String])?["rosh_issues_apply"] == "N"
            {
                continue
            }
            switch ((c["answers"] as? [String: Any])?[kq] as? [String: Any])?["answer"] as? String {
            case "yes": yes += 1
            case "no": no += 1
            default: break
            }
        }
        return (yes, yes + no)
    }

    /// Resets to the list of cases from wherever a key led: three Escapes, apart, so that none is
    /// read as the start of another key's escape sequence.
    static func backToTheList(_ tmux: TmuxSession) throws {
        for _ in 0..<3 {
            try tmux.send("Escape")
            usleep(50_000)
        }
    }

    /// Issue 21.6, the steps as the manager took them: `--officer 'chloe duval'`, `r`, `o`, "zoe",
    /// Enter, Esc. The list then shows Zoë's cases, not Chloé's.
    @Test func anOfficerChosenOnTheResultsReachesTheList() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(Self.command("open '\(copy.folder)' --officer 'chloe duval'"), width: 80, height: 24)
        _ = try tmux.waitUntil("her list of cases") { $0.contains("> CS-001") && $0.contains("Enter open") }
        try tmux.send("r")
        _ = try tmux.waitFor("Whole sample (")
        try tmux.send("o")
        _ = try tmux.waitFor("Choose an officer")
        try tmux.type("zoe")
        usleep(100_000)
        try tmux.send("Enter")
        _ = try tmux.waitFor("Results · Zoë Ødegård beside the whole sample")
        try tmux.send("Escape")
        let list = try tmux.waitUntil("Zoë's list of cases") { $0.contains("Enter open") && $0.contains("Zoë Ødegård (PO)") }
        let rows = list.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("> ") || $0.hasPrefix("  ") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("Zoë Ødegård") }, "\(list)")
        #expect(!list.contains("Chloé"), "\(list)")
    }

    @Test func oneOfficerReadOnlyShowsHerCasesBesideTheSampleAndWritesNothing() throws {
        let copy = try SampleCopy()
        let before = copy.fingerprint()
        let all = try copy.cases()
        let hers = all.filter { Self.officer($0) == "Chloé Duval" }
        #expect(hers.count == 6)

        let tmux = try TmuxSession(Self.command("open '\(copy.folder)' --officer \"Chloé Duval\" --read-only"), width: 80, height: 24)
        // A capture can catch a redraw half done: wait for the whole list, first row to hints.
        let list = try tmux.waitUntil("her list of cases") { $0.contains("> CS-001") && $0.contains("UPW-001") && $0.contains("Enter open") }
        let rows = list.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("> ") || $0.hasPrefix("  ") }
        #expect(rows.count == hers.count, "\(list)")
        #expect(rows.allSatisfy { $0.contains("Chloé Duval (PO)") }, "only her cases: \(list)")
        for other in ["Jack O'Neill", "Ines Sørensen", "Zoë Ødegård", "Oluwaseun", "李晓雯"] {
            #expect(!list.contains(other))
        }
        #expect(list.contains("READ-ONLY"))

        try tmux.send("r")
        let results = try tmux.waitUntil("her results beside the sample's") {
            $0.contains("Whole sample (") && $0.contains("  2.2.3 ") && $0.contains("Diff: officer's % minus sample's")
        }
        #expect(results.contains("Chloé Duval (PO, 6 cases)"))
        #expect(results.contains("Whole sample (30 cases)"))
        for kq in ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3"] {
            let mine = Self.counts(kq, hers)
            let sample = Self.counts(kq, all)
            let line = results.split(separator: "\n").first { $0.hasPrefix("  \(kq) ") }.map(String.init) ?? ""
            let percent = { (c: (yes: Int, applicable: Int)) in (200 * c.yes + c.applicable) / (2 * c.applicable) }
            #expect(line.contains("\(mine.yes) of \(mine.applicable) "), "\(kq): \(line)")
            #expect(line.contains("\(sample.yes) of \(sample.applicable) "), "\(kq): \(line)")
            #expect(line.contains(" \(percent(mine))% "), "\(kq): \(line)")
            #expect(line.contains(" \(percent(sample))% "), "\(kq): \(line)")
            let difference = percent(mine) - percent(sample)
            let points = difference > 0 ? "+\(difference)" : difference < 0 ? "−\(-difference)" : "0"
            #expect(line.hasSuffix(" " + points), "\(kq): \(line)")
        }

        // The edit keys, on every screen: refused, said so, nothing written.
        let screens: [(keys: [String], shows: String)] = [
            ([], "Enter open"), (["Enter"], "by question"), (["Enter", "v"], "│ sample "),
            (["Enter", "v", "Tab"], "│ sample "), (["r"], "Whole sample ("),
            (["r", "b"], "by officer grade"),
        ]
        try Self.backToTheList(tmux)
        for screen in screens {
            if !screen.keys.isEmpty { try tmux.tmux(["send-keys", "-t", "main"] + screen.keys) }
            let shown = try tmux.waitFor(screen.shows)
            if screen.keys == ["Enter", "v"] {
                // Her figure for the key question in view, then the whole sample's.
                let mine = Self.counts("2.1.1", hers)
                let sample = Self.counts("2.1.1", all)
                #expect(shown.contains("2.1.1 Chloé Duval \(mine.yes) of \(mine.applicable) · "), "\(shown)")
                #expect(shown.contains("│ sample \(sample.yes) of \(sample.applicable) · "), "\(shown)")
            }
            for key in ["y", "n", "a", "e", "c", "Space"] {
                try tmux.send(key)
                let shown = try tmux.waitFor("read-only: nothing can be changed")
                #expect(!shown.contains("saved"), "\(screen.keys) \(key)")
                // A key that is no key anywhere replaces the message, so the next check is its own.
                try tmux.send("Z")
                try tmux.waitFor("Z: not a key here")
            }
            try Self.backToTheList(tmux)
        }
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        #expect(copy.fingerprint() == before, "no file's bytes or times changed")
    }

    @Test func aSessionPressingEveryKeyOfEveryScreenChangesNoByteAndNoFileTime() throws {
        let copy = try SampleCopy()
        let before = copy.fingerprint()
        let tmux = try TmuxSession(Self.command("open '\(copy.folder)' --read-only"), width: 80, height: 24)
        try tmux.waitFor("Enter open")

        // Every printable character (`;` kept off the end, where tmux reads it as a separator)
        // and every named key the screens know.
        let printable = String((33...126).map { Character(Unicode.Scalar($0)!) }.filter { $0 != ";" }) + "; "
        let named = ["Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Tab", "BTab", "BSpace", "DC",
                     "Enter", "Escape", "C-c"]
        // Each screen (or box) as keys from the list, what it shows, and the keys that leave it
        // (pressed one at a time, from the screen, after all the others).
        let screens: [(keys: [String], shows: String, leaving: [String])] = [
            ([], "Enter open", ["Enter", "v", "r", "/", "f", "o", "?", "q", "Escape", "C-c"]),
            (["Enter"], "by question", ["v", "Enter", "r", "?", "q", "Escape", "C-c"]),
            (["Enter", "v"], "across the sample", ["v", "r", "?", "q", "Escape", "C-c"]),
            (["Enter", "v", "Tab"], "across the sample", ["v", "r", "?", "q", "Escape", "C-c"]),
            (["r"], "o officer  b breakdown", ["o", "?", "q", "Escape", "C-c"]),
            (["r", "b", "b"], "by responsible officer", ["o", "?", "q", "Escape", "C-c"]),
            (["o", "Down", "Enter", "r"], "Whole sample (", ["o", "?", "q", "Escape", "C-c"]),
            (["o"], "Choose an officer", ["Enter", "Escape", "C-c"]),
            (["/"], "Search:", ["Enter", "Escape", "C-c"]),
            (["f"], "Filter cases", ["Enter", "Escape", "q", "C-c"]),
            (["?"], "Help: Cases keys", ["?", "q", "Escape", "C-c"]),
            (["Enter", "?"], "Help: Reading a case keys", ["?", "q", "Escape", "C-c"]),
        ]
        for screen in screens {
            try Self.backToTheList(tmux)
            if !screen.keys.isEmpty { try tmux.tmux(["send-keys", "-t", "main"] + screen.keys) }
            try tmux.waitFor(screen.shows)
            let staying = printable.filter { !screen.leaving.contains(String($0)) }
            try tmux.type(String(staying))
            try tmux.tmux(["send-keys", "-t", "main"] + named.filter { !screen.leaving.contains($0) })
            let after = try tmux.screen()
            #expect(!after.contains("EXIT="), "\(screen.keys): still running")
            // q quits from every screen, the help and the filter too (Esc goes back).
            for key in screen.leaving where key != "C-c" && key != "q" {
                try Self.backToTheList(tmux)
                if !screen.keys.isEmpty { try tmux.tmux(["send-keys", "-t", "main"] + screen.keys) }
                try tmux.waitFor(screen.shows)
                try tmux.send(key)
            }
        }
        try Self.backToTheList(tmux)
        let last = try tmux.waitFor("Enter open")
        #expect(!last.contains("NOT SAVED"))
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=0")
        #expect(copy.fingerprint() == before, "no file's bytes or times changed")
    }

    @Test func officerAloneOpensReadOnlyAndEditOpensForMarking() throws {
        let copy = try SampleCopy()
        let before = copy.fingerprint()
        let review = try TmuxSession(Self.command("open '\(copy.folder)' --officer 'CHLOE\u{301} DUVAL'"), width: 100, height: 24)
        let list = try review.waitFor("Enter open")
        #expect(list.contains("READ-ONLY"))
        #expect(list.contains("Wessex and Downs CRC · Chloé Duval: 4 of 6 complete"))
        try review.send("q")
        try review.waitFor("EXIT=0")

        let marking = try TmuxSession(Self.command("open '\(copy.folder)' --officer 'Chloé Duval' --edit"), width: 80, height: 24)
        let writable = try marking.waitFor("Enter open")
        #expect(!writable.contains("READ-ONLY"))
        #expect(writable.contains("answers are saved in"))
        try marking.send("q")
        try marking.waitFor("EXIT=0")
        #expect(try copy.cases().count == 30 && !before.isEmpty)
    }

    @Test func anOfficerNobodyIsIsRefusedWithTheListOfOfficers() throws {
        let copy = try SampleCopy()
        let run = try CasemarkBinary.run(["open", copy.folder, "--officer", "Chloe Dupont"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("No responsible officer matches 'Chloe Dupont'"))
        for officer in ["Chloé Duval (PO, 6 cases)", "Ines Sørensen (PSO, 5 cases)", "李晓雯 (PSO, 4 cases)"] {
            #expect(run.stderr.contains(officer), "\(run.stderr)")
        }
        let both = try CasemarkBinary.run(["open", copy.folder, "--officer", "Chloé Duval", "--read-only", "--edit"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--read-only and --edit"))
    }
}
