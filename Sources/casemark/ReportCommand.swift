import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

extension ReportFormat: ExpressibleByArgument {}
extension BreakdownDimension: ExpressibleByArgument {}

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
            are typed. --by adds a breakdown by officer grade, officer or sample.

            On a terminal the text report fits the window (the key questions' wording is cut \
            shorter; figures never are); to a file or a pipe it is printed at full width.
            """)

    @Argument(help: "An inspection folder, or a CSV file in the import layout.")
    var source: String

    @Option(help: "text, json, csv, markdown or html.")
    var format: ReportFormat = .text

    @Option(help: "Only this responsible officer's cases, beside the whole sample.")
    var officer: String?

    @Option(help: "Also break the results down by grade, officer or sample.")
    var by: BreakdownDimension?

    @Option(help: "Write the report to this file instead of the screen.")
    var output: String?

    func run() throws {
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
        // On a terminal the text report fits its width; written to a file or a pipe it is whole.
        let width = output == nil && format == .text ? TerminalWidth.ofStandardOutput() : nil
        let text = try Report.render(report, format: format, width: width)
        if let output {
            if ReportCommand.isCSV(source), ReportCommand.sameFile(output, source) {
                fail("\(output): is the CSV being reported; choose another --output file (nothing was written)")
            }
            do {
                try PrivateFile.write(Data(text.utf8), to: output)
            } catch {
                fail("\(error); the report was not written")
            }
        } else {
            print(text, terminator: "")
        }
        if !unreadable.isEmpty {
            let list = unreadable.map(\.description).joined(separator: "\n")
            fail("\(list)\n\(unreadable.count) problem(s): the report leaves out the case files that cannot be read (see casemark validate \(source)).")
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
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
