import ArgumentParser

/// Why a command failed, as a value: the message for standard error and the exit status.
/// Commands throw it and print nothing themselves; the entry point (`Casemark.main`) prints the
/// message through `Console` (control characters spelled out) and exits with the status. So a
/// test can run a command and look at how it failed.
struct CommandFailure: Error, Equatable, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode

    init(_ message: String, exitCode: ExitCode = .failure) {
        self.message = message
        self.exitCode = exitCode
    }

    /// Any error the store or the model throws: its own words, after `casemark: `; status 1.
    init(_ error: any Error) {
        self.init("casemark: \(error)")
    }

    var description: String { message }
}
