@testable import CasemarkCommands

enum CommandRun {
    /// Runs `arguments` as the command line does, without the entry point's printing and exit:
    /// how the command failed, or nil when it succeeded or failed otherwise.
    static func failure(_ arguments: [String]) -> CommandFailure? {
        do {
            var command = try Casemark.parseAsRoot(arguments)
            try command.run()
        } catch {
            return error as? CommandFailure
        }
        return nil
    }
}
