import CasemarkTestSupport
import Foundation
import Testing

/// docs/fieldwork.md's git commands, run as written (issue 21.1: followed word for word on a git
/// with no default branch configured, they gave three empty laptops). The `sh` blocks are taken
/// from the document itself; each laptop has its own HOME, so no git configuration of this
/// machine (no `init.defaultBranch`, no identity) helps. Only the USB stick's path is changed,
/// to a folder of the test's, and `casemark` is the built one.
@Suite struct FieldworkGitDocTests {
    static let doc: String = {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        return (try? String(contentsOf: folder.appendingPathComponent("docs/fieldwork.md"), encoding: .utf8)) ?? ""
    }()

    /// The `sh` block under the heading that starts with `heading`.
    static func block(_ heading: String) throws -> String {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("### " + heading) }, "no heading \(heading)")
        let open = try #require(lines[start...].firstIndex { $0 == "```sh" })
        let close = try #require(lines[(open + 1)...].firstIndex { $0 == "```" })
        return lines[(open + 1)..<close].joined(separator: "\n")
    }

    /// One laptop: its own HOME and working folder.
    struct Laptop {
        let home: String
        let usb: String
        let bin: String

        /// Runs `script` (a block of the document) with bash, stopping at the first failure.
        @discardableResult
        func run(_ script: String, in folder: String? = nil, expectSuccess: Bool = true) throws -> CommandOutput {
            let text = script.replacingOccurrences(of: "/media/usb", with: usb)
            let result = try ProcessRunner.run("/bin/bash", ["-e", "-c", text], in: folder ?? home, environment: [
                "HOME": home, "XDG_CONFIG_HOME": home + "/.config", "GIT_CONFIG_NOSYSTEM": "1",
                "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "GIT_TERMINAL_PROMPT": "0", "CASEMARK_INSPECTOR": (home as NSString).lastPathComponent,
            ])
            if expectSuccess { #expect(result.status == 0, "\(text)\n\(result.all)") }
            return result
        }
    }

    @Test func theDocumentedGitSequenceWorksOnAGitWithNoDefaultBranch() throws {
        let scratch = TestFolder()
        let usb = scratch.sub("usb")
        let bin = scratch.sub("bin")
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/casemark", withDestinationPath: try CasemarkBinary.required())
        func laptop(_ name: String) throws -> Laptop {
            let home = scratch.sub(name)
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            return Laptop(home: home, usb: usb, bin: bin)
        }
        let identity = try Self.block("Once on each laptop")
        let setUp = try Self.block("Monday: setting up")
        let join = try Self.block("Monday: each inspector")
        let evening = try Self.block("Every evening")
        #expect(setUp.contains("git init --bare"))

        let aoife = try laptop("Aoife")
        try aoife.run(identity)
        try FileManager.default.copyItem(atPath: TeamworkEndToEndTests.sample, toPath: aoife.home + "/wessex-2026")
        try aoife.run(setUp)

        let ben = try laptop("Ben")
        let chloe = try laptop("Chloe")
        for person in [ben, chloe] {
            try person.run(identity)
            try person.run(join)
            let cases = (try? FileManager.default.contentsOfDirectory(atPath: person.home + "/wessex-2026/cases")) ?? []
            #expect(cases.count == 30, "the clone holds the inspection: \(cases.count) case files")
        }

        // Each marks a different key question, then does the evening's round in turn.
        try ben.run("casemark mark wessex-2026 CS-001 2.1.1 no --note 'Ben evening' --reopen 'second look'")
        try ben.run(evening, in: ben.home)
        try chloe.run("casemark mark wessex-2026 CS-002 2.1.2 yes --note 'Chloe evening' --reopen 'second look'")
        try chloe.run(evening, in: chloe.home)
        // Ben's next evening brings Chloé's in.
        try ben.run("casemark mark wessex-2026 CS-003 2.1.3 yes --reopen 'second look'")
        try ben.run(evening, in: ben.home)
        try chloe.run("git pull --no-rebase --no-edit origin main", in: chloe.home + "/wessex-2026")
        #expect(TeamworkEndToEndTests.contents(ben.home + "/wessex-2026") == TeamworkEndToEndTests.contents(chloe.home + "/wessex-2026"),
                "both laptops hold the same files")
        let conflicts = try ben.run("casemark conflicts wessex-2026 --exit-code")
        #expect(conflicts.status == 0)
    }
}
