import ArgumentParser

@main
struct Casemark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark probation case files against HMIP standards.",
        subcommands: [ImportCommand.self, ReportCommand.self])
}
