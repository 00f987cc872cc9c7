import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every file of an inspection and list every problem.",
        discussion: """
            Reads inspection.json, the framework and every case file, and lists every problem at \
            once, each naming the file, the field and what was expected, for example:

              cases/A-1.json: answers.2.1.1.answer: expected yes, no or na; found "maybe"

            Nothing is changed. Exit status: 0 when there are no errors, 1 when there is at least one. \
            Warnings (such as a folder that other users can read, or an unknown field) are listed \
            but do not fail the check on their own.

            With --final, also checks that the inspection is ready to publish: every case             approved by a quality lead (casemark review) and no conflict left to settle. Each             case not approved is listed with where it stands in review; exit status 1 until             none is.
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Flag(name: .long, help: "Also fail while any case is not approved (casemark review) or any conflict is unsettled.")
    var final = false

    func run() throws {
        let meter = ProgressMeter.onStandardError("Checking case files", unit: "cases")
        let (problems, cases) = InspectionFolder.validateCountingCases(at: inspection, progress: { meter.update($0, of: $1) })
        meter.finish()
        let errors = problems.filter(\.isError)
        let warnings = problems.count - errors.count
        for problem in problems {
            Console.out(problem.description)
        }
        let counted = " (\(cases) readable case\(cases == 1 ? "" : "s"))"
        // Conflicts are errors already; --final adds every case a quality lead has not approved.
        let notApproved = final ? Self.notApproved(inspection) : []
        for line in notApproved { Console.out(line) }
        if final, errors.isEmpty, notApproved.isEmpty {
            Console.out("\(inspection): no errors\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\(counted); final: every case approved, no conflict to settle.")
            return
        }
        if final, errors.isEmpty {
            Console.out("\(inspection): not final: \(notApproved.count) case\(notApproved.count == 1 ? "" : "s") not approved\(counted).")
            throw ExitCode(1)
        }
        if errors.isEmpty {
            Console.out("\(inspection): no errors\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\(counted).")
            return
        }
        let final = notApproved.isEmpty ? "" : "; not final: \(notApproved.count) case\(notApproved.count == 1 ? "" : "s") not approved"
        Console.out("\(inspection): \(errors.count) error\(errors.count == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\(final)\(counted).")
        throw ExitCode(1)
    }

    /// One line for each readable case not approved: its file, and where it stands in review.
    static func notApproved(_ inspection: String) -> [String] {
        guard let opened = try? ReadOnlyInspection.open(at: inspection) else { return [] }
        return opened.inspection.cases.filter { $0.reviewState != .approved }.sorted { $0.id < $1.id }.map { c in
            "\(InspectionFolder.caseFile(c.id)): review: \(c.reviewState.displayName); --final expects every case approved (casemark review)"
        }
    }
}
