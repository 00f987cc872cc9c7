import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every change to one case, oldest first.",
        discussion: """
            Shows each answer as it was before and after every change (so an overwritten answer \
            or note can be recovered), and when the case was marked complete or reopened, with \
            who did it, when (UTC) and the reason given. A note typed in one go (no pause over a \
            minute) is one change. Nothing is changed.

            Example:
              casemark history london-2019 A-017
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Argument(help: ArgumentHelp("The case's id.", valueName: "case-id"))
    var caseID: String

    func run() throws {
        do {
            let opened = try ReadOnlyInspection.open(at: inspection)
            guard let found = opened.inspection.cases.first(where: { $0.id == caseID }) else {
                let file = InspectionFolder.caseFile(caseID)
                let problems = opened.problems.filter { $0.file == file && $0.isError }
                if !problems.isEmpty {
                    throw Console.fail(problems.map(\.description).joined(separator: "\n"))
                }
                if let reason = CaseID.problem(with: caseID) {
                    throw Console.fail("casemark: \"\(caseID)\" is not a case id: \(reason)")
                }
                throw Console.fail("casemark: no case \"\(caseID)\" in \(opened.folder.path)")
            }
            Console.out(HistoryText.render(found))
        } catch let code as ExitCode {
            throw code
        } catch {
            throw Console.fail(error)
        }
    }
}

/// A case's history as text, oldest first.
enum HistoryText {
    static func render(_ c: Case) -> String {
        var lines = ["Case \(c.id) (\(c.responsibleOfficer.name), \(c.sample)): \(c.status == .complete ? "complete" : "in progress")"]
        if c.history.isEmpty {
            lines.append("No changes recorded.")
            return lines.joined(separator: "\n")
        }
        for entry in c.history {
            switch entry.event {
            case .answered:
                // Why, when the change was not an answer given (an undo, a reload from disk).
                lines.append("\(entry.at)  \(entry.by)  \(entry.keyQuestion ?? "?")" + (entry.reason.map { " (\($0))" } ?? ""))
                lines.append("    before: \(describe(entry.previous))")
                lines.append("    after:  \(describe(entry.value))")
            case .completed:
                lines.append("\(entry.at)  \(entry.by)  marked the case complete")
            case .reopened:
                lines.append("\(entry.at)  \(entry.by)  reopened the case: \(entry.reason ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ answer: Answer?) -> String {
        guard let answer, !answer.isEmpty else { return "(nothing)" }
        var parts = [answer.answer?.displayName ?? "not answered"]
        if !answer.prompts.isEmpty { parts.append("prompts \(answer.prompts.joined(separator: ", "))") }
        if !answer.note.isEmpty { parts.append("note: \(quoted(answer.note))") }
        return parts.joined(separator: "; ")
    }

    /// The note in quotes on one line, as typed: only the quote, the backslash and line breaks
    /// are escaped (Swift's own escaping would also turn "O'Neill" into "O\'Neill").
    static func quoted(_ note: String) -> String {
        var out = "\""
        for c in note {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
