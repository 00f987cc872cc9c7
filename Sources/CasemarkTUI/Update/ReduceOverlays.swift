import CasemarkModel

/// A key for the box over the screen: the parent's, since each box reaches across screens (the
/// filter and the search change the list, the note editor and the reasons change a case, the
/// officer picker the session, the list and the results).
func handleOverlay(_ overlay: Overlay, _ key: KeyEvent, _ state: inout AppState, _ moment: Moment) -> [Effect] {
    var key = key
    // Where text is typed, a pasted tab is a space: dropped, the words either side would join.
    switch overlay {
    case .reopenReason, .search, .noteEditor, .officerPicker, .returnReason: if key == .tab { key = .char(" ") }
    default: break
    }
    let table = keyTable(for: overlay)
    let binding = table.binding(for: key)
    if binding?.command == .quit {
        if case .confirm(.quitUnsaved) = overlay { return [.quitLosingUnsaved] }
        return requestQuit(&state)
    }
    switch overlay {
    case .help(let scroll): return handleHelp(scroll, binding?.command, &state)
    case .confirm(let confirmation): return handleConfirm(confirmation, binding?.command, &state, moment)
    case .comment(let draft): return handleComment(draft, binding, key, &state, moment)
    case .returnReason(let id, var field): return handleReturnReason(id, &field, binding?.command, key, &state)
    case .reopenReason(var field): return handleReopenReason(&field, binding?.command, key, &state, moment)
    case .filter(var menu): return handleFilter(&menu, binding?.command, &state)
    case .search(var field): return handleSearch(&field, binding?.command, key, &state)
    case .noteEditor(var editor): return editNote(&editor, binding?.command, key, &state, moment)
    case .officerPicker(var picker):
        pickOfficer(&picker, binding?.command, key, &state)
        return []
    }
}

/// The help: scrolled a line at a time (how far it can go is the view's to say, when drawn).
private func handleHelp(_ scroll: Int, _ command: KeyIntent?, _ state: inout AppState) -> [Effect] {
    switch command {
    case .up: state.overlay = .help(scroll: max(0, scroll - 1))
    case .down: state.overlay = .help(scroll: min(scroll + 1, HelpPage.lastScroll(state)))
    case .back: state.overlay = nil
    default: break
    }
    return []
}

/// A yes/no question: completing a case with key questions unanswered, or quitting with a change
/// not on disk.
private func handleConfirm(_ confirmation: Confirmation, _ command: KeyIntent?, _ state: inout AppState, _ moment: Moment) -> [Effect] {
    guard let command else { return [] }
    state.overlay = nil
    switch (confirmation, command) {
    case (.complete(let id, _), .confirm):
        guard !state.readOnly, let c = state.session.caseWith(id: id) else { return [] }
        let (completed, said) = MarkingScreen.completed(c, state, moment)
        let effects = completed.map { state.commit($0) } ?? []
        state.status = said
        return effects
    case (.complete, _):
        state.status = StatusMessage("not marked complete")
    case (.quitUnsaved, .confirm):
        return [.quitLosingUnsaved]
    case (.quitUnsaved, _):
        state.status = StatusMessage(state.session.unsaved.isEmpty
            ? "not quitting: R on the case reloads it, keeping yours in its history"
            : "not quitting: the unsaved change is retried")
    }
    return []
}

/// The reason for reopening a complete case: typed, then Enter reopens it.
private func handleReopenReason(
    _ field: inout TextField, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState, _ moment: Moment
) -> [Effect] {
    switch command {
    case .confirm:
        let reason = field.text.trimmed
        guard !reason.isEmpty else {
            state.status = StatusMessage("a reason is needed to reopen the case")
            return []
        }
        state.overlay = nil
        guard !state.readOnly, let c = state.currentCase else { return [] }
        var reopened = c
        do {
            try reopened.reopen(reason: reason, by: state.inspector, at: moment.now, changeID: moment.newID())
        } catch {
            state.status = StatusMessage("\(error)")
            return []
        }
        let effects = state.commit(reopened)
        state.status = StatusMessage("\(c.id) reopened: \(reason)")
        return effects
    case .cancel:
        state.overlay = nil
        state.status = StatusMessage("left complete")
    case .deleteBackward:
        field.deleteBackward()
        state.overlay = .reopenReason(field)
    default:
        if case .char(let c) = key {
            field.insert(c)
            state.overlay = .reopenReason(field)
        }
    }
    return []
}

/// The filter box: a line each for sample, officer and status, applied with Enter.
private func handleFilter(_ menu: inout FilterMenu, _ command: KeyIntent?, _ state: inout AppState) -> [Effect] {
    switch command {
    case .up: menu.row = max(0, menu.row - 1)
    case .down: menu.row = min(3, menu.row + 1)
    case .change(let delta): state.cycleFilter(&menu, by: delta)
    case .clearFilter: menu.filter = CaseFilter()
    case .confirm:
        state.overlay = nil
        state.list.filter = menu.filter
        state.refreshList()
        state.status = StatusMessage("\(state.list.order.count) of \(state.session.visibleCaseCount) cases shown")
        return []
    case .cancel:
        state.overlay = nil
        return []
    default: break
    }
    state.overlay = .filter(menu)
    return []
}

