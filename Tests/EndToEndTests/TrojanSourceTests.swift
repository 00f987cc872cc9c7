import CasemarkTestSupport
import Foundation
import Testing

/// The rest of the adversary's list (issue 19.7): bidirectional controls (Trojan Source,
/// CVE-2021-42574) in names, notes, reasons, comments and arguments are shown spelled out in every
/// terminal output; `export` to a terminal spells out control characters; a NUL in a name never
/// reaches the HTML; `git-setup` never reads or writes through a symbolically linked
/// `.gitattributes`.
@Suite struct TrojanSourceTests {
    /// Right-to-left override, isolates, marks: each reorders what a terminal shows.
    static let bidi = "\u{202E}evil\u{202C}\u{2066}x\u{2069}\u{200F}\u{061C}\u{202A}"

    static func bidiScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter {
            (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || [0x200E, 0x200F, 0x061C].contains($0.value)
        }.map { String($0.value, radix: 16) }
    }

    static func run(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Insp\(bidi)ector", "COLUMNS": "3000"])
    }

    static func editCase(_ path: String, _ edit: (inout [String: Any]) -> Void) throws {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        edit(&json)
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test func bidirectionalControlsAreShownSpelledOutInEveryTerminalOutput() throws {
        let scratch = TestFolder()
        try TeamworkEndToEndTests.copySample(to: scratch.sub("insp"))
        try Self.editCase(scratch.sub("insp/cases/CS-004.json")) { $0["responsibleOfficer"] = ["name": "Ann \(Self.bidi)Lee", "grade": "PO"] }
        let setup: [[String]] = [
            ["mark", "insp", "CS-003", "2.1.3", "yes", "--note", "Seen \(Self.bidi)"],
            ["rate", "insp", "1.1", "good", "--reason", "Because \(Self.bidi)"],
            ["comment", "insp", "CS-003", "2.1.3", "--text", "Check \(Self.bidi)"],
        ]
        for arguments in setup {
            let result = try Self.run(arguments, in: scratch.path)
            #expect(result.status == 0, "\(arguments): \(result.all)")
            #expect(Self.bidiScalars(result.all).isEmpty, "\(arguments): \(result.all)")
        }
        // A conflict whose two sides carry the controls, through merge and merge-file.
        try FileManager.default.copyItem(atPath: scratch.sub("insp"), toPath: scratch.sub("other"))
        _ = try Self.run(["mark", "insp", "CS-007", "2.1.1", "yes", "--note", "Here \(Self.bidi)"], in: scratch.path)
        _ = try Self.run(["mark", "other", "CS-007", "2.1.1", "no", "--note", "There \(Self.bidi)"], in: scratch.path)
        try FileManager.default.copyItem(atPath: scratch.sub("insp/cases/CS-007.json"), toPath: scratch.sub("ours.json"))
        try scratch.write("empty.json", "")
        let merged = try Self.run(["merge", "insp", "other"], in: scratch.path)
        #expect(merged.status == 0 && Self.bidiScalars(merged.all).isEmpty && merged.all.contains("\\u{202E}"), "merge: \(merged.all)")
        // A file that cannot be read, whose message quotes what it holds.
        try scratch.write("insp/cases/BAD-1.json", "{\"schemaVersion\": 2, \"id\": \"BAD-1\", \"sample\": \"x\(Self.bidi)\", \"responsibleOfficer\": {\"name\": \"N\"}}")

        let commands: [(arguments: [String], showsData: Bool)] = [
            (["merge-file", scratch.sub("empty.json"), scratch.sub("ours.json"), scratch.sub("other/cases/CS-007.json"), "insp/cases/CS-007.json"], true),
            (["conflicts", "insp"], true),
            (["history", "insp", "CS-003"], true),
            (["history", "insp", "--ratings"], true),
            (["comments", "insp"], true),
            (["validate", "insp"], true),
            (["report", "insp", "--by", "officer"], true),
            (["report", "insp", "--case", "CS-003"], true),
            (["mark", "insp", "CS-\(Self.bidi)", "2.1.1", "yes"], true),
            (["history", "insp", "CS-\(Self.bidi)"], true),
            (["frobnicate\(Self.bidi)"], false),
        ]
        for (arguments, showsData) in commands {
            let result = try Self.run(arguments, in: scratch.path)
            #expect(Self.bidiScalars(result.all).isEmpty, "\(arguments.joined(separator: " ")): \(Self.bidiScalars(result.all))\n\(result.all)")
            if showsData {
                #expect(result.all.contains("\\u{202E}"), "\(arguments.joined(separator: " ")): the data is shown, spelled out\n\(result.all)")
            }
        }
    }

    /// `export` to a terminal (a pseudo-terminal made by script(1)) spells out control characters
    /// and bidirectional controls; to a pipe it writes the bytes as they are, for programs.
    @Test func exportToATerminalSpellsOutControlCharacters() throws {
        let scratch = TestFolder()
        try TeamworkEndToEndTests.copySample(to: scratch.sub("insp"))
        try Self.editCase(scratch.sub("insp/cases/CS-004.json")) { $0["responsibleOfficer"] = ["name": "Ann \u{1B}]0;pwned\u{7}\(Self.bidi)Lee", "grade": "PO"] }
        let binary = try CasemarkBinary.required()
        let onTerminal = try ProcessRunner.run("/usr/bin/script", ["-qec", "'\(binary)' export '\(scratch.sub("insp"))'", "/dev/null"])
        #expect(onTerminal.status == 0, "\(onTerminal.all)")
        #expect(onTerminal.stdout.contains("CS-004"), "\(onTerminal.all)")
        #expect(!onTerminal.stdout.contains("\u{1B}]0;pwned"), "an escape sequence reached the terminal")
        #expect(Self.bidiScalars(onTerminal.stdout).isEmpty)
        #expect(onTerminal.stdout.contains("\\u{1B}]0;pwned\\u{7}\\u{202E}"), "\(onTerminal.stdout)")
        let piped = try CasemarkBinary.run(["export", scratch.sub("insp")])
        #expect(piped.stdout.contains("Ann \u{1B}]0;pwned\u{7}\(Self.bidi)Lee"), "a pipe gets the bytes as they are")
    }

    /// A NUL (and a bidirectional control) in an officer's name is spelled out in the HTML report.
    @Test func aNulInANameNeverReachesTheHTML() throws {
        let scratch = TestFolder()
        try TeamworkEndToEndTests.copySample(to: scratch.sub("insp"))
        try Self.editCase(scratch.sub("insp/cases/CS-004.json")) { $0["responsibleOfficer"] = ["name": "Ann\u{0}\u{202E}Lee", "grade": "PO"] }
        let html = try Self.run(["report", "insp", "--format", "html", "--by", "officer"], in: scratch.path)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(!Data(html.stdout.utf8).contains(0), "a NUL byte in the HTML")
        #expect(Self.bidiScalars(html.stdout).isEmpty)
        #expect(html.stdout.contains("Ann\\u{0}\\u{202E}Lee"), "the name is shown, spelled out")
    }

    /// A `.gitattributes` that is a symbolic link (to a file outside the repository, say) is
    /// neither read nor written through: git-setup refuses, changing nothing.
    @Test func gitSetupNeverFollowsASymbolicallyLinkedGitattributes() throws {
        let scratch = TestFolder()
        let repo = scratch.sub("repo")
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try TeamworkEndToEndTests.git(["init", "-q", "-b", "main"], in: repo)
        try TeamworkEndToEndTests.copySample(to: repo + "/insp")
        try scratch.write("victim", "do not touch\n")
        try FileManager.default.createSymbolicLink(atPath: repo + "/.gitattributes", withDestinationPath: scratch.sub("victim"))
        let setup = try CasemarkBinary.run(["git-setup", repo + "/insp"])
        #expect(setup.status == 1, "\(setup.all)")
        #expect(setup.stderr.contains(".gitattributes") && setup.stderr.contains("symbolic link"), "\(setup.all)")
        #expect(scratch.read("victim") == "do not touch\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: repo + "/.gitattributes")) == scratch.sub("victim"))
        let driver = try ProcessRunner.run("/usr/bin/env", ["git", "config", "--get", "merge.casemark.driver"], in: repo, environment: TeamworkEndToEndTests.gitEnvironment)
        #expect(driver.stdout.isEmpty, "the driver was set: \(driver.stdout)")
        // A plain file is written whole, by rename, and private.
        try FileManager.default.removeItem(atPath: repo + "/.gitattributes")
        try "*.txt text\n".write(toFile: repo + "/.gitattributes", atomically: false, encoding: .utf8)
        #expect(try CasemarkBinary.run(["git-setup", repo + "/insp"]).status == 0)
        let text = try String(contentsOfFile: repo + "/.gitattributes", encoding: .utf8)
        #expect(text.hasPrefix("*.txt text\n") && text.contains("insp/cases/*.json merge=casemark"))
    }
}
