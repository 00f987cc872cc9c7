/// QA comments: a reviewer's note to the marking inspector about one key question of a case (or
/// the case as a whole), with replies, and resolved when dealt with. Kept in the case file apart
/// from the answers, as a log that only grows: a comment, a reply, a resolving and a reopening
/// are each an entry with its own id, never changed or removed, so copies of an inspection merge
/// by taking every entry either holds, and a comment is never lost.
public struct CommentEntry: Sendable, Equatable, Change {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Starts a thread.
        case comment
        case reply
        /// The thread is dealt with.
        case resolve
        /// A resolved thread is open again.
        case reopen
    }

    /// Unique on every copy of the inspection.
    public var id: String
    public var kind: Kind
    /// For a reply, resolving or reopening: the id of the comment that started the thread.
    public var thread: String?
    /// For a comment: the key question it is about; nil for the case as a whole.
    public var keyQuestion: String?
    /// What was written; may be empty for a resolving or reopening.
    public var text: String
    public var by: String
    public var at: String

    public init(
        id: String, kind: Kind, thread: String? = nil, keyQuestion: String? = nil, text: String, by: String, at: String
    ) {
        self.id = id
        self.kind = kind
        self.thread = thread
        self.keyQuestion = keyQuestion
        self.text = text
        self.by = by
        self.at = at
    }

    /// Comment entries never replace one another: a thread's state is worked out from all of them.
    public var replaces: [String] { [] }

    /// The thread this entry belongs to.
    public var threadID: String { kind == .comment ? id : (thread ?? id) }

    /// The thread, as a field of the case (`Change`): `comments.<thread id>`.
    public var field: String { "comments." + threadID }

    /// An id worked out from the entry's content (FNV-1a, 64 bits), so that a pure update (the
    /// screens' reducer) can name a new entry: the case, who, when and what make it unique.
    public static func derivedID(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01b3
        }
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<16 { bytes[15 - i] = digits[Int((hash >> (UInt64(i) * 4)) & 0xF)] }
        return "q" + String(decoding: bytes, as: UTF8.self)
    }
}

/// A comment with its replies and whether it is resolved, worked out from the log.
public struct CommentThread: Sendable, Equatable {
    public var comment: CommentEntry
    /// Replies, resolvings and reopenings, oldest first.
    public var entries: [CommentEntry]

    public var id: String { comment.id }
    public var keyQuestion: String? { comment.keyQuestion }
    public var replies: [CommentEntry] { entries.filter { $0.kind == .reply } }

    /// The latest resolving or reopening decides (by time, then id, so every copy agrees).
    public var resolution: CommentEntry? {
        entries.filter { $0.kind == .resolve || $0.kind == .reopen }.max { ($0.at, $0.id) < ($1.at, $1.id) }
    }

    public var isResolved: Bool { resolution?.kind == .resolve }
}

/// Why a comment was refused.
public enum CommentError: Error, Sendable, Equatable, CustomStringConvertible {
    case emptyText
    case unknownThread(String)
    case alreadyResolved(String)
    case notResolved(String)
    case keyQuestion(CaseEditError)

    public var description: String {
        switch self {
        case .emptyText: "a comment needs some text"
        case .unknownThread(let id): "no comment \(id) on this case"
        case .alreadyResolved(let id): "comment \(id) is already resolved"
        case .notResolved(let id): "comment \(id) is not resolved, so there is nothing to reopen"
        case .keyQuestion(let error): "\(error)"
        }
    }
}

extension Case {
    /// Threads in the order they were started (by time, then id).
    public var commentThreads: [CommentThread] {
        let starts = comments.filter { $0.kind == .comment }.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        var rest: [String: [CommentEntry]] = [:]
        for e in comments where e.kind != .comment { rest[e.threadID, default: []].append(e) }
        return starts.map { start in
            CommentThread(comment: start, entries: (rest[start.id] ?? []).sorted { ($0.at, $0.id) < ($1.at, $1.id) })
        }
    }

    /// Threads not resolved, optionally only those on one key question ("" for the case as a whole).
    public func openComments(on keyQuestion: String? = nil) -> [CommentThread] {
        commentThreads.filter { !$0.isResolved && (keyQuestion == nil || ($0.keyQuestion ?? "") == keyQuestion) }
    }

    /// Starts a thread about `keyQuestion` (nil: the case as a whole). Allowed on a complete
    /// case and by a reviewer who cannot change answers: a comment never changes an answer.
    @discardableResult
    public mutating func addComment(
        _ text: String, on keyQuestion: String?, in framework: Framework? = nil, by: String, at: String, id: String? = nil
    ) throws(CommentError) -> CommentEntry {
        let text = text.trimmed
        guard !text.isEmpty else { throw .emptyText }
        if let keyQuestion, let framework {
            do {
                try checkCommentable(keyQuestion, in: framework)
            } catch {
                throw .keyQuestion(error)
            }
        }
        let entry = CommentEntry(
            id: id ?? CommentEntry.derivedID([self.id, keyQuestion ?? "", text, by, at, String(comments.count)]),
            kind: .comment, keyQuestion: keyQuestion, text: text, by: by, at: at)
        appendComment(entry)
        return entry
    }

    /// Replies to, resolves or reopens the thread `thread`.
    @discardableResult
    public mutating func answerComment(
        _ kind: CommentEntry.Kind, thread: String, text: String = "", by: String, at: String, id: String? = nil
    ) throws(CommentError) -> CommentEntry {
        precondition(kind != .comment, "a new thread is started with addComment")
        guard let found = commentThreads.first(where: { $0.id == thread }) else { throw .unknownThread(thread) }
        let text = text.trimmed
        switch kind {
        case .reply where text.isEmpty: throw .emptyText
        case .resolve where found.isResolved: throw .alreadyResolved(thread)
        case .reopen where !found.isResolved: throw .notResolved(thread)
        default: break
        }
        let entry = CommentEntry(
            id: id ?? CommentEntry.derivedID([self.id, thread, kind.rawValue, text, by, at, String(comments.count)]),
            kind: kind, thread: thread, text: text, by: by, at: at)
        appendComment(entry)
        return entry
    }

    /// Adds an entry, stamping the case as version 2, the layout that has `comments`: a version 1
    /// build refuses the file rather than drop them on saving.
    mutating func appendComment(_ entry: CommentEntry) {
        comments.append(entry)
        schemaVersion = Swift.max(schemaVersion, Self.supportedSchemaVersion)
    }

    /// A comment may be about any key question of the case's sample, even one its attributes
    /// rule out (the comment may be about exactly that).
    func checkCommentable(_ keyQuestionID: String, in framework: Framework) throws(CaseEditError) {
        guard let standard = framework.standard(containing: keyQuestionID), framework.keyQuestion(keyQuestionID) != nil else {
            throw .unknownKeyQuestion(keyQuestionID)
        }
        guard standard.ratedFrom == .cases, standard.sample == sample else {
            throw .notMarkedForSample(keyQuestion: keyQuestionID, sample: sample)
        }
    }
}
