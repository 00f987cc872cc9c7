import ArgumentParser
import CasemarkSession

/// The terminal the marking screens take over: the session draws on it and reads keys from it,
/// and `close` gives it back as it was found. The executable makes it (ncurses, the one adapter
/// in Sources/casemark/Terminal); tests hand in a fake.
public protocol ScreensTerminal: TerminalIO {
    func close()
}

/// Takes over the terminal, or throws why it cannot (the message is printed, the exit status
/// is 2, and nothing has been changed).
public typealias TerminalMaker = () throws -> any ScreensTerminal

/// A command that opens the marking screens (`open`, and `casemark` with no command): run with
/// the terminal the executable makes, rather than `run()`.
protocol ScreensCommand: ParsableCommand {
    func run(terminal: TerminalMaker) throws
}
