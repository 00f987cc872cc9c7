import ArgumentParser

/// The root command. The executable's entry point runs it through `CasemarkCommandLine.main`.
struct Casemark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark probation case files against HMIP standards.",
        discussion: """
            casemark [INSPECTION] [--officer NAME] [--read-only | --edit] [--inspector NAME] opens \
            the marking screens on INSPECTION, like casemark open (--officer opens read-only); with no INSPECTION, on a working \
            copy of the bundled SampleCases (made once in $XDG_DATA_HOME/casemark/sample, or \
            ~/.local/share/casemark/sample), so the demo never changes the repository's files.
            """,
        version: "casemark \(CasemarkVersion.current)",
        // One command per line, in the order --help lists them.
        subcommands: [
            OpenCommand.self,
            NewCommand.self,
            FrameworksCommand.self,
            ImportCommand.self,
            ReportCommand.self,
            SampleCommand.self,
            ExportCommand.self,
            RateCommand.self,
            ValidateCommand.self,
            HistoryCommand.self,
            MarkCommand.self,
            CompleteCommand.self,
            ReopenCommand.self,
            MergeCommand.self,
            MergeFileCommand.self,
            GitSetupCommand.self,
            ConflictsCommand.self,
            SecondMarkCommand.self,
            CompareCommand.self,
            CommentCommand.self,
            CommentsCommand.self,
            ReviewCommand.self,
            StartCommand.self,
        ],
        // `casemark` and `casemark INSPECTION`: a root argument would swallow the command names.
        defaultSubcommand: StartCommand.self
    )
}
