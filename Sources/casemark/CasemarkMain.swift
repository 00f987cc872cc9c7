import CasemarkCommands

/// casemark's entry point: the commands live in CasemarkCommands; this hands them the one
/// terminal adapter (ncurses), made only when the marking screens open.
@main
enum CasemarkMain {
    static func main() {
        CasemarkCommandLine.main(terminal: { try NcursesTerminal() })
    }
}
