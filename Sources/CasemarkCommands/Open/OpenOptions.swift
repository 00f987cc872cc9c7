import ArgumentParser

/// The options of `casemark open` (and of `casemark` with no command).
struct OpenOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Review this responsible officer's cases: only theirs are listed, and the results show their figures beside the whole sample's. Opens read-only unless --edit is given.",
        discussion: "Matched ignoring letter case and how accents were typed.", valueName: "name"))
    var officer: String?

    @Flag(name: .customLong("read-only"), help: "Open for reading only: no key can change anything, and nothing is written.")
    var readOnly = false

    @Flag(help: "With --officer: open for marking, not read-only.")
    var edit = false

    @Flag(help: "Review read-only, leaving QA comments (C) for the marking inspector; no answer can be changed.")
    var review = false

    @Option(help: ArgumentHelp(
        "Moderate against this second marking (made with casemark second-mark): step through the disagreements and settle each.",
        discussion: "The settled answer is a change to INSPECTION whose history says it was moderated, and against which marking. The second marking is only read.",
        valueName: "second"))
    var moderate: String?

    @OptionGroup var who: InspectorOption

    /// `--read-only`, or `--officer` without `--edit`: a manager reviewing a caseload changes nothing.
    var opensReadOnly: Bool { readOnly || review || (officer != nil && !edit) }

    func validate() throws {
        if readOnly && edit {
            throw ValidationError("--read-only and --edit contradict each other: give one of them.")
        }
        if review && edit {
            throw ValidationError("--review opens read-only (with comments) and --edit for marking: give one of them.")
        }
    }
}
