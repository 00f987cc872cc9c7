import ArgumentParser
import CasemarkStore
import Foundation

/// `casemark export INSPECTION [--output FILE] [--bom]`: every case as one row of the CSV
/// interchange layout, for a spreadsheet or another system; `casemark import` reads it back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every case as one CSV row in the interchange layout (import reads it back).",
        discussion: """
            The columns: case_id, responsible_officer, officer_grade, sample, status, every key \
            question of the framework (Y, N, NA or empty), then every attribute. Importing the \
            file into a new folder gives the same answers, officers, attributes and status. Notes, \
            ticked prompts and history are not part of the layout.

            Cells are written exactly as they are, so a name or attribute that starts with =, +, \
            - or @ could run as a formula if the file is opened directly in a spreadsheet: open it \
            with the spreadsheet's import (Data > From Text/CSV) instead; see docs/file-format.md.
            """)

    @Argument(help: "The inspection folder.")
    var inspection: String

    @Option(help: "Write the CSV to this file instead of the screen.")
    var output: String?

    @Flag(help: "Start the file with a UTF-8 byte order mark, so that Excel reads names such as Chloé Duval correctly.")
    var bom = false

    func run() throws {
        do {
            if let output { try OutputFile.check(output, against: [inspection]) }
            let (loaded, problems) = try InspectionFolder.load(at: inspection)
            let unreadable = problems.filter(\.isError)
            // An export that silently left cases out would lose them on the way back in.
            if !unreadable.isEmpty {
                let list = unreadable.map(\.description).joined(separator: "\n")
                throw Console.fail("\(list)\nNothing was exported: \(unreadable.count) problem(s) in case files that cannot be read (see casemark validate \(inspection)); an export without them would lose those cases.")
            }
            var bytes = bom ? CSVExport.bom : []
            bytes += Array(try CSVExport.render(loaded).utf8)
            if let output {
                try OutputFile.write(Data(bytes), to: output)
                Console.error("Exported \(loaded.cases.count) case\(loaded.cases.count == 1 ? "" : "s") to \(output).")
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        } catch let error as StoreError {
            throw Console.fail("\(error)")
        } catch let error as CSVExportError {
            throw Console.fail("\(inspection): \(error)")
        }
    }
}
