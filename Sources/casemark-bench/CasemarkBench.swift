import ArgumentParser

/// The developers' tools, kept out of the shipped `casemark`: the benchmark behind
/// docs/performance.md and the writer process of the store's crash and concurrency tests.
@main
struct CasemarkBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casemark-bench",
        abstract: "Not for users: casemark's benchmark and its store-exercising test helper.",
        subcommands: [BenchCommand.self, ExerciseStoreCommand.self],
        defaultSubcommand: BenchCommand.self
    )
}
