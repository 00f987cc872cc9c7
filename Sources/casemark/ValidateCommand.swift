import ArgumentParser
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
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

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
        if errors.isEmpty {
            Console.out("\(inspection): no errors\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\(counted).")
            return
        }
        Console.out("\(inspection): \(errors.count) error\(errors.count == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")\(counted).")
        throw ExitCode(1)
    }
}
