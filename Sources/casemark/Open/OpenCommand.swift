import ArgumentParser

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Mark or review the cases of an inspection, at the keyboard.",
        discussion: """
            Opens the marking screens on the inspection folder INSPECTION. Every answer, tick and \
            note is saved to the case's file as you make it. Press ? on any screen for its keys; \
            docs/inspector-guide.md walks through marking a case.

            Needs a terminal of at least 40×12 (80×24 is best). Set NO_COLOR=1 for no colours.

            Examples:
              casemark open london-2019
              casemark open london-2019 --officer "Chloé Duval"
              casemark open london-2019 --officer "Chloé Duval" --edit
              casemark open london-2019 --moderate london-2019-second

            With --officer only that responsible officer's cases are listed, the results show \
            their figures beside the whole sample's, and the inspection opens read-only (--edit \
            to mark their cases instead); docs/manager-guide.md describes reviewing a caseload.

            With --moderate SECOND the moderation screen opens on the disagreements between \
            INSPECTION and its second marking SECOND, both answers and notes side by side; y, n \
            or a settles one (docs/moderation.md).
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @OptionGroup var options: OpenOptions

    func run() throws {
        try OpenInspection.open(inspection, options: options, location: nil)
    }
}
