import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

/// `casemark report --across FOLDER...`: many inspections reported together. A folder that is
/// not an inspection, or a case file that cannot be read, is named on standard error after the
/// report of the rest, and the exit status is 1; inspections of different frameworks are refused.
extension ReportCommand {
    func runAcross() throws {
        let progress = ProgressMeter.onStandardError("Reading inspections", unit: "inspections")
        let set = InspectionSet.load(across) { done, total in progress.update(done, of: total) }
        progress.finish()
        let report: AcrossReport
        do {
            report = try AcrossReport(inspections: set.members.map { ($0.folder, $0.inspection) }, by: by)
        } catch {
            throw failure((set.refused + [error.description]).joined(separator: "\n"))
        }
        let columns = TerminalWidth.ofReport(format: format, toFile: output != nil, requested: width)
        let text = try Report.render(report, format: format, width: columns)
        if let output {
            do {
                try OutputFile.write(Data(text.utf8), to: output)
            } catch {
                throw failure("\(error); the report was not written")
            }
        } else {
            print(text, terminator: "")
        }
        var problems = set.refused
        for member in set.members {
            let unreadable = member.problems.filter(\.isError)
            guard !unreadable.isEmpty else { continue }
            problems += unreadable.map { "\(member.folder)/\($0)" }
            problems.append("\(member.folder): \(unreadable.filesInWords) cannot be read and \(Set(unreadable.map(\.file)).count == 1 ? "is" : "are") left out (see casemark validate \(member.folder)).")
        }
        if !problems.isEmpty {
            let reported = report.inspections.count
            throw failure(problems.joined(separator: "\n") + "\nReported \(reported) inspection\(reported == 1 ? "" : "s"); the folders and files named above are left out.")
        }
    }
}
