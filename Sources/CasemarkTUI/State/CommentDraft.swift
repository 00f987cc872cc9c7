import CasemarkModel

/// A QA comment being typed: on which case and key question (nil: the case as a whole).
public struct CommentDraft: Equatable, Sendable {
    public var caseID: String
    public var keyQuestion: String?
    public var field = TextField()

    public init(caseID: String, keyQuestion: String?) {
        self.caseID = caseID
        self.keyQuestion = keyQuestion
    }
}

extension AppState {
    /// Whether `C` may leave a comment: always when marking; read-only only with `--review`
    /// (a comment never changes an answer, so the read-only guarantee for answers holds).
    public var canComment: Bool { !readOnly || review }

    /// Open QA comments on a case's key question ("" for the case as a whole), or on the whole case.
    public func openComments(_ c: Case, on keyQuestion: String? = nil) -> Int {
        c.comments.isEmpty ? 0 : c.openComments(on: keyQuestion).count
    }
}
