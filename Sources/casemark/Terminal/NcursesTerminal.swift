import CNcurses
import CasemarkCommands
import CasemarkSession
import CasemarkTUI
import Foundation

/// The one place that talks to ncurses: it copies a screen buffer to the terminal (wide
/// characters, attributes, colour pairs), reads keys as UTF-8 with `wget_wch`, places the real
/// cursor on the focused item, and gives the terminal back as it found it.
final class NcursesTerminal: ScreensTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colours: Bool
    private var closed = false

    /// Takes over the terminal, or says why it cannot (not a terminal, unknown TERM, no cursor
    /// addressing). Nothing is drawn until then.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        // With the C locale ncursesw silently drops every non-ASCII character ("Chloé" → "Chlo").
        if String(cString: cn_codeset()) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw TerminalUnusable(description: "casemark: the marking screens need a terminal, and standard input or output is not one (a pipe or a file). Run it in a terminal window; for scripts, use casemark report.")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else {
            throw TerminalUnusable(description: "casemark: TERM is not set, so the type of terminal is unknown. Set it, for example: TERM=xterm-256color casemark …")
        }
        guard let output = cn_fdopen_out(), let input = cn_fdopen_in() else {
            throw TerminalUnusable(description: "casemark: could not open the terminal for drawing")
        }
        // ncurses restores the terminal on SIGINT, SIGTERM and SIGHUP only if they can arrive: a
        // parent (a test runner, a service manager) may have left them blocked.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        // newterm, not initscr: initscr exits the process itself on an unknown TERM.
        guard let screen = newterm(nil, output, input) else {
            throw TerminalUnusable(description: "casemark: unknown terminal type \"\(term)\" (TERM). Set TERM to your terminal's type, for example TERM=xterm-256color.")
        }
        guard cn_can_move_cursor() != 0, let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalUnusable(description: "casemark: the terminal type \"\(term)\" (TERM) cannot move the cursor, so the screens cannot be drawn. Use a full terminal, for example TERM=xterm-256color.")
        }
        self.screen = screen
        self.window = window
        // raw: Ctrl-C arrives as a key, so quitting goes through the same path as q.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colours = has_colors() && !noColor
        if colours { Palette.install() }
    }

    deinit { close() }

    var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    func nextKey(timeout: Int?) -> KeyRead {
        wtimeout(window, Int32(timeout ?? -1))
        let started = DispatchTime.now().uptimeNanoseconds
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR {
                // A blocking read only fails when the input is gone; a timed one may just have timed out.
                let waited = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
                guard let timeout, waited >= timeout / 2 else { return .ended }
                return .timedOut
            }
            if let key = KeyDecoder.decode(status: status, value: UInt32(value), size: { (Int(getmaxx(self.window)), Int(getmaxy(self.window))) }) {
                return .key(key)
            }
        }
    }

    func draw(_ buffer: ScreenBuffer) {
        werase(window)
        var text = [wchar_t](repeating: 0, count: 6)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                var n = 0
                for scalar in cell.character.unicodeScalars where n < 5 {
                    text[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                text[n] = 0
                _ = cn_put_cell(window, Int32(y), Int32(x), text, attributes(cell.style), colours ? Palette.pair(cell.style.role) : 0)
            }
        }
        if let cursor = buffer.cursor, buffer.contains(x: cursor.x, y: cursor.y) {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    private func attributes(_ style: Style) -> attr_t {
        var a = cn_A_NORMAL()
        if style.bold { a |= cn_A_BOLD() }
        if style.reverse { a |= cn_A_REVERSE() }
        if style.dim { a |= cn_A_DIM() }
        if style.underline { a |= cn_A_UNDERLINE() }
        return a
    }

    /// Gives the terminal back: normal mode, cursor visible, screen as the shell left it.
    func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        delscreen(screen)
    }
}
