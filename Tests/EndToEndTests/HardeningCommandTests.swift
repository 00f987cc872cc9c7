import CasemarkTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 9 through the built program: a FIFO among the case files hangs no command, a refused
/// `open` changes nothing, a creation that fails leaves nothing behind, and files casemark
/// creates are 0600 whatever the umask.
@Suite(.serialized) struct HardeningCommandTests {
    func newInspection(_ scratch: TestFolder, _ name: String = "insp") throws -> String {
        let path = scratch.sub(name)
        let made = try CasemarkBinary.run(["new", path, "--provider", "Test CRC", "--inspector", "Setup"])
        #expect(made.status == 0, "\(made.all)")
        let json = """
            {"schemaVersion": 1, "id": "A-1", "sample": "case-supervision",
             "responsibleOfficer": {"name": "Chloé Duval", "grade": "PO"},
             "attributes": {"rosh_issues_apply": "Y"}, "status": "in-progress",
             "answers": {"2.1.1": {"answer": "yes", "by": "Setup", "at": "2026-01-05T10:00:00Z"}}, "history": []}
            """
        _ = FileManager.default.createFile(atPath: "\(path)/cases/A-1.json", contents: Data(json.utf8), attributes: [.posixPermissions: 0o600])
        return path
    }

    /// Runs `sh -c script` (with `$CASEMARK` the binary); kills it after `seconds`.
    func shell(_ script: String, seconds: Double = 20, environment: [String: String] = [:]) throws -> (status: Int32, output: String, timedOut: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["CASEMARK"] = try CasemarkBinary.required()
        env.merge(environment) { $1 }
        process.environment = env
        let outPath = NSTemporaryDirectory() + "casemark-hardening-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        try out.close()
        let output = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, output, timedOut)
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    // MARK: - Point 3: a FIFO among the case files

