import ArgumentParser

@main
struct Casemark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark probation case files against HMIP standards.",
        // One command per line, in the order --help lists them.
        subcommands: [
            NewCommand.self,
            ImportCommand.self,
            ReportCommand.self,
            RateCommand.self,
            ValidateCommand.self,
            HistoryCommand.self,
            ExerciseStoreCommand.self,
        ]
    )
}
