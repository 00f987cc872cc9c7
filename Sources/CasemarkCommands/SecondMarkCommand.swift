import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

/// `casemark second-mark INSPECTION --cases N [--seed S] --into FOLDER`: a blind second marking.
struct SecondMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "second-mark",
        abstract: "Draw cases for a blind second marking into a new inspection.",
        discussion: """
            Makes FOLDER a new inspection holding N of INSPECTION's complete cases, drawn at \
            random but reproducibly: the same seed on the same cases draws the same cases, on \
            any machine. Each case keeps its responsible officer, sample and attributes; its \
            answers, notes, ticked prompts and history are left behind, so the second inspector \
            marks blind. inspection.json of FOLDER records which inspection it second-marks and \
            the seed, so the draw can be checked. Without --seed a seed is chosen and printed.

            The second inspector marks FOLDER with casemark as usual; then \
            `casemark compare INSPECTION FOLDER` measures the agreement, and \
            `casemark open INSPECTION --moderate FOLDER` settles the disagreements.

            Nothing is written when N is more than the complete cases, the seed is not a whole \
            number, or FOLDER exists and is not empty.

            Examples:
              casemark second-mark wessex-2026 --cases 10 --seed 2026 --into wessex-2026-second
              casemark second-mark wessex-2026 --cases 10 --into qa --inspector "Dev Malhotra"
            """)

    @Argument(help: ArgumentHelp("The inspection marked first.", valueName: "inspection"))
    var inspection: String

    @Option(help: ArgumentHelp("How many complete cases to draw.", valueName: "n"))
    var cases: Int

    @Option(help: ArgumentHelp("A whole number that fixes the draw (0 or more).", valueName: "s"))
    var seed: String?

    @Option(help: ArgumentHelp("The new inspection folder for the second marking.", valueName: "folder"))
    var into: String

    @OptionGroup var who: InspectorOption

    func validate() throws {
        if cases < 1 { throw ValidationError("--cases \(cases): expected a whole number of at least 1") }
        if let seed, Self.parseSeed(seed) == nil {
            throw ValidationError("--seed \"\(seed)\": expected a whole number from 0 to \(Int.max)")
        }
    }

    static func parseSeed(_ text: String) -> Int? {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
        return n
    }

    func run() throws {
        do {
            let (first, problems) = try InspectionFolder.load(at: inspection)
            let errors = problems.filter(\.isError)
            if !errors.isEmpty {
                throw CommandFailure(
                    errors.map(\.description).joined(separator: "\n")
                        + "\n\(inspection): \(errors.filesInWords) cannot be read, so the draw would not be from every case; nothing was written (see casemark validate \(inspection))")
            }
            // A seed chosen here is small enough to type back in.
            let chosen = seed.flatMap(Self.parseSeed) ?? Int.random(in: 1...999_999)
            let made = try InspectionFolder.createSecondMarking(
                of: first, at: inspection, count: cases, seed: chosen, into: into, by: who.name)
            Console.out("Created \(made.folder): a blind second marking of \(first.record.provider), \(made.cases.count) case\(made.cases.count == 1 ? "" : "s") drawn with seed \(chosen):")
            Console.out("  " + made.cases.map(\.id).joined(separator: " "))
            if seed == nil { Console.out("The same draw again: --seed \(chosen).") }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
