import CasemarkModel

/// The key table of every screen and overlay. Every default key is a letter, digit, arrow or a
/// key that exists on AZERTY and German layouts without AltGr; `[` `]` (AltGr there) and PgUp/PgDn
/// (Fn on laptops) always have a letter beside them.
public enum KeyTables {
    static let digits: [KeyEvent] = (1...9).map { .char(Character(String($0))) }

    public static let cases = KeyTable(title: "Cases", [
        KeyBinding([.up, .char("k")], .up, help: "move up"),
        KeyBinding([.down, .char("j")], .down, help: "move down"),
        KeyBinding([.pageUp, .char("K")], .pageUp, help: "one page up"),
        KeyBinding([.pageDown, .char("J")], .pageDown, help: "one page down"),
        KeyBinding([.char("g"), .home], .top, help: "first case"),
        KeyBinding([.char("G"), .end], .bottom, help: "last case"),
        KeyBinding([.enter], .open, help: "open the selected case (read-only: to read it whole)", hint: "open"),
        KeyBinding([.char("v")], .read, help: "read the selected case whole: answers, prompts, notes"),
        KeyBinding([.char("/")], .search, help: "search case id, officer and notes as you type", hint: "search"),
        KeyBinding([.char("f")], .filter, help: "filter by sample, officer and status", hint: "filter"),
        KeyBinding([.char("s")], .sort, help: "sort by id, officer, progress or status", hint: "sort"),
        KeyBinding([.char("r")], .results, help: "results: every key question's percentage", hint: "results"),
        KeyBinding([.char("o")], .officer, help: "choose an officer: only their cases, and their figures", hint: "officer"),
        KeyBinding([.char("C")], .comment, help: "leave a QA comment on the selected case (✎ marks open ones)"),
        KeyBinding([.escape], .clearSearch, help: "clear the search and the filter"),
        KeyBinding([.char("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark", hint: "quit"),
    ])

    public static let marking = KeyTable(title: "Marking", [
        KeyBinding([.up, .char("k")], .up, help: "previous key question (or prompt)"),
        KeyBinding([.down, .char("j")], .down, help: "next key question (or prompt)"),
        KeyBinding([.tab, .right, .char("l")], .nextPane, help: "move between the key questions and the prompts"),
        KeyBinding([.backTab, .left, .char("h")], .previousPane, help: "move back between the prompts and the key questions"),
        KeyBinding(digits, .jumpToStandard, help: "go to the first, second … standard of the case", label: "1–9"),
        KeyBinding([.char("g"), .home], .top, help: "first key question"),
        KeyBinding([.char("G"), .end], .bottom, help: "last key question"),
        KeyBinding([.char("y")], .answer(.yes), help: "answer yes and go to the next key question", hint: "yes", edits: true),
        KeyBinding([.char("n")], .answer(.no), help: "answer no and go to the next key question", hint: "no", edits: true),
        KeyBinding([.char("a")], .answer(.notApplicable), help: "answer not applicable and go to the next key question", hint: "n/a", edits: true),
        KeyBinding([.backspace, .delete], .clearAnswer, help: "clear the answer (the note and ticks stay)", edits: true),
        KeyBinding([.char(" ")], .tickPrompt, help: "tick or untick the selected prompt", hint: "tick", edits: true),
        KeyBinding([.char("e")], .editNote, help: "write the evidence note", hint: "note", edits: true),
        KeyBinding([.char("u")], .undo, help: "undo one change: an answer, a tick or a note edit", hint: "undo", edits: true),
        KeyBinding([.ctrlR], .redo, help: "redo: put back what u took back", edits: true),
        KeyBinding([.char("m")], .nextUnanswered, help: "go to the next unanswered key question", hint: "next blank"),
        KeyBinding([.char("c")], .complete, help: "mark the case complete (it is then locked)", hint: "complete", edits: true),
        KeyBinding([.char("o")], .reopen, help: "reopen a complete case, giving a reason", edits: true),
        KeyBinding([.char("<")], .takeSide(0), help: "in a conflict: take the first value shown", edits: true),
        KeyBinding([.char(">")], .takeSide(1), help: "in a conflict: take the second value shown", edits: true),
        KeyBinding([.char("R")], .reload, help: "reload the case from disk, keeping yours in its history", edits: true),
        KeyBinding([.char("v")], .read, help: "read the whole case on one page, every note in full"),
        KeyBinding([.char("C")], .comment, help: "leave a QA comment on this key question (✎ marks open ones)"),
        KeyBinding([.pageUp, .char("["), .char("P")], .previousCase, help: "previous case in the list"),
        KeyBinding([.pageDown, .char("]"), .char("N")], .nextCase, help: "next case in the list"),
        KeyBinding([.char("r")], .results, help: "results: every key question's percentage"),
        KeyBinding([.char("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.escape], .back, help: "back to the list of cases", hint: "back"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit (asks first if an answer could not be saved)", hint: "quit"),
    ])

    public static let results = KeyTable(title: "Results", [
        KeyBinding([.up, .char("k")], .up, help: "scroll up"),
        KeyBinding([.down, .char("j")], .down, help: "scroll down"),
        KeyBinding([.pageUp, .char("K")], .pageUp, help: "one page up"),
        KeyBinding([.pageDown, .char("J")], .pageDown, help: "one page down"),
        KeyBinding([.char("g"), .home], .top, help: "top"),
        KeyBinding([.char("G"), .end], .bottom, help: "bottom"),
        KeyBinding([.char("o")], .officer, help: "choose an officer: their figures here, only their cases in the list", hint: "officer"),
        KeyBinding([.char("b")], .breakdown, help: "break down by grade, then officer, then sample, then back", hint: "breakdown"),
        KeyBinding([.char("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.escape], .back, help: "back to the screen results were opened from", hint: "back"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark", hint: "quit"),
    ])

    /// A case read whole. `[` `]` need AltGr on AZERTY and German keyboards, so P and N do the same.
    public static let reading = KeyTable(title: "Reading a case", [
        KeyBinding([.up, .char("k")], .up, help: "scroll up"),
        KeyBinding([.down, .char("j")], .down, help: "scroll down"),
        KeyBinding([.char("K")], .pageUp, help: "one page up"),
        KeyBinding([.char("J")], .pageDown, help: "one page down"),
        KeyBinding([.char("g"), .home], .top, help: "top of the case"),
        KeyBinding([.char("G"), .end], .bottom, help: "end of the case"),
        KeyBinding(digits, .jumpToStandard, help: "go to the first, second … standard of the case", label: "1–9"),
        KeyBinding([.char("]"), .char("N"), .pageDown], .nextCase, help: "next case in the list, as it is searched, filtered and narrowed", hint: "next case"),
        KeyBinding([.char("["), .char("P"), .pageUp], .previousCase, help: "previous case in the list, as it is searched, filtered and narrowed", hint: "previous"),
        KeyBinding([.char("v"), .enter], .mark, help: "step through the key questions, with the sample's figures", hint: "by question"),
        KeyBinding([.char("C")], .comment, help: "leave a QA comment on the key question at the top of the page"),
        KeyBinding([.char("r")], .results, help: "results: every key question's percentage", hint: "results"),
        KeyBinding([.char("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.escape], .back, help: "back to the list of cases", hint: "back"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark", hint: "quit"),
    ])

    /// Moderation: the disagreements with a second marking, one at a time. y n a are the
    /// marking screen's answer keys; the settled answer is a change to this inspection.
    public static let moderation = KeyTable(title: "Moderation", [
        KeyBinding([.char("y")], .answer(.yes), help: "settle the answer as yes (a moderated change to this inspection)", hint: "yes", edits: true),
        KeyBinding([.char("n")], .answer(.no), help: "settle the answer as no", hint: "no", edits: true),
        KeyBinding([.char("a")], .answer(.notApplicable), help: "settle the answer as not applicable", hint: "n/a", edits: true),
        KeyBinding([.pageDown, .char("]"), .char("N")], .nextCase, help: "next disagreement", hint: "next"),
        KeyBinding([.pageUp, .char("["), .char("P")], .previousCase, help: "previous disagreement", hint: "previous"),
        KeyBinding([.char("m")], .nextUnsettled, help: "next disagreement not yet settled", hint: "unsettled"),
        KeyBinding([.down, .char("j")], .down, help: "scroll the two answers down (long notes)"),
        KeyBinding([.up, .char("k")], .up, help: "scroll the two answers up"),
        KeyBinding([.char("?")], .help, help: "this help", hint: "help"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark (every settled answer is already saved)", hint: "quit"),
    ])

    /// Typing narrows the list, so moving is on the arrow keys only.
    public static let officerPicker = KeyTable(title: "Choose an officer", [
        KeyBinding([], .type, help: "type part of a name to narrow the list (accents optional)", label: "typing"),
        KeyBinding([.up], .up, help: "previous line"),
        KeyBinding([.down], .down, help: "next line"),
        KeyBinding([.enter], .confirm, help: "only this officer's cases in the list, and their figures beside the sample's in the results", hint: "choose"),
        KeyBinding([.escape], .cancel, help: "keep the officer as it was", hint: "cancel"),
        KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    public static let help = KeyTable(title: "Help", [
        KeyBinding([.up, .char("k")], .up, help: "scroll up"),
        KeyBinding([.down, .char("j")], .down, help: "scroll down"),
        KeyBinding([.char("?"), .escape], .back, help: "close the help", hint: "close"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark", hint: "quit"),
    ])

    public static let noteEditor = KeyTable(title: "Evidence note", [
        KeyBinding([], .type, help: "what you type (or paste) goes into the note, saved as you type", label: "typing"),
        KeyBinding([.escape], .finish, help: "finish the note", hint: "done"),
        KeyBinding([.enter], .newline, help: "new line", hint: "new line"),
        KeyBinding([.left], .left, help: "cursor left"),
        KeyBinding([.right], .right, help: "cursor right"),
        KeyBinding([.up], .up, help: "cursor up a line"),
        KeyBinding([.down], .down, help: "cursor down a line"),
        KeyBinding([.home], .lineStart, help: "start of the line"),
        KeyBinding([.end], .lineEnd, help: "end of the line"),
        KeyBinding([.backspace], .deleteBackward, help: "delete before the cursor"),
        KeyBinding([.delete], .deleteForward, help: "delete after the cursor"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    public static let search = KeyTable(title: "Search", [
        KeyBinding([], .type, help: "the list narrows as you type", label: "typing"),
        KeyBinding([.enter], .finish, help: "keep this search", hint: "keep"),
        KeyBinding([.escape], .cancel, help: "clear the search", hint: "clear"),
        KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    public static let filter = KeyTable(title: "Filter", [
        KeyBinding([.up, .char("k")], .up, help: "previous line"),
        KeyBinding([.down, .char("j")], .down, help: "next line"),
        KeyBinding([.left, .char("h")], .change(-1), help: "previous choice", hint: "change"),
        KeyBinding([.right, .char("l"), .char(" ")], .change(1), help: "next choice"),
        KeyBinding([.char("x")], .clearFilter, help: "show every case", hint: "all"),
        KeyBinding([.enter], .confirm, help: "apply the filter", hint: "apply"),
        KeyBinding([.escape], .cancel, help: "leave the filter as it was", hint: "cancel"),
        KeyBinding([.char("q"), .ctrlC], .quit, help: "quit casemark"),
    ])

    public static let confirm = KeyTable(title: "Confirm", [
        KeyBinding([.char("y")], .confirm, help: "yes", hint: "yes"),
        KeyBinding([.char("n"), .escape, .char("q")], .cancel, help: "no", hint: "no"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    public static let comment = KeyTable(title: "QA comment", [
        KeyBinding([], .type, help: "type the comment for the marking inspector", label: "typing"),
        KeyBinding([.enter], .confirm, help: "leave the comment (saved at once, with who and when)", hint: "leave it"),
        KeyBinding([.escape], .cancel, help: "leave no comment", hint: "cancel"),
        KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    /// The review keys of the QA mode (`--review`): a complete case approved, or returned to its
    /// marker with a reason typed in a box. Neither edits an answer, so both work read-only.
    static let reviewKeys = [
        KeyBinding([.char("A")], .approve, help: "approve the selected case (complete): kept in its history with who and when", hint: "approve"),
        KeyBinding([.char("R")], .returnCase, help: "return the case to its marker with a reason (it reopens, the reason shown to them)", hint: "return"),
    ]

    /// A screen's table in the QA mode: the review keys first of the main keys, so the hint line
    /// keeps them (R there returns a case; the marking screen's R, reload, is for marking, which
    /// the QA mode does not do).
    static func reviewing(_ table: KeyTable) -> KeyTable {
        var rows = table.bindings.filter { $0.command != .reload }
        let at = rows.firstIndex { $0.hint != nil } ?? rows.count
        rows.insert(contentsOf: reviewKeys, at: at)
        return KeyTable(title: table.title + " (QA review)", rows)
    }

    public static let casesReviewing = reviewing(cases)
    public static let markingReviewing = reviewing(marking)
    public static let readingReviewing = reviewing(reading)

    public static let returnReason = KeyTable(title: "Return to the marker", [
        KeyBinding([], .type, help: "type what the marker is to put right (shown to them at the top of the case)", label: "typing"),
        KeyBinding([.enter], .confirm, help: "return the case: it reopens for its marker with this reason", hint: "return it"),
        KeyBinding([.escape], .cancel, help: "leave the case as it is", hint: "cancel"),
        KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])

    public static let reason = KeyTable(title: "Reopen", [
        KeyBinding([], .type, help: "type why the case is reopened", label: "typing"),
        KeyBinding([.enter], .confirm, help: "reopen the case", hint: "reopen"),
        KeyBinding([.escape], .cancel, help: "leave it complete", hint: "cancel"),
        KeyBinding([.backspace], .deleteBackward, help: "delete a character"),
        KeyBinding([.ctrlC], .quit, help: "quit casemark"),
    ])
}
