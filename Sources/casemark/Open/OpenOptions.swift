import ArgumentParser

/// The options of `casemark open` (and of `casemark` with no command).
struct OpenOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "List only this responsible officer's cases (percentages stay whole-sample).",
        discussion: "Matched ignoring letter case and how accents were typed.", valueName: "name"))
    var officer: String?

    @Flag(name: .customLong("read-only"), help: "Open for reading only: no key can change anything, and nothing is written.")
    var readOnly = false

    @OptionGroup var who: InspectorOption
}
