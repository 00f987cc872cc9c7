import CasemarkReport
import Foundation
import Testing

/// The progress line long work draws on a terminal: its wording, and that nothing at all is
/// drawn where standard error is not a terminal.
@Suite struct ProgressLineTests {
    @Test("count of total with percent, rate and time left, numbers grouped in thousands")
    func wording() {
        let line = ProgressLine.text(label: "Importing", unit: "cases", done: 42_000, total: 100_000, elapsed: 2)
        #expect(line == "Importing: 42,000 of 100,000 cases (42%) · 21,000 cases/s · 3 s left")
    }

    @Test("no rate nor time left in the first tenth of a second; no total: count and rate only")
    func earlyAndOpenEnded() {
        #expect(ProgressLine.text(label: "Reading", unit: "cases", done: 10, total: 100, elapsed: 0.05) == "Reading: 10 of 100 cases (10%)")
        #expect(ProgressLine.text(label: "Reading", unit: "rows", done: 1500, total: nil, elapsed: 1) == "Reading: 1,500 rows · 1,500 rows/s")
        #expect(ProgressLine.text(label: "Reading", unit: "rows", done: 0, total: 0, elapsed: 1) == "Reading: 0 rows")
    }

    /// One case written a third of a second in (an import still reading its CSV) once promised
    /// "1 h 49 min left" for a 5-second import: the time left waits for a hundredth of the work
    /// or a second, whichever comes first.
    @Test("no time left from the first few cases")
    func noWildFirstGuess() {
        #expect(ProgressLine.text(label: "Writing", unit: "cases", done: 1, total: 20_000, elapsed: 0.33)
            == "Writing: 1 of 20,000 cases (0%) · 3 cases/s")
        #expect(ProgressLine.text(label: "Writing", unit: "cases", done: 200, total: 20_000, elapsed: 0.5)
            == "Writing: 200 of 20,000 cases (1%) · 400 cases/s · 50 s left")
        #expect(ProgressLine.text(label: "Writing", unit: "cases", done: 10, total: 20_000, elapsed: 1)
            == "Writing: 10 of 20,000 cases (0%) · 10 cases/s · 33 min 19 s left")
    }

    @Test("durations", arguments: [(0.2, "under 1 s"), (1.0, "1 s"), (59.2, "59 s"), (59.6, "1 min 00 s"), (185.0, "3 min 05 s"), (7620.0, "2 h 07 min")])
    func durations(_ seconds: Double, _ shown: String) {
        #expect(ProgressLine.duration(seconds) == shown)
    }

    @Test("cut to the terminal's width, never wrapped onto a second line")
    func width() {
        let line = ProgressLine.text(label: "Importing", unit: "cases", done: 42_000, total: 100_000, elapsed: 2, width: 40)
        #expect(line.count == 39)
        #expect(line.hasSuffix("…"))
    }

    /// A clock the test moves by hand, and what the meter wrote.
    final class Fake: @unchecked Sendable {
        let now = Locked<UInt64>(0)
        let written = Locked<[String]>([])
    }

    final class Locked<Value>: @unchecked Sendable {
        private var value: Value
        private let lock = NSLock()
        init(_ value: Value) { self.value = value }
        func withLock<T>(_ body: (inout Value) -> T) -> T { lock.withLock { body(&value) } }
    }

    @Test("not a terminal: nothing is written, however long the work")
    func silentWhenNotATerminal() {
        let fake = Fake()
        let meter = ProgressMeter(
            label: "Importing", unit: "cases", isTerminal: false, clock: { fake.now.withLock { $0 } },
            write: { text in fake.written.withLock { $0.append(text) } })
        for i in 1...100 {
            fake.now.withLock { $0 += 1_000_000_000 }
            meter.update(i, of: 100)
        }
        meter.finish()
        #expect(fake.written.withLock { $0 }.isEmpty)
    }

    @Test("a terminal: quiet at first, then redrawn in place at most ten times a second, erased at the end")
    func redrawnInPlace() {
        let fake = Fake()
        let meter = ProgressMeter(
            label: "Importing", unit: "cases", isTerminal: true, clock: { fake.now.withLock { $0 } },
            write: { text in fake.written.withLock { $0.append(text) } })
        meter.update(1, of: 1000)  // at once: quick work draws nothing
        #expect(fake.written.withLock { $0 }.isEmpty)
        fake.now.withLock { $0 = 500_000_000 }
        meter.update(500, of: 1000)
        fake.now.withLock { $0 = 550_000_000 }
        meter.update(550, of: 1000)  // within a tenth of a second of the last: not drawn
        fake.now.withLock { $0 = 1_000_000_000 }
        meter.update(1000, of: 1000)
        meter.finish()
        let written = fake.written.withLock { $0 }
        #expect(written == [
            "\r\u{1B}[KImporting: 500 of 1,000 cases (50%) · 1,000 cases/s · under 1 s left",
            "\r\u{1B}[KImporting: 1,000 of 1,000 cases (100%) · 1,000 cases/s",
            "\r\u{1B}[K",
        ])
    }
}
