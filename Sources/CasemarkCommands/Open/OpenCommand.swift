import ArgumentParser
import CasemarkSession

struct OpenCommand: ScreensCommand {
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
              casemark open --demo youth

            --demo youth opens a working copy of the youth justice demonstration inspection \
            (YouthSampleCases: Kestrel Vale Youth Justice Service, court and out-of-court \
            cases), made once in $XDG_DATA_HOME/casemark/youth-sample (or \
            ~/.local/share/casemark/youth-sample), so the repository's files never change; \
            --demo adult the same of SampleCases (what casemark with no inspection opens).

            With --officer only that responsible officer's cases are listed, the results show \
            their figures beside the whole sample's, and the inspection opens read-only (--edit \
            to mark their cases instead); docs/manager-guide.md describes reviewing a caseload.

            With --moderate SECOND the moderation screen opens on the disagreements between \
            INSPECTION and its second marking SECOND, both answers and notes side by side; y, n \
            or a settles one (docs/moderation.md).
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String?

    @Option(help: ArgumentHelp(
        "Open a working copy of a demonstration inspection instead: adult (the default demo, SampleCases) or youth (a youth justice service, YouthSampleCases).",
        valueName: "adult|youth"))
    var demo: Demo?

    @OptionGroup var options: OpenOptions

    func validate() throws {
        if let inspection, demo != nil {
            throw ValidationError("Give an inspection folder (\(inspection)) or --demo, not both.")
        }
        if inspection == nil, demo == nil {
            throw ValidationError("Expected an inspection folder to open, or --demo adult|youth for a copy of a demonstration inspection.")
        }
    }

    func run(terminal: TerminalMaker) throws {
        if let inspection {
            try OpenInspection.open(inspection, options: options, location: nil, terminal: terminal)
            return
        }
        let demo = self.demo ?? .adult
        let copy: String
        do {
            copy = try SampleCopy.prepare(demo)
        } catch {
            throw CommandFailure("\(error)")
        }
        try OpenInspection.open(copy, options: options, location: "the \(demo == .youth ? "youth " : "")sample copy \(PathDisplay.short(copy))", terminal: terminal)
    }
}
