import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

/// `casemark import INSPECTION --csv FILE`: one case per row of the interchange CSV; all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import cases from a CSV file into an inspection (created if missing).",
        discussion: """
            The CSV has a header row: case_id,responsible_officer,sample, then one column per key \
            question (2.1.1, 2.1.2, …). officer_grade (PO or PSO), status (in-progress or complete; \
            empty means in progress) and attribute columns such as rosh_issues_apply may appear \
            anywhere and are kept; casemark export writes this layout. Cells are Y, N, NA or empty (not \
            answered). The file must be UTF-8.

            Optional columns by (who made the row's judgements) and at (when, in UTC as the history \
            writes it: 2019-03-10T15:02:11Z) are recorded on every answer of the row; where they are \
            missing or empty, the answers record the importer (--inspector) and the time of the import.

            Nothing is imported from a file with any problem: every problem is listed with its \
            record (the case row after the header), line, column and value, and the inspection \
            is left exactly as it was. A case id that the inspection already has is refused, \
            never overwritten.
            """)

    @Argument(help: "The inspection folder (created when it holds no inspection yet).")
    var inspection: String

    @Option(name: .customLong("csv"), help: "The CSV file to import.")
    var csv: String

    @Option(help: "The provider's name, for a new inspection (default: the folder's name).")
    var provider: String?

    @Option(help: "For a new inspection: a bundled framework id or a framework JSON file (default: \(FrameworkLibrary.defaultID)).")
    var framework: String?

    @OptionGroup var who: InspectorOption

    func run() throws {
        do {
            let chosen = try framework.map(ImportCommand.resolveFramework)
            let meter = ProgressMeter.onStandardError("Writing case files", unit: "cases")
            let summary = try CSVImport.importFile(
                csvPath: csv, into: inspection, provider: provider, framework: chosen,
                by: who.name, progress: { meter.update($0, of: $1) })
            meter.finish()
            let what = summary.created ? "new inspection \(inspection) (provider \(summary.provider))" : inspection
            let count = "\(summary.count) case\(summary.count == 1 ? "" : "s")"
            let bySample = summary.count == 0 ? "" : " (\(summary.countsBySample))"
            Console.out("Imported \(count)\(bySample) from \(csv) into \(what).")
        } catch let error as CSVImportError {
            throw CommandFailure(error.description)
        } catch let error as StoreError {
            throw CommandFailure("\(error)\nNothing was imported.")
        }
    }

    /// A bundled framework's id, or else a framework file's path.
    static func resolveFramework(_ text: String) throws -> Framework {
        if let bundled = try FrameworkLibrary.framework(id: text) { return bundled }
        return try FrameworkLibrary.load(file: text)
    }
}