/// The search: the list narrows as it is typed.
private func handleSearch(_ field: inout TextField, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState) -> [Effect] {
    switch command {
    case .finish:
        state.overlay = nil
        return []
    case .cancel:
        state.overlay = nil
        state.list.search = ""
        state.refreshList()
        return []
    case .deleteBackward:
        field.deleteBackward()
    default:
        guard case .char(let c) = key else { return [] }
        field.insert(c)
    }
    state.overlay = .search(field)
    state.list.search = field.text
    state.refreshList()
    return []
}

private func editNote(
    _ editor: inout NoteEditor, _ command: KeyIntent?, _ key: KeyEvent, _ state: inout AppState, _ moment: Moment
) -> [Effect] {
    let width = NoteEditorArea.textWidth(state)
    let before = editor.characters
    switch command {
    case .finish:
        state.overlay = nil
        return []
    case .newline:
        editor.characters.insert("\n", at: editor.cursor)
        editor.cursor += 1
    case .left: editor.cursor = max(0, editor.cursor - 1)
    case .right: editor.cursor = min(editor.characters.count, editor.cursor + 1)
    case .up: editor.moveVertically(-1, width: width)
    case .down: editor.moveVertically(1, width: width)
    case .lineStart: editor.moveToLineStart(width: width)
    case .lineEnd: editor.moveToLineEnd(width: width)
    case .deleteBackward:
        if editor.cursor > 0 {
            editor.characters.remove(at: editor.cursor - 1)
            editor.cursor -= 1
        }
    case .deleteForward:
        if editor.cursor < editor.characters.count { editor.characters.remove(at: editor.cursor) }
    default:
        guard case .char(let c) = key else { break }
        guard editor.characters.count < NoteEditor.maximumCharacters else {
            state.status = StatusMessage("the note is as long as the note editor takes (\(NoteEditor.maximumCharacters) characters)", kind: .warning)
            break
        }
        let typed: Character = c == "\r" ? "\n" : c
        editor.characters.insert(typed, at: editor.cursor)
        editor.cursor += 1
    }
    // A combining accent typed after its letter merges into it: keep the cursor inside the text.
    editor.cursor = min(editor.cursor, editor.characters.count)
    var effects: [Effect] = []
    if editor.characters != before, !state.readOnly, let c = state.session.caseWith(id: editor.caseID), c.status != .complete {
        var answer = c.answers[editor.keyQuestion] ?? Answer()
        answer.note = editor.text
        // The model keeps a note typed in one go as one history entry.
        var new = c
        if (try? new.record(
            answer, for: editor.keyQuestion, in: state.framework, by: state.inspector, at: moment.now,
            changeID: moment.newID(), joining: editor.hasChanged)) == true
        {
            effects = state.commit(new)
            editor.hasChanged = true
        }
    }
    state.overlay = .noteEditor(editor)
    return effects
}

extension AppState {
    /// The choices of each filter line: nil (any) first.
    public func filterChoices(row: Int) -> [String?] {
        switch row {
        case 0:
            let present = Set(session.cases.map(\.sample))
            return [nil] + framework.samples.map(\.id).filter { present.contains($0) }
        case 1:
            let names = Set(session.cases.map(\.responsibleOfficer.name))
            return [nil] + names.sorted { ($0.matchKey, $0) < ($1.matchKey, $1) }
        case 2:
            return [nil] + ProgressStatus.allCases.map(\.rawValue) + [CaseFilter.inConflictChoice]
        default:
            return [nil] + Case.ReviewState.allCases.map(\.rawValue)
        }
    }

    func cycleFilter(_ menu: inout FilterMenu, by delta: Int) {
        let choices = filterChoices(row: menu.row)
        let current: String?
        switch menu.row {
        case 0: current = menu.filter.sample
        case 1: current = menu.filter.officer
        case 3: current = menu.filter.review?.rawValue
        default: current = menu.filter.inConflict ? CaseFilter.inConflictChoice : menu.filter.status?.rawValue
        }
        let index = choices.firstIndex(of: current) ?? 0
        let next = choices[(index + delta + choices.count) % choices.count]
        switch menu.row {
        case 0: menu.filter.sample = next
        case 1: menu.filter.officer = next
        case 3: menu.filter.review = next.flatMap(Case.ReviewState.init(rawValue:))
        default:
            menu.filter.inConflict = next == CaseFilter.inConflictChoice
            menu.filter.status = next.flatMap(ProgressStatus.init(rawValue:))
        }
    }
}
