import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

/// `casemark compare FIRST SECOND`: how far two markings of the same cases agree.
struct CompareCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Agreement between two markings of the same cases (Cohen's kappa, Gwet's AC1).",
        discussion: """
            Compares FIRST (the inspection as first marked) with SECOND (usually a blind second \
            marking made with casemark second-mark) over the cases in both, matched by case id. \
            For each key question answered yes, no or not applicable in both: the cases, how many \
            agree, the percentage agreement, and Cohen's kappa with its 95% interval (large-sample \
            standard error of Fleiss, Cohen and Everitt, 1969), and Gwet's AC1 with its 95% \
            interval (Gwet's 2008 variance, Student's t with cases - 1 degrees of freedom), which \
            stays meaningful when nearly every case gets the same answer; each with Landis and \
            Koch's reading, or "no agreement" where the two never agree; the same pooled over all \
            key questions; then every disagreement with both inspectors' answers and notes. \
            Kappa is left out where both gave every case one and the same answer (chance \
            agreement is then 1). docs/moderation.md says how to read them.

            Nothing is written. It is refused (exit 1) when the two are marked against different \
            frameworks, or a case is in a different sample in each.

            Examples:
              casemark compare wessex-2026 wessex-2026-second
              casemark compare wessex-2026 wessex-2026-second --format json
            """)

    @Argument(help: ArgumentHelp("The inspection as first marked.", valueName: "first"))
    var first: String

    @Argument(help: ArgumentHelp("The second marking of some of its cases.", valueName: "second"))
    var second: String

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        do {
            let (one, oneProblems) = try InspectionFolder.load(at: first)
            let (two, twoProblems) = try InspectionFolder.load(at: second)
            let unreadable = oneProblems.filter(\.isError) + twoProblems.filter(\.isError)
            if !unreadable.isEmpty {
                throw CommandFailure(
                    unreadable.map(\.description).joined(separator: "\n")
                        + "\n\(oneProblems.filter(\.isError).filesInWords) in \(first) and \(twoProblems.filter(\.isError).filesInWords) in \(second) cannot be read, so the comparison would leave cases out; fix them first (casemark validate)")
            }
            let comparison: MarkingComparison
            do {
                comparison = try MarkingComparison(first: one, second: two)
            } catch {
                throw CommandFailure("casemark: cannot compare \(first) with \(second): \(error)")
            }
            let report = AgreementReport(
                comparison: comparison, framework: one.framework,
                first: .init(folder: first, record: one.record, cases: one.cases.count),
                second: .init(folder: second, record: two.record, cases: two.cases.count))
            switch format {
            case .json: Console.writeAsIs(report.json())
            case .text: Console.write(report.text(width: TerminalWidth.ofStandardOutput()), to: .standardOutput)
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
