/// Why the terminal cannot be used; the message says what to do, and the exit status is 2.
struct TerminalUnusable: Error, CustomStringConvertible {
    var description: String
}
