import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
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
