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
            the overall rating show as not rated), against the 2018 framework unless --framework \
            names another (casemark frameworks lists them): --framework hmip-youth-justice-2021 \
            for a youth justice service's cases.

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
        "For a CSV file: the framework its cases are marked against, a built-in id or a framework file.",
        valueName: "id|file"))
    var framework: String = FrameworkLibrary.defaultID

    @Option(name: .customLong("case"), help: ArgumentHelp(
        "Print this one case whole instead: officer, attributes, each answer with its prompts, note, who and when (text, markdown or html).",
        valueName: "id"))
    var caseID: String?

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
        if let caseID {
            if !across.isEmpty || officer != nil || by != nil {
                throw ValidationError("--case \(caseID) prints one case whole; it cannot be used with --across, --officer or --by.")
            }
            if ![.text, .markdown, .html].contains(format) {
                throw ValidationError("--case prints text, markdown or html; --format \(format.rawValue) is for the results (leave out --case).")
            }
        }
        if !across.isEmpty, officer != nil {
            throw ValidationError("--officer reports one inspection's officer; it cannot be used with --across (use --by officer).")
        }
    }

    func run() throws {
        guard let source else { return try runAcross() }
        if ReportCommand.isCSV(source), officer == nil, by == nil, caseID == nil {
            return try runCountingCSV(source)
        }
        var unreadable: [StoreProblem] = []
        let inspection: Inspection
        do {
            if ReportCommand.isCSV(source) {
                inspection = try ReportCommand.inspection(fromCSV: source, framework: framework)
            } else {
                let meter = ProgressMeter.onStandardError("Reading case files", unit: "cases")
                let (loaded, problems) = try InspectionFolder.load(at: source, progress: { meter.update($0, of: $1) })
                meter.finish()
                inspection = loaded
                unreadable = problems.filter(\.isError)
            }
        } catch let error as CSVImportError {
            throw failure(csvFailure(error, source: source))
        } catch let error as StoreError {
            throw failure("\(error)")
        }

        let columns = TerminalWidth.ofReport(format: format, toFile: output != nil, requested: width)
        if let caseID {
            // The one case asked for; the other cases' files do not matter here.
            try emit(try caseSheet(caseID, in: inspection, unreadable: unreadable, width: columns), source: source)
            return
        }

        let report: ResultsReport
        do {
            report = try ResultsReport(inspection: inspection, officer: officer, by: by)
        } catch {
            throw failure(error.description)
        }
        let text = try Report.render(report, format: format, width: columns)
        try emit(text, source: source)
        if !unreadable.isEmpty {
            let list = unreadable.map(\.description).joined(separator: "\n")
            throw failure("\(list)\n\(unreadable.count) problem(s) in \(unreadable.filesInWords): the report leaves out the case files that cannot be read (see casemark validate \(source)).")
        }
    }

    /// The results of a CSV file, counted straight from its cells (checked as an import checks
    /// them) without making a case of each record: what a report needs when it has no officer,
    /// breakdown or case to show.
    func runCountingCSV(_ source: String) throws {
        let scoring: Scoring
        let review: ReviewCounts
        do {
            (scoring, review) = try ReportCommand.counts(fromCSV: source, framework: framework)
        } catch let error as CSVImportError {
            throw failure(csvFailure(error, source: source))
        } catch {
            throw failure("\(error)")
        }
        var report = ResultsReport(
            provider: ReportCommand.provider(ofCSV: source), framework: scoring.framework, officer: nil,
            caseCounts: scoring.caseCounts.filter { $0.value > 0 },
            results: scoring.results(ratings: [:]), whole: nil, breakdown: nil)
        report.review = review
        let columns = TerminalWidth.ofReport(format: format, toFile: output != nil, requested: width)
        try emit(try Report.render(report, format: format, width: columns), source: source)
    }

    /// The report (or a case) on standard output, or in `--output`.
    func emit(_ rendered: String, source: String) throws {
        var text = rendered
        // Text and Markdown are read in terminals, wherever they are written: the rule for text
        // from data (already applied cell by cell) once more over the whole. JSON, CSV and HTML
        // keep the data as it is, escaped for their own format.
        if format == .text || format == .markdown { text = VisibleText.lines(text) }
        if let output {
            // Never over the CSV or the inspection being reported; written like every file
            // casemark writes (atomic, durable, mode 0600: a report holds case data).
            do {
                try OutputFile.check(output, against: [source])
                try OutputFile.write(Data(text.utf8), to: output)
            } catch {
                throw failure("\(error)")
            }
        } else {
            Console.writeAsIs(text)
        }
    }

    /// `--case ID`: the case whose id matches (capitals aside, as import compares ids), drawn in
    /// the format asked for; an unknown id lists the ids there are.
    func caseSheet(_ id: String, in inspection: Inspection, unreadable: [StoreProblem], width: Int?) throws -> String {
        let wanted = id.trimmed.lowercased()
        guard let found = inspection.cases.first(where: { $0.id == id.trimmed }) ?? inspection.cases.first(where: { $0.id.lowercased() == wanted }) else {
            if let problem = unreadable.first(where: { $0.caseID?.lowercased() == wanted }) {
                throw failure("\(problem)\nCase \(id) cannot be read, so it cannot be printed (see casemark validate).")
            }
            let ids = inspection.cases.map(\.id).sorted()
            let shown = ids.prefix(20).joined(separator: ", ") + (ids.count > 20 ? ", … (\(ids.count) cases)" : "")
            throw failure(ids.isEmpty
                ? "No case '\(id)': this inspection has no cases yet."
                : "No case '\(id)' in this inspection. Its cases are: \(shown). Ids match without regard to capitals.")
        }
        let sheet = CaseSheet(case: found, provider: inspection.record.provider, framework: inspection.framework)
        switch format {
        case .markdown: return sheet.markdown()
        case .html: return sheet.html()
        default: return sheet.text(width: width)
        }
    }

    /// Why a CSV file gave no report; when it was read against the default framework and another
    /// built-in one reads it (a youth justice service's cases), says which to give.
    func csvFailure(_ error: CSVImportError, source: String) -> String {
        var message = error.described(outcome: "No report from", retry: "try again")
        if framework == FrameworkLibrary.defaultID,
           let other = FrameworkLibrary.bundledIDs.dropFirst().first(where: { (try? ReportCommand.counts(fromCSV: source, framework: $0)) != nil }) {
            message += "\nThe file reads as framework \(other): give --framework \(other)."
        }
        return message
    }

    /// A refusal whose message begins with "casemark: ", as every command's do; exit status 1.
    func failure(_ message: String) -> CommandFailure {
        CommandFailure("casemark: " + message)
    }

    static func isCSV(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return path.lowercased().hasSuffix(".csv") && !(exists && isFolder.boolValue)
    }

    /// A CSV file read as an inspection in memory, against `framework` (a built-in id or a file);
    /// the provider is the file's name.
    static func inspection(fromCSV path: String, framework name: String) throws -> Inspection {
        let framework = try FrameworkLibrary.framework(idOrFile: name)
        switch CSVImport.parse(try csvBytes(path), file: (path as NSString).lastPathComponent, framework: framework) {
        case .success(let cases):
            return Inspection(
                record: InspectionRecord(provider: provider(ofCSV: path), framework: framework.id),
                framework: framework, cases: cases)
        case .failure(let error):
            throw error
        }
    }

    /// The counts `inspection(fromCSV:)` would score, straight from the cells (the same problems
    /// for a bad file).
    /// The scoring and the review counts (every complete record awaiting review) of a CSV file.
    static func counts(fromCSV path: String, framework name: String) throws -> (scoring: Scoring, review: ReviewCounts) {
        let framework = try FrameworkLibrary.framework(idOrFile: name)
        return try CSVImport.counts(try csvBytes(path), file: (path as NSString).lastPathComponent, framework: framework).get()
    }

    private static func csvBytes(_ path: String) throws(CSVImportError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVImportError(problems: [CSVProblem(file: path, message: "no such file (or it cannot be read); expected a CSV file in the import layout")])
        }
        return [UInt8](data)
    }

    /// A CSV file reported directly is named by its file name.
    static func provider(ofCSV path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
