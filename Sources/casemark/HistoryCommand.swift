import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkText
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every change to one case, or to the recorded ratings, oldest first.",
        discussion: """
            Shows each answer as it was before and after every change (so an overwritten answer \
            or note can be recovered), and when the case was marked complete or reopened, with \
            who did it, when (UTC) and the reason given. A note typed in one go (no pause over a \
            minute) is one change. Nothing is changed.

            With --ratings, shows instead every rating recorded, replaced or cleared with \
            casemark rate: the rating and reason before and after, who and when. Give a \
            standard's id to see that standard's only.

            Examples:
              casemark history london-2019 A-017
              casemark history london-2019 --ratings
              casemark history london-2019 --ratings 2.2
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Argument(help: ArgumentHelp("The case's id; with --ratings, a standard's id (or none for all).", valueName: "id"))
    var id: String?

    @Flag(name: .long, help: "Show the changes to the recorded ratings instead of a case's.")
    var ratings = false

    func validate() throws {
        if !ratings && id == nil {
            throw ValidationError("Missing expected argument '<id>': a case's id, or --ratings for the recorded ratings")
        }
    }

    func run() throws {
        do {
            let opened = try ReadOnlyInspection.open(at: inspection)
            if ratings {
                let framework = opened.inspection.framework
                if let id, framework.standard(id) == nil {
                    throw Console.fail("casemark: unknown standard \"\(id)\": expected one of \(framework.standards.map(\.id).joined(separator: ", "))")
                }
                Console.out(RatingHistoryText.render(opened.inspection.record, framework: framework, standard: id))
                return
            }
            let caseID = id ?? ""
            // As import compares ids: around spaces and capitals do not make another case.
            let cases = opened.inspection.cases
            let wanted = caseID.trimmed.lowercased()
            guard let found = cases.first(where: { $0.id == caseID }) ?? cases.first(where: { $0.id.lowercased() == wanted }) else {
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

/// A case's history as text, oldest first. Every value from the case file is shown on its line
/// with its control characters spelled out (`VisibleText.line`): a line feed in a name or a
/// reason cannot make a change appear that was never made.
enum HistoryText {
    static func render(_ c: Case) -> String {
        let shown = VisibleText.line
        var lines = ["Case \(shown(c.id)) (\(shown(c.responsibleOfficer.name)), \(shown(c.sample))): \(c.status == .complete ? "complete" : "in progress")"]
        if c.history.isEmpty {
            lines.append("No changes recorded.")
            return lines.joined(separator: "\n")
        }
        for entry in c.history {
            switch entry.event {
            case .answered:
                // Why, when the change was not an answer given (an undo, a reload from disk).
                lines.append("\(shown(entry.at))  \(shown(entry.by))  \(shown(entry.keyQuestion ?? "?"))" + (entry.reason.map { " (\(shown($0)))" } ?? ""))
                lines.append("    before: \(describe(entry.previous))")
                lines.append("    after:  \(describe(entry.value))")
            case .completed:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  marked the case complete")
            case .reopened:
                lines.append("\(shown(entry.at))  \(shown(entry.by))  reopened the case: \(shown(entry.reason ?? ""))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ answer: Answer?) -> String {
        guard let answer, !answer.isEmpty else { return "(nothing)" }
        var parts = [answer.answer?.displayName ?? "not answered"]
        if !answer.prompts.isEmpty { parts.append("prompts \(VisibleText.line(answer.prompts.joined(separator: ", ")))") }
        if !answer.note.isEmpty { parts.append("note: \(quoted(answer.note))") }
        return parts.joined(separator: "; ")
    }

    /// The note in quotes on one line, as typed: only the quote, the backslash and line breaks
    /// are escaped (Swift's own escaping would also turn "O'Neill" into "O\'Neill"), and any other
    /// control character spelled out as everywhere else (`VisibleText`).
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
        return VisibleText.line(out + "\"")
    }
}

/// The recorded ratings' history as text, oldest first; values from the files on one line each,
/// control characters spelled out (`VisibleText.line`).
enum RatingHistoryText {
    static func render(_ record: InspectionRecord, framework: Framework, standard: String?) -> String {
        let shown = VisibleText.line
        func name(_ id: String) -> String { shown(framework.standard(id).map { "\(id) \($0.title)" } ?? id) }
        let wanted = { (id: String) in standard == nil || standard == id }
        var lines = [standard.map { "Recorded rating of \(name($0)) (\(shown(record.provider)))" } ?? "Recorded ratings of \(shown(record.provider))"]
        // A rating recorded before casemark kept this history (or by an older build) has no
        // change that led to it: it is shown first, as the oldest known.
        let changed = Set(record.ratingHistory.map(\.standard))
        let unexplained = record.ratings.keys.filter { !changed.contains($0) && wanted($0) }.sorted()
        for id in unexplained {
            let rating = record.ratings[id]!
            lines.append("\(shown(rating.at ?? "(time not kept)"))  \(shown(rating.by ?? "(name not kept)"))  \(name(id))")
            lines.append("    before: (not kept: recorded before casemark kept rating changes)")
            lines.append("    after:  \(describe(rating, by: rating.by, at: rating.at))")
        }
        let changes = record.ratingHistory.filter { wanted($0.standard) }
        for change in changes {
            lines.append("\(shown(change.at))  \(shown(change.by))  \(name(change.standard))")
            lines.append("    before: \(change.previous.map { describe($0) } ?? "(nothing)")")
            lines.append("    after:  \(change.value.map { describe($0, by: change.by, at: change.at) } ?? "(cleared)")")
        }
        if unexplained.isEmpty && changes.isEmpty { lines.append("No ratings recorded.") }
        return lines.joined(separator: "\n")
    }

    /// `Good; reason: "…"; recorded by Ann Lead at 2026-…`, leaving out who and when where they
    /// are the same as the line above says (`by`, `at`).
    static func describe(_ rating: RecordedRating, by: String? = nil, at: String? = nil) -> String {
        var text = "\(rating.rating.displayName); reason: \(VisibleText.line(rating.reason.debugDescription))"
        if rating.by != by || rating.at != at {
            var who: [String] = []
            if let by = rating.by { who.append("by \(by)") }
            if let at = rating.at { who.append("at \(at)") }
            if !who.isEmpty { text += "; recorded " + VisibleText.line(who.joined(separator: " ")) }
        }
        return text
    }
}
