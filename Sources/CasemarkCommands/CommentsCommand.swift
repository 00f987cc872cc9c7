import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

/// `casemark comments INSPECTION [--open]`: every QA comment with its replies.
struct CommentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "List the QA comments on an inspection's cases, with replies.",
        discussion: """
            Every comment, case by case, oldest first: the case, the key question (or "case" \
            for the case as a whole), open or resolved, who and when, the comment's id (for \
            casemark comment --reply, --resolve and --reopen), what it says and every reply. \
            --open lists only those not resolved. Nothing is changed.
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Flag(help: "Only the comments not yet resolved.")
    var open = false

    func run() throws {
        let opened: ReadOnlyInspection
        do {
            opened = try ReadOnlyInspection.open(at: inspection)
        } catch {
            throw CommandFailure(error)
        }
        var lines: [String] = []
        var count = 0
        for c in opened.inspection.cases {
            for thread in c.commentThreads where !open || !thread.isResolved {
                count += 1
                let start = thread.comment
                let state = thread.isResolved
                    ? "resolved by \(thread.resolution!.by) \(thread.resolution!.at)" : "open"
                lines.append("\(c.id)  \(start.keyQuestion ?? "case")  \(state)  [\(start.id)]")
                lines.append("  \(start.at)  \(start.by): \(Self.quoted(start.text))")
                for e in thread.entries {
                    switch e.kind {
                    case .reply: lines.append("  \(e.at)  \(e.by): \(Self.quoted(e.text))")
                    case .resolve: lines.append("  \(e.at)  \(e.by) resolved it" + (e.text.isEmpty ? "" : ": \(Self.quoted(e.text))"))
                    case .reopen: lines.append("  \(e.at)  \(e.by) reopened it" + (e.text.isEmpty ? "" : ": \(Self.quoted(e.text))"))
                    case .comment: break
                    }
                }
            }
        }
        let what = open ? "open comment" : "comment"
        lines.append(count == 0 ? "No \(what)s." : "\(count) \(what)\(count == 1 ? "" : "s").")
        Console.out(lines.joined(separator: "\n"))
        let unreadable = opened.problems.filter(\.isError)
        if !unreadable.isEmpty {
            throw CommandFailure(unreadable.map(\.description).joined(separator: "\n")
                + "\n\(unreadable.count) case file(s) cannot be read: their comments are not listed (casemark validate)")
        }
    }

    /// A comment as typed, in quotes; line breaks shown as " / ".
    static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ") + "\""
    }
}
