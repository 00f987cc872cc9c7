import ArgumentParser
import CasemarkSession
import Foundation

/// `casemark [INSPECTION]`: what runs when no command is named.
struct StartCommand: ScreensCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open the marking screens on INSPECTION, or on a working copy of the sample.",
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("The inspection folder to mark (default: a copy of the sample).", valueName: "inspection"))
    var inspection: String?

    @OptionGroup var options: OpenOptions

    func run(terminal: TerminalMaker) throws {
        if let inspection {
            try OpenInspection.open(inspection, options: options, location: nil, terminal: terminal)
            return
        }
        let copy: String
        do {
            copy = try SampleCopy.prepare()
        } catch {
            throw CommandFailure("\(error)")
        }
        try OpenInspection.open(copy, options: options, location: "the sample copy \(PathDisplay.short(copy))", terminal: terminal)
    }
}
