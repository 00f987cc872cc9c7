import ArgumentParser
import CasemarkStore
import Foundation

/// Output conventions shared by the commands: results on standard output, problems on standard
/// error, and a non-zero exit code whenever something was refused.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints why the command failed and returns the exit code to throw.
    static func fail(_ text: String) -> ExitCode {
        error(text)
        return ExitCode(1)
    }

    /// The message for any error the store or the model throws.
    static func fail(_ error: any Error) -> ExitCode {
        fail("casemark: \(error)")
    }
}

/// `--inspector NAME`: who is recording, for the files' by/at.
struct InspectorOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Who is recording this (kept with the change).",
        discussion: "Without it, $CASEMARK_INSPECTOR, else your login name.",
        valueName: "name"))
    var inspector: String?

    var name: String { Inspector.name(option: inspector) }
}
