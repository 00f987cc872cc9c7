import CasemarkModel

/// The application's only update: the state after `action`, and the effects the shell must run
/// (save a case, mark it in use, quit). Pure: the time comes in as `now` (ISO 8601, UTC) and the
/// ids of new changes from `newID` (the session draws them at random, a test counts them);
/// nothing is read or written.
///
/// Composed as The Composable Architecture composes reducers with `Scope`: a key on a screen is
/// handed to that screen's reducer with the screen's own state (`CasesScreen`, `MarkingScreen`,
/// `ReadingScreen`, `ResultsScreen`, `ModerationScreen`), which reads the rest and hands back
/// what reaches beyond it (`ScreenOutcome`); this reducer handles what is every screen's: the
/// effects' outcomes, the boxes over the screens, the moves between screens, the status line,
/// and the cases themselves (`commit`, `adopt`).
public func reduce(_ state: inout AppState, _ action: Action, now: String, newID: () -> String) -> [Effect] {
    withoutActuallyEscaping(newID) { newID in
        let moment = Moment(now: now, newID: newID)
        let effects = reduceAction(&state, action, moment)
        return effects + followOpenCase(&state, quitting: effects.contains(.quit) || effects.contains(.quitLosingUnsaved))
    }
}

/// The case open on the marking screen is marked as in use for other casemark processes (who
/// else has it open comes back as `caseInUse`); leaving it, or quitting, releases the mark.
/// Read-only, nothing is marked: nothing could be written.
private func followOpenCase(_ state: inout AppState, quitting: Bool) -> [Effect] {
    let open = quitting || state.readOnly ? nil : state.marking?.caseID
    guard open != state.session.caseMarkedInUse else { return [] }
    var effects: [Effect] = []
    if let previous = state.session.caseMarkedInUse { effects.append(.endEditing(caseID: previous)) }
    if let open { effects.append(.beginEditing(caseID: open)) }
    state.session.markInUse(open)
    return effects
}

private func reduceAction(_ state: inout AppState, _ action: Action, _ moment: Moment) -> [Effect] {
    switch action {
    case .saved(let id, let file):
        state.session.saved(id)
        if let (other, message) = state.session.unsaved.min(by: { $0.key < $1.key }) {
            state.status = StatusMessage("NOT SAVED \(other): \(message) (retrying)", kind: .error)
        } else {
            // What the key did stays in view beside where it was written.
            let done = state.status.kind == .info && !state.status.text.isEmpty ? state.status.text + " · " : ""
            state.status = StatusMessage("\(done)saved \(file)", kind: .saved)
        }
        return []
    case .saveFailed(let id, let message):
        state.session.saveFailed(id, message: message)
        state.status = StatusMessage("NOT SAVED \(id): \(message) (kept, retrying)", kind: .error)
        return []
    case .mergedOnDisk(let c):
        state.adopt(c)
        return []
    case .caseInUse(let id, let holder):
        state.status = StatusMessage(
            "\(id) is open in another casemark (\(holder)): changes to the same answer are refused, not overwritten",
            kind: .warning)
        return []
    case .saveConflict(let id, let fields, let disk):
        // Not retried: it would clash again. The status line says so until it is reloaded.
        state.session.refused(id, SaveConflict(fields: fields, disk: disk))
        state.status = .none
        return []
    case .reloaded(let disk):
        return state.reload(disk, moment)
    case .commented(let c, let file):
        state.adoptComments(c)
        let done = state.status.kind == .info && !state.status.text.isEmpty ? state.status.text + " · " : ""
        state.status = StatusMessage("\(done)saved \(file)", kind: .saved)
        return []
    case .commentFailed(let id, let message):
        state.status = StatusMessage("COMMENT NOT SAVED on \(id): \(message)", kind: .warning)
        return []
    case .reviewed(let c, let file):
        state.adopt(c)
        state.status = StatusMessage("\(c.id) \(c.reviewState.displayName) · saved \(file)", kind: .saved)
        return []
    case .reviewFailed(let id, let message):
        state.status = StatusMessage("REVIEW NOT SAVED on \(id): \(message)", kind: .warning)
        return []
    case .reloadFailed(let id, let message):
        state.status = StatusMessage("\(id) could not be reloaded: \(message)", kind: .warning)
        return []
    case .retrySaves:
        return retries(state)
    case .quitRequested:
        return requestQuit(&state)
    case .key(let key):
        // A failed save is tried again before anything else, so it is never left behind.
        let place = state.place
        let effects = retries(state) + handle(key, &state, moment)
        // "saved …" (and what that key did, beside it) outlasts keys, but not the screen or
        // case it was about: on another case "CS-003 is complete (o reopens it)" misleads.
        if state.status.kind == .saved, state.place != place { state.status = .none }
        return effects
    }
}

extension AppState {
    /// The screen and the case in view, which a status message may be about.
    fileprivate var place: [String] {
        ["\(screen)", marking?.caseID ?? "", reading?.caseID ?? ""]
    }
}

