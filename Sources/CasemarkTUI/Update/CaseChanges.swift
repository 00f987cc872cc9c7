import CasemarkModel

/// The top reducer's changes to the cases: the only callers of the session's `commit` and
/// `adopt`. The list follows the cases here, where they change, whenever it is on screen (off
/// screen, it is rebuilt when it comes back: marking never pays for sorting 100,000 cases).
extension AppState {
    /// The one way a case changes: the scoring moves by the difference, and the change is saved.
    /// Refused when read-only, whatever asked for it.
    mutating func commit(_ new: Case) -> [Effect] {
        guard !readOnly, session.commit(new) else { return [] }
        listFollowsCases()
        return [.save(new)]
    }

    /// Takes in a case as the store now holds it (another process's change merged in), with no
    /// save: it is already on disk.
    mutating func adopt(_ c: Case) {
        guard session.adopt(c) else { return }
        listFollowsCases()
    }

    /// Shows a case's comments as `c` holds them, changing nothing else about it.
    mutating func adoptComments(_ c: Case) {
        guard var shown = session.caseWith(id: c.id) else { return }
        shown.comments = c.comments
        adopt(shown)
    }

    /// The list, when it is on screen, rebuilt from the cases as they now are.
    private mutating func listFollowsCases() {
        if screen == .cases { refreshList() }
    }

    /// Rebuilds the list's order from the officer scope, search, filter and sort, keeping the
    /// selected case selected when it is still shown.
    public mutating func refreshList() {
        list.rebuild(from: session, framework: framework)
    }

    /// Takes in `disk`, the case as its file now holds it: this process's unsaved answers that
    /// clash with it go into the history (undo brings them back), the rest are kept and saved.
    mutating func reload(_ disk: Case, _ moment: Moment) -> [Effect] {
        guard let current = session.caseWith(id: disk.id) else { return [] }
        let base = session.savedBase[disk.id] ?? current
        let (reloaded, replaced) = current.reloaded(from: disk, base: base, by: inspector, at: moment.now, newID: moment.newID)
        session.reloaded(disk.id)
        adopt(disk)
        let effects = reloaded == disk ? [] : commit(reloaded)
        if marking?.caseID == disk.id { marking?.lastChange = nil }
        if disk.status == .complete, base.status != .complete {
            // Locked elsewhere: what was not saved here is named, to be made again after reopening.
            let who = (disk.history.last(where: { $0.event == .completed })?.by).map { " by \($0)" } ?? ""
            let lost = replaced.isEmpty ? "" : "; not saved here: \(replaced.joined(separator: ", "))"
            status = StatusMessage("\(disk.id) was completed elsewhere\(who)\(lost) (o reopens it with a reason)", kind: .warning)
        } else if replaced.isEmpty {
            status = StatusMessage("\(disk.id) reloaded from disk")
        } else {
            let names = replaced.joined(separator: ", ")
            status = StatusMessage("\(disk.id) reloaded from disk: your \(names) went into its history (u brings it back)")
        }
        return effects
    }
}
