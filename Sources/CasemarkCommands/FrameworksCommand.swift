import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

/// `casemark frameworks`: the frameworks built in, and any one of them as the file a custom
/// framework starts from.
struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks",
        abstract: "List the built-in frameworks, or print one as a framework file to start from.",
        discussion: """
            With no option, lists each framework built into casemark: its id (what casemark new \
            --framework takes), its title, its standards (how each is rated, and which count \
            toward the overall score) and its samples.

            --show ID prints that framework as the JSON file it is shipped as. Save it, edit it \
            (correct a key question's wording, add a prompt or a standard; docs/file-format.md \
            describes every field) and create an inspection with it; no code is needed:

              casemark frameworks --show hmip-youth-justice-2021 > my-framework.json
              casemark new trial --provider "Trial YJS" --framework my-framework.json

            casemark checks the file then, and names every problem with its field path.
            """)

    @Option(name: .long, help: ArgumentHelp("Print this built-in framework as a JSON file.", valueName: "id"))
    var show: String?

    func run() throws {
        do {
            if let show {
                guard let data = try FrameworkLibrary.bundledData(id: show) else {
                    throw CommandFailure("casemark: unknown framework \"\(show)\"; expected one of \(FrameworkLibrary.bundledIDs.joined(separator: ", ")) (casemark frameworks lists them)")
                }
                FileHandle.standardOutput.write(data)
                return
            }
            let frameworks = try FrameworkLibrary.allBundled()
            Console.out(frameworks.map(Self.describe).joined(separator: "\n"))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }

    /// One framework as the list shows it: id and title, then each standard on its own line with
    /// how it is rated, then the samples.
    static func describe(_ framework: Framework) -> String {
        let counted = framework.countedStandards.count
        var lines = [
            "\(framework.id)\(framework.id == FrameworkLibrary.defaultID ? " (the default)" : "")",
            "  \(framework.title)",
            "  \(framework.standards.count) standards, \(counted) counting toward the overall score (0–\(framework.maximumScore)):",
        ]
        for standard in framework.standards {
            var how = standard.ratedFrom == .cases
                ? "from the \(standard.sample ?? "") cases, \(standard.keyQuestions.count) key questions"
                : "rated by the lead inspector"
            if !standard.countsTowardOverall { how += "; outside the overall score" }
            lines.append("    \(standard.id) \(standard.title) (\(how))")
        }
        lines.append("  samples: " + framework.samples.map { "\($0.id) (\($0.title))" }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }
}
