import ArgumentParser
import CasemarkReport
import CasemarkStore
import Foundation

/// `casemark export INSPECTION [--output FILE] [--bom]`: every case as one row of the CSV
/// interchange layout, for a spreadsheet or another system; `casemark import` reads it back.
/// `casemark export INSPECTION... --format sqlite --output FILE.db [--anonymise] [--force]`: one
/// SQLite database of many inspections for research (docs/research-data.md).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every case as one CSV row in the interchange layout (import reads it back), or many inspections as one SQLite database.",
        discussion: """
            The columns: case_id, responsible_officer, officer_grade, sample, status, every key \
            question of the framework (Y, N, NA or empty), then every attribute. Importing the \
            file into a new folder gives the same answers, officers, attributes and status. Notes, \
            ticked prompts and history are not part of the layout.

            Cells are written exactly as they are, so a name or attribute that starts with =, +, \
            - or @ could run as a formula if the file is opened directly in a spreadsheet: open it \
            with the spreadsheet's import (Data > From Text/CSV) instead; see docs/file-format.md.

            --format sqlite --output FILE.db writes one SQLite database of every INSPECTION given \
            (each an inspection, or a folder whose sub-folders are inspections) for research: \
            every case, answer, note, ticked prompt, change, rating, QA comment and conflict, and \
            the view key_question_results, the same figures as report --format json \
            (docs/research-data.md; tables in docs/file-format.md). --anonymise puts codes for \
            every person's name and every case id and leaves out notes, reasons and comment texts. \
            The file is written whole or not at all; an existing file is replaced only with --force.
            """)

    @Argument(help: ArgumentHelp("The inspection folder (with --format sqlite, one or more).", valueName: "inspection"))
    var inspections: [String] = []

    @Option(help: "csv (one inspection, the interchange layout) or sqlite (a research database of one or more).")
    var format: ExportFormat = .csv

    @Flag(help: "With --format sqlite: codes for people's names and case ids; notes, reasons and comment texts left out.")
    var anonymise = false

    @Flag(help: "With --format sqlite: replace the output file if it exists.")
    var force = false

    @Option(help: "Write the CSV to this file instead of the screen; with --format sqlite, the database file (required).")
    var output: String?

    @Flag(help: "Start the file with a UTF-8 byte order mark, so that Excel reads names such as Chloé Duval correctly.")
    var bom = false

    func validate() throws {
        guard !inspections.isEmpty else { throw ValidationError("Expected an inspection folder to export.") }
        switch format {
        case .csv:
            if inspections.count > 1 {
                throw ValidationError("The CSV layout holds one inspection; to put \(inspections.count) together, give --format sqlite --output FILE.db.")
            }
            if anonymise || force {
                throw ValidationError("--anonymise and --force are for --format sqlite; the CSV export writes the interchange layout as it is.")
            }
        case .sqlite:
            if output == nil { throw ValidationError("--format sqlite needs --output FILE.db: a database is not written to the screen.") }
            if bom { throw ValidationError("--bom is for the CSV layout; a SQLite database has no byte order mark.") }
        }
    }

    func run() throws {
        if format == .sqlite, let output { return try exportDatabase(to: output) }
        let inspection = inspections[0]
        // Read as one inspection it would be "inspection.json: missing", which names neither the
        // folder nor what to give instead.
        if let inside = InspectionSet.inspections(inside: inspection) {
            let names = inside.map { ($0 as NSString).lastPathComponent }
            let listed = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : names.joined(separator: ", ")
            throw CommandFailure(
                "\(inspection): a folder of inspections (\(listed)); the CSV export takes one inspection: name one of them, such as \(inside[0]), "
                    + "or give --format sqlite --output FILE.db to export them all into one database; nothing was exported")
        }
        do {
            if let output { try OutputFile.check(output, against: [inspection]) }
            let (loaded, problems) = try InspectionFolder.load(at: inspection)
            let unreadable = problems.filter(\.isError)
            // An export that silently left cases out would lose them on the way back in.
            if !unreadable.isEmpty {
                let list = unreadable.map(\.description).joined(separator: "\n")
                throw CommandFailure("\(list)\nNothing was exported: \(unreadable.count) problem(s) in case files that cannot be read (see casemark validate \(inspection)); an export without them would lose those cases.")
            }
            var bytes = bom ? CSVExport.bom : []
            bytes += Array(try CSVExport.render(loaded).utf8)
            if let output {
                try OutputFile.write(Data(bytes), to: output)
                Console.error("Exported \(loaded.cases.count) case\(loaded.cases.count == 1 ? "" : "s") to \(output).")
            } else if isatty(STDOUT_FILENO) == 1 {
                // Read on a terminal, not by a program: control characters and bidirectional
                // controls spelled out, as everywhere else (piped or redirected, the bytes as they are).
                Console.write(String(decoding: bytes, as: UTF8.self), to: .standardOutput)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        } catch let error as StoreError {
            throw CommandFailure("\(error)")
        } catch let error as CSVExportError {
            throw CommandFailure("\(inspection): \(error)")
        }
    }
}

/// What `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case sqlite
}

extension ExportCommand {
    /// `--format sqlite`: the research database, with progress lines on a terminal while the case
    /// files are read and the rows written.
    func exportDatabase(to output: String) throws {
        do {
            try OutputFile.check(output, against: inspections)
            let sources = try ResearchSources.open(inspections) { folder in
                let meter = ProgressMeter.onStandardError("Reading \((folder as NSString).lastPathComponent)", unit: "cases")
                return { done, total in
                    meter.update(done, of: total)
                    if done == total { meter.finish() }
                }
            }
            for line in sources.renamed {
                Console.error("Inspections sharing a folder name are named in the database by as much of their paths as tells them apart: \(line).")
            }
            let meter = ProgressMeter.onStandardError("Writing the database", unit: "cases")
            try ResearchDatabase.write(
                sources, to: output, anonymise: anonymise, replacing: force, madeBy: "casemark \(CasemarkVersion.current)"
            ) { meter.update($0, of: $1) }
            meter.finish()
            let cases = sources.sources.reduce(0) { $0 + $1.inspection.cases.count }
            let count = sources.sources.count
            Console.error(
                "Exported \(count) inspection\(count == 1 ? "" : "s") (\(cases) case\(cases == 1 ? "" : "s"))\(anonymise ? ", anonymised," : "") to \(output).")
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
