import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import CasemarkText
import Foundation

extension ReportFormat: ExpressibleByArgument {}
extension GroupBy: ExpressibleByArgument {
    public init?(argument: String) {
        guard !argument.trimmed.isEmpty else { return nil }
        self.init(argument)
    }
}

/// `casemark report INSPECTION|FILE.csv`: the results table in any format.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the results: every key question's percent and band, each standard's rating, the overall rating.",
        discussion: """
            INSPECTION is an inspection folder; a CSV file in the import layout is reported \
            directly, without creating anything (it has no recorded ratings, so domain one and \
            the overall rating show as not rated).

            --officer shows that responsible officer's cases beside the whole sample, with the \
            difference; bands resting on fewer than \(Indicative.minimumApplicableCases) applicable \
            cases are marked indicative. Names match without regard to capitals or how accents \
            are typed. --by adds a breakdown by officer grade, officer, sample, provider or any \
            case attribute (such as rosh_issues_apply).

            --across FOLDER... reports many inspections of one framework together (each FOLDER \
            an inspection, or a folder whose sub-folders are inspections): each inspection's \
            ratings side by side, the key questions pooled over every case, the standards \
            computed from the pooled key questions, and with --by a breakdown of every case \
            (--by provider: one group per inspection). A FOLDER that is not an inspection is \
            named, the rest are still reported, and the exit status is 1.

            The text report fits the window it is read in: on a terminal its width, into a pipe \
            $COLUMNS when set, else 80 columns (the key questions' wording is cut shorter; figures \
            never are). --width sets the width (0: no limit); with --output the report is whole.
            """)

    @Argument(help: "An inspection folder, or a CSV file in the import layout.")
    var source: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Report these inspections together (each an inspection or a folder of inspections).", valueName: "folder"))
    var across: [String] = []

    @Option(help: "text, json, csv, markdown or html.")
    var format: ReportFormat = .text

    @Option(help: "Only this responsible officer's cases, beside the whole sample.")
    var officer: String?

    @Option(help: ArgumentHelp("Also break the results down by grade, officer, sample, provider or a case attribute.", valueName: "grade|officer|sample|provider|attribute"))
    var by: GroupBy?

    @Option(help: "Write the report to this file instead of the screen.")
    var output: String?

    @Option(help: ArgumentHelp(
        "Draw the text report this many columns wide (0: no limit, every wording whole).",
        discussion: "Without it: the terminal's width, else $COLUMNS, else 80.", valueName: "columns"))
    var width: Int?

    func validate() throws {
        if let width, width != 0, width < TerminalWidth.minimum {
            throw ValidationError("--width \(width) is too narrow for the figures: give \(TerminalWidth.minimum) or more, or 0 for no limit.")
        }
        if across.isEmpty && source == nil {
            throw ValidationError("Expected an inspection folder or a CSV file to report, or --across FOLDER...")
        }
        if !across.isEmpty, let source {
            throw ValidationError("Give either one inspection (\(source)) or --across FOLDER..., not both; to report \(source) with the others, add it after --across.")
        }
        if !across.isEmpty, officer != nil {
            throw ValidationError("--officer reports one inspection's officer; it cannot be used with --across (use --by officer).")
        }
    }

    func run() throws {
        guard let source else { return try runAcross() }
        var unreadable: [StoreProblem] = []
        let inspection: Inspection
        do {
            if ReportCommand.isCSV(source) {
                inspection = try ReportCommand.inspection(fromCSV: source)
            } else {
                let (loaded, problems) = try InspectionFolder.load(at: source)
                inspection = loaded
                unreadable = problems.filter(\.isError)
            }
        } catch let error as CSVImportError {
            fail(error.description.replacingOccurrences(of: "Nothing was imported from", with: "No report from"))
        } catch let error as StoreError {
            fail("\(error)")
        }

        let report: ResultsReport
        do {
            report = try ResultsReport(inspection: inspection, officer: officer, by: by)
        } catch {
            fail(error.description)
        }
        // On standard output the text report fits the window it is read in; a file keeps it whole
        // unless --width says otherwise.
        let columns = format != .text ? nil
            : output == nil ? TerminalWidth.ofStandardOutput(requested: width) : width.flatMap { $0 == 0 ? nil : $0 }
        var text = try Report.render(report, format: format, width: columns)
        // Text and Markdown are read in terminals, wherever they are written: the rule for text
        // from data (already applied cell by cell) once more over the whole. JSON, CSV and HTML
        // keep the data as it is, escaped for their own format.
        if format == .text || format == .markdown { text = VisibleText.lines(text) }
        if let output {
            if ReportCommand.isCSV(source), ReportCommand.sameFile(output, source) {
                fail("\(output): is the CSV being reported; choose another --output file (nothing was written)")
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                fail("\(output): could not write the report: \(error.localizedDescription)")
            }
        } else {
            Console.writeAsIs(text)
        }
        if !unreadable.isEmpty {
            let list = unreadable.map(\.description).joined(separator: "\n")
            fail("\(list)\n\(unreadable.count) problem(s): the report leaves out the case files that cannot be read (see casemark validate \(source)).")
        }
    }

    func fail(_ message: String) -> Never {
        Console.error(message)
        Foundation.exit(1)
    }

    static func isCSV(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return path.lowercased().hasSuffix(".csv") && !(exists && isFolder.boolValue)
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        let ua = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath()
        let ub = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
        return ua.path == ub.path
    }

    /// A CSV file read as an inspection in memory, against the bundled framework; the provider is
    /// the file's name.
    static func inspection(fromCSV path: String) throws -> Inspection {
        let framework = try FrameworkLibrary.bundled()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVImportError(problems: [CSVProblem(file: path, message: "no such file (or it cannot be read); expected a CSV file in the import layout")])
        }
        let name = (path as NSString).lastPathComponent
        switch CSVImport.parse([UInt8](data), file: name, framework: framework) {
        case .success(let cases):
            let provider = (name as NSString).deletingPathExtension
            return Inspection(
                record: InspectionRecord(provider: provider, framework: framework.id),
                framework: framework, cases: cases)
        case .failure(let error):
            throw error
        }
    }
}