private func retries(_ state: AppState) -> [Effect] {
    state.session.unsaved.keys.sorted().compactMap { state.session.caseWith(id: $0).map(Effect.save) }
}

private func handle(_ key: KeyEvent, _ state: inout AppState, _ moment: Moment) -> [Effect] {
    if case .resize(let width, let height) = key {
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    }
    // A passing message lasts one key; saved and error messages stay until replaced.
    if state.status.kind == .info || state.status.kind == .warning { state.status = .none }
    if state.isTooSmall {
        // Only quitting makes sense until the terminal is big enough again.
        return key == .char("q") || key == .ctrlC ? requestQuit(&state) : []
    }
    if let overlay = state.overlay {
        return handleOverlay(overlay, key, &state, moment)
    }
    // Esc first dismisses what was found on opening; then it does what it does on the screen.
    if key == .escape, state.notice != nil {
        state.notice = nil
        return []
    }
    let table = keyTable(for: state.screen, review: state.review)
    guard let binding = table.binding(for: key) else {
        if state.readOnly, let edit = KeyTables.marking.binding(for: key), edit.edits {
            // Read-only, an edit key says so on every screen, not only where it would edit.
            refuseReadOnly(edit, &state)
        } else if state.screen == .reading, KeyTables.marking.binding(for: key)?.edits == true {
            state.status = StatusMessage("\(key.label): this page is for reading; v marks the case one key question at a time")
        } else if key != .escape {
            state.status = StatusMessage("\(key.label): not a key here (? lists them)")
        }
        return []
    }
    if binding.edits && state.readOnly {
        refuseReadOnly(binding, &state)
        return []
    }
    if binding.command == .help {
        state.overlay = .help(scroll: 0)
        return []
    }
    if binding.command == .quit { return requestQuit(&state) }
    if binding.command == .comment { return startComment(&state) }
    if binding.command == .approve || binding.command == .returnCase { return startReview(binding.command, &state) }
    return handleOnScreen(binding.command, key, &state, moment)
}

/// A key for the screen in view: handed to that screen's reducer with the screen's own state,
/// which is written back; then what it asked of the whole is carried out.
private func handleOnScreen(_ command: KeyIntent, _ key: KeyEvent, _ state: inout AppState, _ moment: Moment) -> [Effect] {
    var out = ScreenOutcome()
    switch state.screen {
    case .cases:
        var list = state.list
        CasesScreen.reduce(&list, command, state, &out)
        state.list = list
    case .marking:
        guard var marking = state.marking, let c = state.session.caseWith(id: marking.caseID) else {
            state.showList()
            return []
        }
        MarkingScreen.reduce(&marking, command, key, c, state, moment, &out)
        state.marking = marking
    case .reading:
        guard var reading = state.reading, let c = state.session.caseWith(id: reading.caseID) else {
            state.showList()
            return []
        }
        ReadingScreen.reduce(&reading, command, key, c, state, &out)
        state.reading = reading
    case .results(let returnTo):
        var results = state.results
        ResultsScreen.reduce(&results, command, returnTo, state, &out)
        state.results = results
    case .moderation:
        guard var moderation = state.moderation else {
            state.showList()
            return []
        }
        ModerationScreen.reduce(&moderation, command, state, moment, &out)
        state.moderation = moderation
    }
    return state.carryOut(out)
}

/// "read-only: y (answer yes …) is not available".
private func refuseReadOnly(_ binding: KeyBinding, _ state: inout AppState) {
    state.status = StatusMessage("read-only: nothing can be changed (\(binding.label): \(binding.help))")
}

/// The key table of a screen: the same one the hint line and the help screen are made from. In
/// the QA mode (`review`), the list, a case and the marking screen have the review keys too.
public func keyTable(for screen: Screen, review: Bool = false) -> KeyTable {
    switch screen {
    case .cases: review ? KeyTables.casesReviewing : KeyTables.cases
    case .marking: review ? KeyTables.markingReviewing : KeyTables.marking
    case .reading: review ? KeyTables.readingReviewing : KeyTables.reading
    case .results: KeyTables.results
    case .moderation: KeyTables.moderation
    }
}

/// The key table of an overlay.
public func keyTable(for overlay: Overlay) -> KeyTable {
    switch overlay {
    case .help: KeyTables.help
    case .confirm: KeyTables.confirm
    case .reopenReason: KeyTables.reason
    case .filter: KeyTables.filter
    case .search: KeyTables.search
    case .noteEditor: KeyTables.noteEditor
    case .officerPicker: KeyTables.officerPicker
    case .comment: KeyTables.comment
    case .returnReason: KeyTables.returnReason
    }
}

/// Quit, unless a change is not on disk yet: then ask first.
func requestQuit(_ state: inout AppState) -> [Effect] {
    if state.session.unsaved.isEmpty && state.session.conflicts.isEmpty { return [.quit] }
    state.overlay = .confirm(.quitUnsaved)
    return []
}
