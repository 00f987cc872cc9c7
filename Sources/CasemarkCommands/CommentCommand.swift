import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

/// `casemark comment INSPECTION CASE [KEY-QUESTION] --text TEXT`: a QA comment, a reply, or
/// resolving or reopening one. Never changes an answer.
struct CommentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Leave a QA comment on a case or key question, or reply to, resolve or reopen one.",
        discussion: """
            A reviewer's note to the marking inspector, kept in the case file with who and when, \
            apart from the answers: adding one never changes an answer, and works on a complete \
            case. casemark comments INSPECTION lists them (with their ids); the case list and the \
            marking screen mark the cases and key questions with open comments. Comments travel \
            with the case file and are kept, from both copies, when copies are merged.

            Examples:
              casemark comment wessex-2026 CS-009 2.3.3 --text "Evidence does not mention the MAPPA referral"
              casemark comment wessex-2026 CS-009 --text "Check the sentence date against nDelius"
              casemark comment wessex-2026 CS-009 --reply q3f2… --text "Referral made 3 Oct; note updated"
              casemark comment wessex-2026 CS-009 --resolve q3f2…
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Argument(help: ArgumentHelp("The case's id.", valueName: "case"))
    var caseID: String

    @Argument(help: ArgumentHelp("The key question the comment is about (none: the case as a whole).", valueName: "key-question"))
    var keyQuestion: String?

    @Option(help: ArgumentHelp("What the comment (or reply) says.", valueName: "text"))
    var text: String?

    @Option(help: ArgumentHelp("Reply to this comment (its id, from casemark comments).", valueName: "id"))
    var reply: String?

    @Option(help: ArgumentHelp("Mark this comment resolved.", valueName: "id"))
    var resolve: String?

    @Option(help: ArgumentHelp("Open this resolved comment again.", valueName: "id"))
    var reopen: String?

    @OptionGroup var who: InspectorOption

    func validate() throws {
        let actions = [reply, resolve, reopen].compactMap { $0 }
        if actions.count > 1 { throw ValidationError("give one of --reply, --resolve or --reopen") }
        if actions.isEmpty || reply != nil, (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--text is required: what the \(reply == nil ? "comment" : "reply") says")
        }
        if !actions.isEmpty, keyQuestion != nil {
            throw ValidationError("a reply, resolving or reopening names the comment's id, not a key question")
        }
    }

    func run() throws {
        do {
            let opened = try ReadOnlyInspection.open(at: inspection)
            guard var c = opened.inspection.cases.first(where: { $0.id == caseID }) else {
                throw CommandFailure("casemark: \(inspection): no case \"\(caseID)\" (casemark validate lists files that cannot be read)")
            }
            let time = Timestamp.now()
            let entry: CommentEntry
            do {
                let id = "q" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
                if let thread = reply ?? resolve ?? reopen {
                    let kind: CommentEntry.Kind = reply != nil ? .reply : resolve != nil ? .resolve : .reopen
                    entry = try c.answerComment(kind, thread: thread, text: text ?? "", by: who.name, at: time, id: id)
                } else {
                    entry = try c.addComment(text ?? "", on: keyQuestion, in: opened.inspection.framework, by: who.name, at: time, id: id)
                }
            } catch {
                throw CommandFailure("casemark: \(InspectionFolder.caseFile(caseID)): \(error)")
            }
            try CommentWriter(folder: opened.folder, framework: opened.inspection.framework).add(entry, toCase: caseID)
            switch entry.kind {
            case .comment: Console.out("\(caseID): comment \(entry.id) added on \(keyQuestion ?? "the case as a whole").")
            case .reply: Console.out("\(caseID): reply added to comment \(entry.threadID).")
            case .resolve: Console.out("\(caseID): comment \(entry.threadID) resolved.")
            case .reopen: Console.out("\(caseID): comment \(entry.threadID) reopened.")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
