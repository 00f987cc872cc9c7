import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import CasemarkText
import Foundation

/// `casemark review INSPECTION CASE approve|return` and `casemark review INSPECTION --queue`:
/// a quality lead's review of completed cases.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Approve a complete case, return it to its marker with a reason, or list the cases awaiting review.",
        discussion: """
            A complete case awaits review. approve records that a quality lead has checked it \
            (--note says anything worth keeping); return sends it back to its marker: the case \
            reopens, in progress, with the reason shown at the top of the case on the marking \
            screen and in report --case, and awaits review again when its marker completes it. \
            Each is a change in the case's history with who and when, saved under the case's lock \
            as every change is. Only a complete case can be reviewed, a return needs a reason, and \
            a case with a field in conflict is settled first. A case approved on one copy and \
            returned on another is a conflict once the copies are merged: settle it by approving \
            or returning the case again.

            --queue lists the cases awaiting review, oldest completion first, with who completed \
            each and when. --dip N --seed S draws N of them, reproducibly (the same queue and \
            seed draw the same cases), spread across the markers in proportion to their share of \
            the queue. Without --seed a seed is chosen and printed. JSON: a list of objects with \
            case, completedBy and completedAt.

            Who: --inspector, else $CASEMARK_INSPECTOR, else your login name.

            Examples:
              casemark review wessex-2026 CS-009 approve
              casemark review wessex-2026 CS-009 approve --note "Good risk analysis"
              casemark review wessex-2026 CS-014 return --reason "2.3.3: no evidence of the MAPPA referral"
              casemark review wessex-2026 --queue
              casemark review wessex-2026 --queue --dip 5 --seed 12
            """)

    enum Decision: String, ExpressibleByArgument, CaseIterable { case approve, `return` }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String
    @Argument(help: ArgumentHelp("The case's id (not with --queue).", valueName: "case"))
    var caseID: String?
    @Argument(help: ArgumentHelp("approve or return.", valueName: "decision"))
    var decision: Decision?

    @Option(name: .long, help: ArgumentHelp("With approve: a note kept with the approval.", valueName: "text"))
    var note: String?
    @Option(name: .long, help: ArgumentHelp("With return: what the marker is to put right (required).", valueName: "text"))
    var reason: String?
    @Flag(name: .long, help: "List the cases awaiting review instead.")
    var queue = false
    @Option(name: .long, help: ArgumentHelp("With --queue: draw this many of them, spread across the markers.", valueName: "n"))
    var dip: Int?
    @Option(help: ArgumentHelp("With --dip: a whole number that fixes the draw (0 or more).", valueName: "s"))
    var seed: String?
    @Option(name: .long, help: ArgumentHelp("With --queue: text or json.", valueName: "format"))
    var format: Format = .text
    @OptionGroup var who: InspectorOption

    func validate() throws {
        if queue {
            if caseID != nil { throw ValidationError("--queue lists the whole inspection's queue: give no case") }
            if note != nil || reason != nil { throw ValidationError("--note and --reason go with approve and return, not --queue") }
            if let dip, dip < 1 { throw ValidationError("--dip \(dip): expected a whole number of at least 1") }
            if seed != nil && dip == nil { throw ValidationError("--seed goes with --dip N") }
            if let seed, SecondMarkCommand.parseSeed(seed) == nil {
                throw ValidationError("--seed \"\(seed)\": expected a whole number from 0 to \(Int.max)")
            }
            return
        }
        if dip != nil || seed != nil { throw ValidationError("--dip and --seed go with --queue") }
        guard caseID != nil, let decision else {
            throw ValidationError("expected a case and approve or return (casemark review INSPECTION CASE approve), or --queue")
        }
        switch decision {
        case .approve:
            if reason != nil { throw ValidationError("--reason goes with return; an approval takes --note") }
        case .return:
            if note != nil { throw ValidationError("--note goes with approve; a return takes --reason") }
            // A missing or empty reason is refused by the model (exit 1, like every refused review).
            break
        }
    }

    func run() throws {
        if queue { return try listQueue() }
        let caseID = caseID ?? ""
        let file = InspectionFolder.caseFile(caseID)
        do {
            let store = try WritableInspection.open(at: inspection)
            guard var c = store.case(caseID) else {
                if store.isUnreadable(caseID) {
                    throw CommandFailure("casemark: \(file): cannot be read (see casemark validate \(inspection)); nothing was changed")
                }
                if let problem = CaseID.problem(with: caseID) {
                    throw CommandFailure("casemark: \"\(caseID)\" is not a case id: \(problem); nothing was changed")
                }
                throw CommandFailure("casemark: \(file): no such case in \(inspection); nothing was changed")
            }
            let inspector = who.name
            let now = Timestamp.now()
            switch decision ?? .approve {
            case .approve: try c.approve(note: note, by: inspector, at: now, changeID: ChangeID.random(), completionID: ChangeID.random())
            case .return: try c.returnToMarker(reason: reason ?? "", by: inspector, at: now, changeID: ChangeID.random(), reopenID: ChangeID.random())
            }
            let saved = try store.save(c)
            switch saved.reviewState {
            case .approved: Console.out("\(caseID): approved (by \(inspector)).")
            case .returned: Console.out("\(caseID): returned to its marker, reopened with the reason (by \(inspector)).")
            default: Console.out("\(caseID): \(saved.reviewState.displayName) (by \(inspector)).")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as CaseReviewError {
            throw CommandFailure("casemark: \(file): \(error); nothing was changed")
        } catch let error as StoreError {
            if case .conflict(_, let fields) = error, fields == [Case.reviewField] {
                throw CommandFailure("casemark: \(file): reviewed by someone else at the same time; nothing was written (casemark history \(inspection) \(caseID) shows their review)")
            }
            throw CommandFailure(error)
        } catch {
            throw CommandFailure(error)
        }
    }

    private func listQueue() throws {
        let opened: ReadOnlyInspection
        do {
            opened = try ReadOnlyInspection.open(at: inspection)
        } catch {
            throw CommandFailure(error)
        }
        let all = ReviewQueue.items(opened.inspection.cases)
        var shown = all
        var drawn: (size: Int, seed: UInt64)?
        if let dip {
            // A seed chosen here is small enough to type back in.
            let chosen = seed.flatMap(SecondMarkCommand.parseSeed) ?? Int.random(in: 1...999_999)
            shown = ReviewQueue.dip(all, size: dip, seed: UInt64(chosen))
            drawn = (dip, UInt64(chosen))
        }
        switch format {
        case .json: Console.writeAsIs(ReviewQueueText.json(shown))
        case .text:
            Console.out(ReviewQueueText.text(shown, of: all.count, dip: drawn))
            if let drawn, seed == nil { Console.out("The same draw again: --seed \(drawn.seed).") }
        }
        let unreadable = opened.problems.filter(\.isError)
        if !unreadable.isEmpty {
            Console.error("casemark: \(inspection): \(unreadable.filesInWords) cannot be read and \(unreadable.count == 1 ? "is" : "are") not in the queue (see casemark validate \(inspection))")
        }
    }
}
