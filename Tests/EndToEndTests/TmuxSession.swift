import CasemarkTestSupport
import Foundation
import Testing

/// Drives the built `casemark` in a real terminal: a tmux server on a private socket, keys sent
/// with send-keys, the screen read back with capture-pane (tig's test style).
final class TmuxSession {
    static let tmux: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var available: Bool { tmux != nil && CasemarkBinary.path != nil }

    let socket = "casemark-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by sh) in a width × height terminal. The pane stays after the
    /// command ends and shows `EXIT=<status>`.
    init(_ command: String, width: Int = 100, height: Int = 30) throws {
        let wrapped = "\(command); echo EXIT=$?; sleep 600"
        // The server this starts lives on: it must not hold a pipe we read to its end.
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", wrapped], detached: true)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String], detached: Bool = false) throws -> String {
        let executable = Self.tmux ?? "/usr/bin/tmux"
        let arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        if detached {
            // Foundation's Process waits on a socket the forked tmux server would inherit and
            // keep open; posix_spawn and waitpid wait for the client alone.
            let argv = [executable] + arguments
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for fd: Int32 in [0, 1, 2] {
                posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            }
            // And with no signals blocked, as from a shell (the test runner blocks some).
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
            let cArguments = argv.map { strdup($0) } + [nil]
            defer { cArguments.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ) == 0 else {
                throw CocoaError(.executableLoad)
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return ""
        }
        return try ProcessRunner.run(executable, arguments).all
    }

    /// Keys as tmux names them: "Enter", "Escape", "C-c", "PageDown", or literal text.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Literal text, never read as key names.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `text` shows (or the time is up); returns the last screen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try waitUntil("\"\(text)\"", seconds: seconds) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds (or the time is up); returns the last screen.
    /// A capture can catch a redraw half done, so a test that also needs something to be gone
    /// waits for both together rather than checking the first screen that has one.
    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        Issue.record("waited \(seconds)s for \(what); the screen was:\n\(last)")
        return last
    }
}
