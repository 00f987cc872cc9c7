import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every change to one case, or to the recorded ratings, oldest first; or, with --all, the whole inspection's, newest first.",
        discussion: """
            Shows each answer as it was before and after every change (so an overwritten answer \
            or note can be recovered), and when the case was marked complete or reopened, with \
            who did it, when (UTC) and the reason given. A note typed in one go (no pause over a \
            minute) is one change. Nothing is changed.

            With --ratings, shows instead every rating recorded, replaced or cleared with \
            casemark rate: the rating and reason before and after, who and when. Give a \
            standard's id to see that standard's only.

            With --all, the activity feed of the whole inspection, newest first: every answer \
            changed, every completion and reopening, every review (approved, returned), every QA \
            comment, reply and resolving, every rating recorded, and every change that settled a \
            conflict after a merge; one line each with when, who, the case and what. Narrow it \
            with --case, --by (a person, matched as names are everywhere) and --since / --until \
            (a date such as 2026-03-09, or a time such as 2026-03-09T14:00:00Z; --until a date \
            includes that whole day). --format json gives a list of objects with at, by, case, \
            event, keyQuestion, standard, what, change and settlesConflict.

            Examples:
              casemark history london-2019 --all --since 2026-03-09
              casemark history london-2019 --all --by "Sam Quality" --format json
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

    @Flag(name: .long, help: "The activity feed of the whole inspection, newest first.")
    var all = false
    @Option(name: .customLong("case"), help: ArgumentHelp("With --all: this case's only.", valueName: "id"))
    var caseFilter: String?
    @Option(name: .long, help: ArgumentHelp("With --all: what this person did only.", valueName: "name"))
    var by: String?
    @Option(name: .long, help: ArgumentHelp("With --all: from this date or time (UTC) on.", valueName: "date"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("With --all: up to this date (the whole day) or time (UTC).", valueName: "date"))
    var until: String?
    @Option(name: .long, help: ArgumentHelp("With --all: text or json.", valueName: "format"))
    var format: ConflictsCommand.Format = .text

    /// A date or time as the files write them: `2026-03-09` or `2026-03-09T14:00:00Z` (or a
    /// prefix of it down to the minute).
    static func isTime(_ text: String) -> Bool {
        let pattern = Array("0000-00-00T00:00:00Z")
        let chars = Array(text)
        guard [10, 13, 16, 20].contains(chars.count) else { return false }
        return zip(chars, pattern).allSatisfy { c, p in p == "0" ? c.isASCII && c.isNumber : c == p }
    }

    func validate() throws {
        if all {
            if id != nil || ratings { throw ValidationError("--all is the whole inspection: give no case or --ratings (narrow it with --case)") }
            for (name, value) in [("--since", since), ("--until", until)] {
                if let value, !Self.isTime(value) {
                    throw ValidationError("\(name) \"\(value)\": expected a date such as 2026-03-09 or a time such as 2026-03-09T14:00:00Z (UTC)")
                }
            }
            return
        }
        if caseFilter != nil || by != nil || since != nil || until != nil || format != .text {
            throw ValidationError("--case, --by, --since, --until and --format go with --all")
        }
        if !ratings && id == nil {
            throw ValidationError("Missing expected argument '<id>': a case's id, or --ratings for the recorded ratings")
        }
    }

    func run() throws {
        do {
            let opened = try ReadOnlyInspection.open(at: inspection)
            if all {
                let filter = ActivityFeed.Filter(caseID: caseFilter, by: by, since: since, until: until)
                if let caseFilter, !opened.inspection.cases.contains(where: { $0.id.lowercased() == caseFilter.lowercased() }) {
                    throw CommandFailure("casemark: --case \(caseFilter): no such case in \(opened.folder.path)")
                }
                let items = ActivityFeed.items(opened.inspection, filter: filter)
                switch format {
                case .json: Console.writeAsIs(ActivityText.json(items))
                case .text: Console.out(ActivityText.text(items))
                }
                let unreadable = opened.problems.filter(\.isError)
                if !unreadable.isEmpty {
                    Console.error("casemark: \(inspection): \(unreadable.filesInWords) cannot be read and \(unreadable.count == 1 ? "is" : "are") left out (see casemark validate \(inspection))")
                }
                return
            }
            if ratings {
                let framework = opened.inspection.framework
                if let id, framework.standard(id) == nil {
                    throw CommandFailure("casemark: unknown standard \"\(id)\": expected one of \(framework.standards.map(\.id).joined(separator: ", "))")
                }
                Console.out(RatingHistoryText.render(opened.inspection.record, framework: framework, standard: id))
                return
            }
            let caseID = id ?? ""
            // As import compares ids: around spaces and capitals do not make another case.
            let cases = opened.inspection.cases
            let wanted = caseID.trimmed.lowercased()
            guard let found = cases.first(where: { $0.id == caseID }) ?? cases.first(where: { $0.id.lowercased() == wanted }) else {
                let problems = opened.problems.filter { $0.caseID == caseID && $0.isError }
                if !problems.isEmpty {
                    throw CommandFailure(problems.map(\.description).joined(separator: "\n"))
                }
                if let reason = CaseID.problem(with: caseID) {
                    throw CommandFailure("casemark: \"\(caseID)\" is not a case id: \(reason)")
                }
                throw CommandFailure("casemark: no case \"\(caseID)\" in \(opened.folder.path)")
            }
            Console.out(HistoryText.render(found))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
