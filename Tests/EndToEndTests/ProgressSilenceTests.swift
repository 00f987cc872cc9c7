import CasemarkTestSupport
import Foundation
import Testing

/// Long work draws a progress line only when standard error is a terminal: into a pipe or a log
/// file (as here, and in every script) nothing of it is written, not even a carriage return.
@Suite struct ProgressSilenceTests {
    @Test("import, validate, report, report --across, sample, export --format sqlite and merge over 4,000 cases: nothing on standard error but the commands' own words")
    func silentWhenNotATerminal() throws {
        let scratch = TestFolder()
        var rows = ["case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,rosh_level"]
        for i in 1...4_000 { rows.append("C-\(10_000 + i),Officer \(i % 13),PO,case-supervision,Y,\(i % 3 == 0 ? "N" : "Y"),\(i % 2 == 0 ? "high" : "low")") }
        try scratch.write("rows.csv", rows.joined(separator: "\n") + "\n")
        let runs: [[String]] = [
            ["import", "big", "--csv", "rows.csv", "--provider", "Big CRC"],
            ["validate", "big"],
            ["report", "big", "--format", "json"],
            ["report", "--across", "big", "--format", "json"],
            ["sample", "--population", "rows.csv", "--size", "3000", "--seed", "1", "--strata", "rosh_level", "--into", "drawn", "--provider", "P"],
            ["sample", "--check", "drawn", "--population", "rows.csv", "--strata", "rosh_level"],
        ]
        for arguments in runs {
            let run = try CasemarkBinary.run(arguments, in: scratch.path, environment: ["CASEMARK_INSPECTOR": "T"])
            #expect(run.status == 0, "\(arguments): \(run.all)")
            #expect(run.stderr.isEmpty, "\(arguments): \(run.stderr.debugDescription)")
            #expect(!run.stdout.contains("\r"), "\(arguments)")
        }
        // export --format sqlite: reading and writing each have a line; only the summary is written.
        let exported = try CasemarkBinary.run(["export", "big", "--format", "sqlite", "--output", "big.db"], in: scratch.path)
        #expect(exported.status == 0, "\(exported.all)")
        #expect(exported.stderr == "Exported 1 inspection (4000 cases) to big.db.\n", "\(exported.stderr.debugDescription)")
        // merge: the inspection read with the line, the other copy as merge reads it.
        try FileManager.default.copyItem(atPath: scratch.sub("big"), toPath: scratch.sub("big-copy"))
        let merged = try CasemarkBinary.run(["merge", "big", "big-copy"], in: scratch.path, environment: ["CASEMARK_INSPECTOR": "T"])
        #expect(merged.status == 0, "\(merged.all)")
        #expect(merged.stderr.isEmpty, "\(merged.stderr.debugDescription)")
    }
}
