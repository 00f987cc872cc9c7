import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// The store's promises under a writer killed at random instants and two writers at once, with
/// real processes: the developers' `casemark-bench exercise-store` (built beside casemark) answers key
/// questions in a loop and prints each save's number once the save has returned.
@Suite struct CrashAndConcurrencyTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_CRASH_SEED"].flatMap { UInt64($0) } ?? 1_124
    static let cases = (0..<10).map { "C-\($0)" }

    func writer(_ path: String, cases: [String], keyQuestions: [String], first: Int, count: Int, inspector: String, output: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CasemarkBinary.requiredBench())
        process.arguments = [
            "exercise-store", path, "--cases", cases.joined(separator: ","),
            "--key-questions", keyQuestions.joined(separator: ","),
            "--first", String(first), "--count", String(count), "--inspector", inspector,
        ]
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        _ = FileManager.default.createFile(atPath: output + ".err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The numbers of the saves the writer reported as returned (complete lines only).
    func acknowledged(_ output: String) -> [Int] {
        let text = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { Int($0) }
    }

    func temporaryFiles(_ path: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path + "/cases")) ?? []
        return names.filter { $0.contains(".tmp-") }.count
    }

    @Test func aWriterKilledAtRandomInstantsLeavesNoCorruptFileAndLosesNoReturnedSave() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "Crash CRC"]).status == 0)
        var rng = SplitMix64(seed: Self.seed)
        var acked: [Int] = []
        var next = 1
        var kills = 0
        var leftovers = 0
        while acked.count < 1_000 && kills < 400 {
            let output = scratch.sub("run-\(kills).out")
            let process = try writer(path, cases: Self.cases, keyQuestions: ["2.1.1", "2.1.2", "2.1.3", "2.2.1"], first: next, count: 1_000_000, inspector: "W", output: output)
            // Kill at a random instant of the saving loop: some time after the first save returned
            // (a kill during start-up would test nothing), so each run makes dozens of saves.
            let started = Date()
            while acknowledged(output).isEmpty && process.isRunning && Date().timeIntervalSince(started) < 10 { usleep(500) }
            usleep(UInt32.random(in: 0...150_000, using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            #expect(process.terminationReason == .uncaughtSignal, "the writer ended before it was killed: \(String(decoding: FileManager.default.contents(atPath: output + ".err") ?? Data(), as: UTF8.self))")

            let numbers = acknowledged(output)
            #expect(numbers == Array(next..<(next + numbers.count)), "saves are acknowledged in order")
            acked += numbers
            // The save in flight at the kill may or may not have landed; never reuse its number.
            next += numbers.count + 1

            // After every kill: every file is the old version or the new one, always valid.
            leftovers += temporaryFiles(path)
            let errors = InspectionFolder.validate(at: path).filter(\.isError)
            #expect(errors.isEmpty, "after kill \(kills) (seed \(Self.seed)): \(errors.map(\.description))")
        }
        #expect(acked.count >= 1_000)

        // Every save that returned before its kill is on disk.
        let (inspection, problems) = try InspectionFolder.load(at: path)
        #expect(problems.filter(\.isError).isEmpty)
        var notes: Set<String> = []
        for c in inspection.cases {
            for entry in c.history { if let note = entry.value?.note { notes.insert("\(c.id)|\(note)") } }
        }
        let missing = acked.filter { !notes.contains("\(Self.cases[$0 % Self.cases.count])|W save \($0)") }
        #expect(missing.isEmpty, "saves acknowledged but not on disk: \(missing.prefix(10))")
        print("crash test: \(kills) kills, \(acked.count) acknowledged saves, 0 corrupt files, \(missing.count) lost, \(leftovers) temporary files seen after kills (seed \(Self.seed))")
    }

    @Test func twoWritersOnOneCaseKeepEveryAnswer() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "Two CRC"]).status == 0)
        let first = ["2.1.1", "2.1.2", "2.1.3", "2.2.1"]
        let second = ["2.3.1", "2.3.2", "2.4.1", "2.4.2"]
        // Both create the case A-1 (neither finds it), then answer their own key questions.
        let p1 = try writer(path, cases: ["A-1"], keyQuestions: first, first: 1, count: 200, inspector: "P1", output: scratch.sub("p1.out"))
        let p2 = try writer(path, cases: ["A-1"], keyQuestions: second, first: 1, count: 200, inspector: "P2", output: scratch.sub("p2.out"))
        p1.waitUntilExit()
        p2.waitUntilExit()
        let err1 = String(decoding: FileManager.default.contents(atPath: scratch.sub("p1.out.err")) ?? Data(), as: UTF8.self)
        let err2 = String(decoding: FileManager.default.contents(atPath: scratch.sub("p2.out.err")) ?? Data(), as: UTF8.self)
        #expect(p1.terminationStatus == 0, "\(err1)")
        #expect(p2.terminationStatus == 0, "\(err2)")
        #expect(acknowledged(scratch.sub("p1.out")).count == 200)
        #expect(acknowledged(scratch.sub("p2.out")).count == 200)

        let (inspection, problems) = try InspectionFolder.load(at: path)
        #expect(problems.filter(\.isError).isEmpty)
        let c = try #require(inspection.cases.first { $0.id == "A-1" })
        for (inspector, kqs) in [("P1", first), ("P2", second)] {
            let notes = c.history.filter { $0.by == inspector }.compactMap(\.value?.note)
            #expect(notes == (1...200).map { "\(inspector) save \($0)" }, "\(inspector): every answer kept, in order")
            for (index, kq) in kqs.enumerated() {
                let last = (1...200).last { $0 % kqs.count == index }!
                #expect(c.answers[kq]?.note == "\(inspector) save \(last)")
            }
        }
        let switches = zip(c.history, c.history.dropFirst()).filter { $0.by != $1.by }.count
        print("concurrency test: 2 × 200 answers, \(c.history.count) history entries, writers interleaved \(switches) times")
        #expect(switches >= 2, "the two writers did not actually overlap")
    }
}
