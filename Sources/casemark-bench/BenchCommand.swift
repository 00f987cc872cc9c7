import ArgumentParser
import CasemarkModel
import CasemarkSession
import CasemarkStore
import CasemarkTUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The figures in docs/performance.md. Measures, on one inspection and one disk,
/// an answer key press from key to durable save, rescoring and a redrawn screen buffer, beside a
/// bare durable write of the same file; and opening to the first drawn screen, with peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Benchmark: key to durable save and redraw; open to first screen.",
        discussion: """
            First make an inspection (once): casemark-bench FOLDER --generate --cases 10000
            Then measure (a fresh process, so memory is the session's own): casemark-bench FOLDER
            For merging copies: copy FOLDER (cp -a), then casemark-bench COPY --diverge 1000 changes
            one answer in each of 1,000 cases of the copy (every tenth case), as another laptop would.
            Build with swift build -c release first.
            """)

    @Argument var folder: String
    @Flag var generate = false
    @Option var cases = 10_000
    @Option var keys = 1_000
    @Option var diverge: Int?

    func run() throws {
        if let diverge {
            try changeCases(diverge)
        } else if generate {
            try make()
        } else {
            try measure()
        }
    }

    /// An inspection of `cases` cases of the default framework's first sample (case supervision),
    /// answered at random (fixed seed), each attribute the framework knows set at random.
    private func make() throws {
        let store = try InspectionFolder.create(at: folder, provider: "Benchmark CRC", framework: try FrameworkLibrary.bundled(), by: "bench")
        let framework = store.framework
        let sample = framework.samples.first { !framework.standards(forSample: $0.id).isEmpty }?.id ?? ""
        let questions = framework.standards(forSample: sample).flatMap(\.keyQuestions)
        var random = SplitMix64(seed: 2019)
        let officers = ["Chloé Duval", "Ines Sørensen", "Jack O'Neill", "李晓雯", "Zoë Ødegård"]
        for n in 1...cases {
            var c = Case(
                id: String(format: "B-%05d", n), sample: sample,
                responsibleOfficer: ResponsibleOfficer(name: officers[n % officers.count], grade: n % 3 == 0 ? "PSO" : "PO"),
                attributes: Dictionary(uniqueKeysWithValues: framework.attributes.map { attribute in
                    // The last value (N for risk of serious harm) on one case in four.
                    (attribute.id, (random.next() % 4 == 0 ? attribute.values.last : attribute.values.first) ?? "")
                }))
            for kq in questions where random.next() % 3 != 0 {
                let judgement: Judgement = random.next() % 3 == 0 ? .no : .yes
                _ = try? c.record(Answer(answer: judgement, note: "Evidence noted for \(kq.id)."), for: kq.id, in: framework, by: "bench", at: "2026-03-01T10:00:00Z", changeID: ChangeID.random())
            }
            try store.save(c)
        }
        print("made \(cases) cases in \(folder)")
    }

    /// One answer changed (flipped, with a note) in each of `count` cases, every tenth case.
    private func changeCases(_ count: Int) throws {
        let store = try WritableInspection.open(at: folder)
        let framework = store.framework
        let ids = store.inspection.cases.map(\.id)
        let step = max(1, ids.count / max(1, count))
        var changed = 0
        for index in stride(from: 0, to: ids.count, by: step) where changed < count {
            guard var c = store.case(ids[index]), c.status != .complete else { continue }
            guard let kq = framework.standards(forSample: c.sample).flatMap(\.keyQuestions).first(where: {
                (try? c.checkAnswerable($0.id, in: framework)) != nil
            }) else { continue }
            let judgement: Judgement = c.answers[kq.id]?.answer == .yes ? .no : .yes
            try c.record(Answer(answer: judgement, note: "Changed on the other laptop."), for: kq.id, in: framework, by: "other", at: "2026-03-02T10:00:00Z", changeID: ChangeID.random())
            try store.save(c)
            changed += 1
        }
        print("changed \(changed) cases in \(folder)")
    }

    private func measure() throws {
        let cpuAtStart = cpuSeconds()
        let started = DispatchTime.now().uptimeNanoseconds
        let store = try WritableInspection.open(at: folder)
        let loaded = DispatchTime.now().uptimeNanoseconds
        var state = AppState(inspection: store.inspection, inspector: "bench", location: folder)
        _ = render(state)
        let drawn = DispatchTime.now().uptimeNanoseconds
        let opened = Double(drawn - started) / 1e9
        let loading = Double(loaded - started) / 1e9
        let firstScreen = Double(drawn - loaded) / 1e9
        let memory = peakMemoryMB()
        // Processor time on all threads: steadier than the wall clock on a machine shared with other work.
        let openCPU = cpuSeconds() - cpuAtStart

        // Mark as an inspector does: from the middle of the list, every key question of a case in
        // turn (yes or no), then on to the next case. Only the answer keys are timed.
        let middle = state.list.order[state.list.order.count / 2]
        if let index = state.list.order.firstIndex(of: middle) { state.list.selected = index }
        let session = Session(state: state, store: InspectionCaseStore(store))
        session.handle([.enter])
        var random = SplitMix64(seed: 7)

        var keyTimes: [Double] = []
        var bareTimes: [Double] = []
        var answeredInCase = 0
        var handleTimes: [Double] = []
        var renderTimes: [Double] = []
        for _ in 0..<keys {
            // Once every key question the case takes has been answered, on to the next case.
            if let marking = session.state.marking, let c = session.state.session.caseWith(id: marking.caseID),
                answeredInCase >= c.markedKeyQuestions(in: store.framework).filter({ !$0.ruledOut }).count
                    || c.markedKeyQuestions(in: store.framework)[marking.row].ruledOut
            {
                session.handle([.pageDown, .char("1")])
                answeredInCase = 0
            }
            answeredInCase += 1
            guard let marking = session.state.marking, let c = session.state.session.caseWith(id: marking.caseID) else { break }
            let id = c.id
            // Always a change (so always a save): the other answer than the one recorded.
            let current = c.markedKeyQuestions(in: store.framework)[marking.row].answer?.answer
            let key: KeyEvent = .char(current == .yes ? "n" : (current == .no ? "y" : (random.next() % 3 == 0 ? "n" : "y")))
            let t0 = DispatchTime.now().uptimeNanoseconds
            session.handle([key])
            let tHandled = DispatchTime.now().uptimeNanoseconds
            let screen = render(session.state)
            let t1 = DispatchTime.now().uptimeNanoseconds
            handleTimes.append(Double(tHandled - t0) / 1e6)
            renderTimes.append(Double(t1 - tHandled) / 1e6)
            precondition(screen.width == 80 && session.state.session.unsaved.isEmpty, "a save failed: \(session.state.session.unsaved)")
            keyTimes.append(Double(t1 - t0) / 1e6)
            // The same bytes written the same durable way, with nothing else: the floor.
            let file = (store.folder.path as NSString).appendingPathComponent(InspectionFolder.caseFile(id))
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            let t2 = DispatchTime.now().uptimeNanoseconds
            try bareDurableWrite(bytes, to: file)
            bareTimes.append(Double(DispatchTime.now().uptimeNanoseconds - t2) / 1e6)
        }
        if ProcessInfo.processInfo.environment["CASEMARK_BENCH_SLOWEST"] != nil {
            let slowest = keyTimes.enumerated().sorted { $0.element > $1.element }.prefix(15)
            print("slowest keys: " + slowest.map { "#\($0.offset) \(ms($0.element))" }.joined(separator: ", "))
        }
        let keyP99 = percentile(keyTimes, 0.99)
        let bareP99 = percentile(bareTimes, 0.99)
        print("""
            inspection: \(folder) (\(store.inspection.cases.count) cases)
            open to first screen: \(String(format: "%.3f", opened)) s (store load \(String(format: "%.3f", loading)) s, state and first screen \(String(format: "%.3f", firstScreen)) s); processor time \(String(format: "%.3f", openCPU)) s; peak memory \(memory) MB
            answer key → durable save + rescoring + redraw (\(keys) keys): p50 \(ms(percentile(keyTimes, 0.5))), p99 \(ms(keyP99)), max \(ms(keyTimes.max() ?? 0))
            bare durable write of the same file:                  p50 \(ms(percentile(bareTimes, 0.5))), p99 \(ms(bareP99)), max \(ms(bareTimes.max() ?? 0))
            of which: reduce + save + rescoring p50 \(ms(percentile(handleTimes, 0.5))), p99 \(ms(percentile(handleTimes, 0.99))); redraw p50 \(ms(percentile(renderTimes, 0.5))), p99 \(ms(percentile(renderTimes, 0.99)))
            p99 ratio: \(String(format: "%.2f", keyP99 / bareP99))
            """)
    }

    private func ms(_ value: Double) -> String { String(format: "%.3f ms", value) }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    /// User and system time of the whole process so far.
    private func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private func peakMemoryMB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// Temporary file in the same folder, write, fsync, rename over, fsync the folder.
    private func bareDurableWrite(_ data: Data, to path: String) throws {
        let temporary = path + ".bench-tmp"
        let fd = open(temporary, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard fd >= 0 else { throw BenchFailure(description: "open \(temporary): \(errno)") }
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else { throw BenchFailure(description: "rename: \(errno)") }
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY)
        fsync(folder)
        close(folder)
    }

    struct BenchFailure: Error, CustomStringConvertible {
        var description: String
    }
}