    @Test func everyCommandReturnsWithinSecondsWithAFifoAmongTheCaseFiles() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        #expect(mkfifo("\(path)/cases/F-1.json", 0o600) == 0)
        let q = Self.quoted(path)
        for command in ["validate \(q)", "report \(q)", "report \(q) --format json", "history \(q) A-1", "history \(q) F-1"] {
            let run = try shell("\"$CASEMARK\" \(command)", seconds: 15)
            #expect(!run.timedOut, "casemark \(command) still running after 15 s")
            // The history of another case has nothing to say about F-1; every other command names it.
            if command.hasSuffix("A-1") { continue }
            #expect(run.output.contains("cases/F-1.json"), "casemark \(command) names the FIFO:\n\(run.output)")
            #expect(run.output.contains("FIFO"), "casemark \(command):\n\(run.output)")
        }
    }

    @Test(.enabled(if: TmuxSession.available, "needs tmux"))
    func theScreensOpenWithAFifoAmongTheCaseFiles() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        #expect(mkfifo("\(path)/cases/F-1.json", 0o600) == 0)
        for options in ["", " --read-only"] {
            let command = "env LANG=C.UTF-8 CASEMARK_INSPECTOR=Tess '\(CasemarkBinary.path ?? "casemark")' open '\(path)'\(options)"
            let tmux = try TmuxSession(command)
            let screen = try tmux.waitFor("A-1", seconds: 15)
            #expect(screen.contains("could not be read"), "\(screen)")
            try tmux.send("q")
            try tmux.waitFor("EXIT=0")
        }
    }

    // MARK: - Point 7: a refused open writes nothing

    @Test func openWithNoTerminalExitsTwoAndChangesNothing() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        // A temporary file an interrupted save left an hour and more ago: a writable open removes it.
        let leftover = "\(path)/cases/.A-1.json.tmp-999999-zz"
        _ = FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8))
        var old = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, leftover, &old, 0) == 0)
        let before = FolderSnapshot.fingerprint(path)

        let piped = try shell("\"$CASEMARK\" open \(Self.quoted(path)) < /dev/null | cat")
        #expect(piped.status == 2 || piped.output.contains("terminal"), "\(piped.output)")
        let noTerminal = try CasemarkBinary.run(["open", path])
        #expect(noTerminal.status == 2, "\(noTerminal.all)")
        #expect(FolderSnapshot.fingerprint(path) == before, "the refused open removed or changed a file")
    }

    @Test(.enabled(if: TmuxSession.available, "needs tmux"))
    func openWithAnUnknownTerminalTypeExitsTwoAndChangesNothing() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        let leftover = "\(path)/cases/.A-1.json.tmp-999999-zz"
        _ = FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8))
        var old = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, leftover, &old, 0) == 0)
        let before = FolderSnapshot.fingerprint(path)
        let tmux = try TmuxSession("env TERM=no-such-terminal '\(CasemarkBinary.path ?? "casemark")' open '\(path)'")
        let screen = try tmux.waitFor("EXIT=", seconds: 15)
        #expect(screen.contains("EXIT=2"), "\(screen)")
        #expect(FolderSnapshot.fingerprint(path) == before)
    }

    // MARK: - Point 8: report --output is 0600 whatever the umask

    @Test func reportOutputIsPrivateEvenUnderUmaskZero() throws {
        let scratch = TestFolder()
        let path = try newInspection(scratch)
        for format in ["text", "html"] {
            let output = scratch.sub("report.\(format)")
            let run = try shell("umask 000; \"$CASEMARK\" report \(Self.quoted(path)) --format \(format) --output \(Self.quoted(output))")
            #expect(run.status == 0, "\(run.output)")
            var info = stat()
            #expect(stat(output, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600, "mode \(String(info.st_mode & 0o777, radix: 8))")
        }
        // Over an existing file readable by others, too.
        let existing = scratch.sub("existing.txt")
        _ = FileManager.default.createFile(atPath: existing, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        let run = try shell("umask 000; \"$CASEMARK\" report \(Self.quoted(path)) --output \(Self.quoted(existing))")
        #expect(run.status == 0, "\(run.output)")
        var info = stat()
        #expect(stat(existing, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    // MARK: - Point 6: a creation that fails leaves nothing; a retry succeeds

    static let csv = """
        case_id,responsible_officer,sample,2.1.1
        A-1,Chloé Duval,case-supervision,Y
        A-2,Ines Sørensen,case-supervision,N
        A-3,Jack O'Neill,case-supervision,

        """

    /// A CSV whose cases' files are each over 1 KB (a long note in every answer cell is not
    /// possible in the layout, so long officer names and attributes make them large).
    static func wideCSV(_ scratch: TestFolder) throws -> String {
        let long = String(repeating: "x", count: 1_500)
        var text = "case_id,responsible_officer,sample,2.1.1,remarks\n"
        for i in 1...3 { text += "A-\(i),Officer \(i),case-supervision,Y,\(long)\n" }
        try scratch.write("wide.csv", text)
        return quoted(scratch.sub("wide.csv"))
    }

    /// A write failure injected by the file-size limit (`ulimit -f`): every write past the limit
    /// fails (EFBIG), as on a full disk. Always runs.
    @Test func newAndImportThatFailToWriteLeaveNothingAndARetrySucceeds() throws {
        let scratch = TestFolder()
        try scratch.write("cases.csv", Self.csv)
        let csv = Self.quoted(scratch.sub("cases.csv"))
        // SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process.
        let limited = "trap '' XFSZ; ulimit -f 0;"
        for (name, command) in [("new", "new {F} --provider 'Test CRC'"), ("import", "import {F} --csv \(csv)")] {
            let folder = scratch.sub("\(name)-folder")
            let arguments = command.replacingOccurrences(of: "{F}", with: Self.quoted(folder))
            let failed = try shell("\(limited) \"$CASEMARK\" \(arguments)")
            #expect(failed.status != 0, "\(name): \(failed.output)")
            #expect(!FileManager.default.fileExists(atPath: folder), "\(name) left \(FolderSnapshot.contents(folder).keys.sorted()) behind: \(failed.output)")
            let retried = try shell("\"$CASEMARK\" \(arguments)")
            #expect(retried.status == 0, "\(name) retry: \(retried.output)")
        }
        // A limit that lets inspection.json through (a few hundred bytes) but not the case files
        // (`ulimit -f 1`: 512 bytes in dash, 1024 in bash): the import fails after creating the
        // inspection, and must take the inspection away again.
        let later = scratch.sub("import-later")
        let record = try shell("trap '' XFSZ; ulimit -f 1; \"$CASEMARK\" import \(Self.quoted(later)) --csv \(Self.wideCSV(scratch))")
        #expect(record.status != 0, "\(record.output)")
        #expect(!FileManager.default.fileExists(atPath: later), "left \(FolderSnapshot.contents(later).keys.sorted()) behind: \(record.output)")
        #expect(try shell("\"$CASEMARK\" import \(Self.quoted(later)) --csv \(Self.wideCSV(scratch))").status == 0)

        // Into an existing empty folder (a fresh git repository): what was there stays, nothing else.
        let repo = scratch.sub("repo")
        try FileManager.default.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
        try scratch.write("repo/.git/HEAD", "ref: refs/heads/main\n")
        let before = FolderSnapshot.fingerprint(repo)
        for command in ["new \(Self.quoted(repo)) --provider P", "import \(Self.quoted(repo)) --csv \(csv)"] {
            let failed = try shell("\(limited) \"$CASEMARK\" \(command)")
            #expect(failed.status != 0, "\(failed.output)")
            #expect(FolderSnapshot.fingerprint(repo).keys.sorted() == before.keys.sorted(), "\(command): \(failed.output)")
            #expect(scratch.read("repo/.git/HEAD") == "ref: refs/heads/main\n")
        }
    }

    /// The same on a real full disk: a small tmpfs, where the test may mount one (root); skipped otherwise.
    @Test func newAndImportOnAFullDiskLeaveNothingAndARetryAfterFreeingSpaceSucceeds() throws {
        let scratch = TestFolder()
        let mountPoint = scratch.sub("small-disk")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        let mounted = try shell("mount -t tmpfs -o size=64k,mode=0700 casemark-test \(Self.quoted(mountPoint)) 2>&1")
        guard mounted.status == 0 else {
            print("skipped: cannot mount a tmpfs here (\(mounted.output.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        defer { _ = try? shell("umount \(Self.quoted(mountPoint))") }
        try scratch.write("cases.csv", Self.csv)
        let csv = Self.quoted(scratch.sub("cases.csv"))
        let filler = mountPoint + "/filler"
        for (name, command) in [("new", "new {F} --provider 'Test CRC'"), ("import", "import {F} --csv \(csv)")] {
            // Fill the disk to the last byte.
            _ = try shell("dd if=/dev/zero of=\(Self.quoted(filler)) bs=4096 2>/dev/null; sync")
            let folder = mountPoint + "/\(name)-folder"
            let arguments = command.replacingOccurrences(of: "{F}", with: Self.quoted(folder))
            let failed = try shell("\"$CASEMARK\" \(arguments)")
            #expect(failed.status != 0, "\(name) on a full disk: \(failed.output)")
            #expect(!FileManager.default.fileExists(atPath: folder), "\(name) left \(FolderSnapshot.contents(folder).keys.sorted()) behind")
            try FileManager.default.removeItem(atPath: filler)
            let retried = try shell("\"$CASEMARK\" \(arguments)")
            #expect(retried.status == 0, "\(name) after freeing space: \(retried.output)")
        }
    }
}
