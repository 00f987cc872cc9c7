import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Record a standard's rating, with its reason.",
        discussion: """
            For a standard rated from evidence (domain one's 1.1–1.4; in the youth justice \
            framework also 3.4 and 4.1), records the rating the lead inspector gives from the \
            wider evidence. For a standard rated from cases (2.1–2.4, 4.1, 4.2 in the 2018 \
            framework; 2.1–2.4 and 3.1–3.3 in the youth justice one), records a \
            professional-discretion rating; reports show it beside the rating computed from the \
            cases. Who recorded it and when are kept with the reason. `casemark frameworks \
            --show ID` lists a framework's standards and how each is rated. A rating replaced or \
            cleared is kept in the rating history: casemark history INSPECTION --ratings.

            RATING is outstanding, good, requires-improvement or inadequate (any letter case; \
            "Requires improvement" also works).

            Examples:
              casemark rate london-2019 1.1 good --reason "Clear vision, well communicated"
              casemark rate london-2019 2.2 requires-improvement --reason "Wider evidence"
              casemark rate london-2019 2.2 --clear
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Argument(help: ArgumentHelp("The standard's id, such as 1.1 or 2.2.", valueName: "standard"))
    var standard: String

    @Argument(help: ArgumentHelp("outstanding, good, requires-improvement or inadequate.", valueName: "rating"))
    var rating: String?

    @Option(name: .long, help: ArgumentHelp("Why this rating (required when recording one).", valueName: "text"))
    var reason: String?

    @Flag(name: .long, help: "Remove the recorded rating instead (the computed one then counts again).")
    var clear = false

    @OptionGroup var who: InspectorOption

    func validate() throws {
        if clear {
            if rating != nil { throw ValidationError("--clear removes the recorded rating; give no RATING with it") }
            return
        }
        guard let rating else { throw ValidationError("Missing RATING: expected outstanding, good, requires-improvement or inadequate") }
        guard Band(parsing: rating) != nil else {
            throw ValidationError("unknown rating \"\(rating)\": expected outstanding, good, requires-improvement or inadequate")
        }
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason is required: say why this rating was given")
        }
    }

    func run() throws {
        do {
            let store = try WritableInspection.open(at: inspection)
            let framework = store.framework
            guard let found = framework.standard(standard) else {
                throw CommandFailure("casemark: unknown standard \"\(standard)\": expected one of \(framework.standards.map(\.id).joined(separator: ", "))")
            }
            var record = store.record
            let time = Timestamp.now()
            if clear {
                guard let change = record.record(nil, for: found.id, by: who.name, at: time, changeID: ChangeID.random()) else {
                    Console.out("\(found.id) \(found.title): no rating was recorded; nothing changed.")
                    return
                }
                try store.saveRecord(record)
                Console.out("\(found.id) \(found.title): recorded rating removed.")
                Console.out(earlier(change))
                return
            }
            let band = Band(parsing: rating ?? "")!
            let change = record.record(
                RecordedRating(rating: band, reason: (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines), by: who.name, at: time),
                for: found.id, by: who.name, at: time, changeID: ChangeID.random())
            let saved = try store.saveRecord(record)
            let result = store.inspection.scoring().standardResult(found, recorded: saved.ratings[found.id])
            var line = "\(found.id) \(found.title): \(band.displayName) recorded"
            if found.ratedFrom == .cases {
                let computed = result.computed?.displayName ?? "none yet"
                line += result.isDiscretion
                    ? " (computed from the cases: \(computed); professional discretion)"
                    : " (the same as computed from the cases)"
            }
            Console.out(line + ".")
            if let change, change.previous != nil { Console.out(earlier(change)) }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Where the rating a change replaced can be found again.
    private func earlier(_ change: RatingChange) -> String {
        let was = change.previous.map { RatingHistoryText.describe($0) } ?? "nothing"
        let folder = inspection.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) } ? inspection : "'\(inspection)'"
        return "It was: \(was). See it again with: casemark history \(folder) --ratings \(change.standard)"
    }
}
