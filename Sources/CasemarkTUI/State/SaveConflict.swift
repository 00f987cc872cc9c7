import CasemarkModel

/// A case whose save was refused because another process changed the same answer meanwhile. It
/// is not retried (it would clash again): this process's version stays on screen until the
/// inspector reloads the case (`R`), which keeps this process's answer in the case's history.
public struct SaveConflict: Equatable, Sendable {
    /// The fields both changed, as the store names them ("answers.2.1.1", "status").
    public var fields: [String]
    /// The case as the other process saved it, when its file could be read.
    public var disk: Case?

    public init(fields: [String], disk: Case?) {
        self.fields = fields
        self.disk = disk
    }

    /// The key questions among `fields`, in order.
    public var keyQuestions: [String] {
        fields.compactMap { $0.hasPrefix("answers.") ? String($0.dropFirst("answers.".count)) : nil }
    }

    /// Whether the case was marked complete elsewhere since it was opened here: it is locked,
    /// and nothing more is saved to it until it is reopened.
    public var completedElsewhere: Bool {
        fields == ["status"] && disk?.status == .complete
    }

    /// Who changed the first of them on disk, when the file says.
    public var changedBy: String? {
        keyQuestions.lazy.compactMap { self.disk?.answers[$0]?.by }.first
    }

    /// "2.1.1", "2.1.1 and 2.1.2", or "its status" for a field that is not an answer.
    var what: String {
        let names = keyQuestions.isEmpty ? fields.map { "its \($0)" } : keyQuestions
        guard let last = names.last else { return "it" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension AppState {
    /// The status line for a clash, as long as `width` allows: what, who, and the key that
    /// reloads (or where to press it).
    func conflictStatus(_ id: String, _ conflict: SaveConflict, width: Int) -> StatusMessage {
        let here = marking?.caseID == id && screen == .marking
        let key = here ? "R reloads" : "open it, R reloads"
        if conflict.completedElsewhere {
            let who = conflict.disk?.history.last(where: { $0.event == .completed })?.by
            let by = who.map { " by \($0)" } ?? ""
            let text = TextLayout.firstFitting([
                "NOT SAVED \(id): completed elsewhere\(by), so it is locked · \(key) it; o then reopens it with a reason",
                "NOT SAVED \(id): completed elsewhere\(by) · \(key) it, o reopens",
                "NOT SAVED \(id): completed elsewhere · \(key)",
                "\(id) completed elsewhere · \(key)",
            ], in: width)
            return StatusMessage(text, kind: .error)
        }
        let by = conflict.changedBy.map { " by \($0)" } ?? ""
        let head = "NOT SAVED \(id): \(conflict.what)"
        let text = TextLayout.firstFitting([
            "\(head) was changed elsewhere\(by) · \(key) theirs and keeps yours in the case's history",
            "\(head) changed elsewhere\(by) · \(key) (yours goes to its history)",
            "\(head) changed elsewhere\(by) · \(key)",
            "\(head) changed elsewhere · \(key)",
            "\(id) changed elsewhere · \(key)",
        ], in: width)
        return StatusMessage(text, kind: .error)
    }
}

extension MarkingSession {
    /// The counts as the files on disk hold them, and whether `caseID`'s answer to
    /// `keyQuestion` is not among them: while a case's save is refused (a clash) or failing,
    /// its unsaved answers are left out of the live figures, so they never show a percentage
    /// that no file holds. A case whose save was refused counts as the file on disk now holds
    /// it (another process's change, or a merge under the screen), when it could be read.
    func savedScoring(_ caseID: String, keyQuestion: String) -> (scoring: Scoring, notSaved: Bool) {
        let pending = pendingCases
        guard !pending.isEmpty else { return (scoring, false) }
        var saved = scoring
        for id in pending.sorted() {
            guard let counted = countedVersion(of: id), let current = caseWith(id: id) else { continue }
            saved.replace(current, with: counted)
        }
        return (saved, isNotSaved(caseID, keyQuestion: keyQuestion))
    }

    /// Whether `caseID`'s answer to `keyQuestion` on screen is not the one counted (its save
    /// was refused or failed).
    func isNotSaved(_ caseID: String, keyQuestion: String) -> Bool {
        guard pendingCases.contains(caseID), let counted = countedVersion(of: caseID) else { return false }
        return caseWith(id: caseID)?.answers[keyQuestion] != counted.answers[keyQuestion]
    }

    /// The cases whose version on screen is not on disk.
    private var pendingCases: Set<String> {
        Set(unsaved.keys).union(conflicts.keys).filter { savedBase[$0] != nil }
    }

    /// What counts for a case not saved: the file as the refusal found it, else the version
    /// this process last had on disk.
    private func countedVersion(of id: String) -> Case? {
        conflicts[id]?.disk ?? savedBase[id]
    }
}
