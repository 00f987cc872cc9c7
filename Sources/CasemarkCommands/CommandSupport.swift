import ArgumentParser
import CasemarkStore
import CasemarkText
import Foundation

/// Output conventions shared by the commands: results on standard output, problems on standard
/// error, and a non-zero exit code whenever something was refused (a `CommandFailure`, printed
/// here by the entry point).
///
/// Everything a command prints goes through here, and here the last of the terminal rule is
/// applied (`VisibleText.lines`): whatever control character data brought in (an ESC in a name, a
/// note, a file name) is spelled out, so only the command's own line feeds reach the terminal.
/// Text that must stay on one line (a name in a table, a problem) was made so where it was laid out.
enum Console {
    static func out(_ text: String) {
        write(text + "\n", to: .standardOutput)
    }

    static func error(_ text: String) {
        write(text + "\n", to: .standardError)
    }

    /// `text` as it is written, without adding a line feed.
    static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(VisibleText.lines(text).utf8))
    }

    /// For formats not meant for a terminal (JSON, CSV, HTML), which keep the data exactly,
    /// escaped by their own rules: written byte for byte.
    static func writeAsIs(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
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
