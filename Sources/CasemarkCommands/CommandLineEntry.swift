import ArgumentParser
import Foundation

/// The version `casemark --version` prints.
enum CasemarkVersion {
    static let current = "0.9.0"
}

/// The executable's one call into the commands.
public enum CasemarkCommandLine {
    /// Runs the command line; on a failure it exits with the failure's status. `terminal` takes
    /// over the terminal for the marking screens (`open`, and `casemark` with no command); it is
    /// only called when they open.
    public static func main(
        _ arguments: [String] = Array(CommandLine.arguments.dropFirst()), terminal: TerminalMaker
    ) {
        Casemark.main(arguments, terminal: terminal)
    }
}

extension Casemark {
    /// Runs the command line. `casemark INSPECTION` is the hidden `start` command, so a mistyped
    /// command or option would otherwise be read as an inspection folder or as one of start's
    /// options, and answered with start's usage: a command that does not exist. Here a word that
    /// is neither a command nor an existing folder is named with the nearest command, and a
    /// mistake in start's options is told without start's usage.
    static func main(_ arguments: [String], terminal: TerminalMaker) {
        do {
            if let refusal = CommandWords.refusal(arguments, folderExists: CommandWords.folderExists) {
                throw refusal
            }
            var command = try parseAsRoot(arguments)
            if let screens = command as? any ScreensCommand {
                try screens.run(terminal: terminal)
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            Foundation.exit(failure.exitCode.rawValue)
        } catch {
            guard CommandWords.runsStart(arguments), exitCode(for: error) != .success, !(error is ExitCode) else {
                exitPrinting(error)
            }
            Console.error(CommandWords.startMistake(message(for: error), arguments: arguments))
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }
}

extension Casemark {
    /// ArgumentParser's `exit(withError:)`, but its message (which quotes what was typed, and
    /// errors that quote data) reaches the terminal through `Console`, control characters
    /// spelled out (`VisibleText`).
    static func exitPrinting(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success { Console.out(message) } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }
}

/// The words of a command line as casemark reads them before the parser does.
enum CommandWords {
    /// Every command's name, hidden ones included (they run when typed).
    static var commands: [String] { Casemark.configuration.subcommands.map { $0._commandName } + ["help"] }

    /// The commands `casemark --help` lists: the only ones worth suggesting.
    static var listedCommands: [String] {
        Casemark.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
    }

    /// The options `casemark` takes with no command named.
    static let startOptions = ["--officer", "--read-only", "--edit", "--inspector", "--version", "--help"]

    static func folderExists(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// True when no command is named, so the hidden `start` runs.
    static func runsStart(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return true }
        return !commands.contains(first)
    }

    /// A first word that is neither a command nor a folder: refused here, naming the nearest
    /// command, rather than opened as a folder that is not there.
    static func refusal(_ arguments: [String], folderExists: (String) -> Bool) -> CommandFailure? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), !folderExists(first) else {
            return nil
        }
        let list = listedCommands.joined(separator: ", ")
        if let near = NearestWord.nearest(to: first, among: listedCommands) {
            return CommandFailure(
                "casemark: '\(first)' is not a casemark command; did you mean '\(near)'? (casemark --help lists the commands)",
                exitCode: ExitCode(64))
        }
        return CommandFailure(
            """
                casemark: '\(first)' is neither a casemark command nor an inspection folder.
                To open an inspection give its folder (casemark open FOLDER); the commands are \(list) (casemark --help).
                """)
    }

    /// The parser's message for a mistake in `casemark [INSPECTION] [options]`, with the nearest
    /// option where the parser gave none, and where to look; never start's usage.
    static func startMistake(_ message: String, arguments: [String]) -> String {
        var text = "casemark: \(message)"
        if !message.contains("Did you mean"),
            let typed = arguments.first(where: { $0.hasPrefix("--") && !startOptions.contains(String($0.split(separator: "=")[0])) }),
            let near = NearestWord.nearest(to: String(typed.split(separator: "=")[0]), among: startOptions)
        {
            if let last = text.last, !".?!".contains(last) { text += "." }
            text += " Did you mean '\(near)'?"
        }
        return text + "\n(casemark --help lists the commands and options; casemark open --help how to open an inspection)"
    }
}
