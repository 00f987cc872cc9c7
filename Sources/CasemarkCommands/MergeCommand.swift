import ArgumentParser
import CasemarkReport
import CasemarkModel
import CasemarkStore
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Bring another copy's changes into an inspection (offline teamwork).",
        discussion: """
            OTHER is another copy of the same inspection: a USB stick's copy, a colleague's \
            folder. Every answer, status and rating changed on OTHER since the copies parted is \
            taken; cases only OTHER has are copied in; OTHER is never written. An answer changed \
            differently on both copies is kept both ways, as a conflict to settle (see casemark \
            conflicts); nothing is ever dropped. Merging again changes nothing, and merging in \
            either direction gives the same answers.

            It names every answer, status and rating whose value it changed here (case, key \
            question, before → after, who and when), every change dated more than a day ahead \
            of this machine's clock, and how many conflicts are still to settle here, new or \
            from before. A copy with nothing new writes nothing.

            Conflict copies a sync tool left in INSPECTION's cases folder (Syncthing's \
            A-1.sync-conflict-….json, Dropbox's "conflicted copy") are folded in too, and then \
            removed. To fold those in alone, give the inspection twice: casemark merge insp insp.

            Nothing is written when OTHER is another inspection (provider or framework), is not \
            an inspection, or has a file that cannot be read. Exit status 0 when merged \
            (conflicts included), 1 when it could not merge.

            Examples:
              casemark merge london-2019 /media/usb/london-2019
              casemark merge london-2019 london-2019
            """)

    @Argument(help: ArgumentHelp("The inspection folder to bring changes into.", valueName: "inspection"))
    var inspection: String

    @Argument(help: ArgumentHelp("The other copy (never written).", valueName: "other"))
    var other: String

    func run() throws {
        let outcome: CopyMergeOutcome
        do {
            let meter = ProgressMeter.onStandardError("Reading case files", unit: "cases")
            let store = try WritableInspection.open(at: inspection, progress: { meter.update($0, of: $1) })
            meter.finish()
            outcome = try store.mergeCopy(from: other)
        } catch {
            throw CommandFailure("casemark: \(error)\nNothing was merged.")
        }
        func list(_ ids: [String]) -> String {
            ids.count <= 12 ? ids.joined(separator: ", ") : ids.prefix(12).joined(separator: ", ") + " and \(ids.count - 12) more"
        }
        if !outcome.taken.isEmpty { Console.out("Took changes to \(outcome.taken.count) case\(outcome.taken.count == 1 ? "" : "s"): \(list(outcome.taken))") }
        if !outcome.added.isEmpty { Console.out("Copied in \(outcome.added.count) new case\(outcome.added.count == 1 ? "" : "s"): \(list(outcome.added))") }
        if outcome.recordTaken { Console.out("Took rating changes (\(InspectionFolder.recordFileName)).") }
        for copy in outcome.foldedCopies { Console.out("Folded in and removed the sync tool's copy \(copy).") }
        Console.out("Already here: \(outcome.alreadyHere) case\(outcome.alreadyHere == 1 ? "" : "s") with nothing new.")
        if outcome.changes.isEmpty {
            Console.out("Nothing here changed value.")
        } else {
            Console.out("Changed here (\(outcome.changes.count)):")
            for change in outcome.changes {
                Console.out("  \(Self.file(change)) \(change.field): \(change.before) → \(change.after) (\(Self.who(change)))")
            }
        }
        if !outcome.future.isEmpty {
            Console.out("Dated in the future (more than a day ahead of this machine's clock; check the clock of the laptop that made \(outcome.future.count == 1 ? "it" : "them")):")
            for change in outcome.future {
                Console.out("  \(Self.file(change)) \(change.field): \(change.after) (\(Self.who(change)))")
            }
        }
        if !outcome.conflicts.isEmpty {
            let settle = outcome.conflicts.allSatisfy { $0.keyQuestion != nil } ? "settle each by answering again" : "settle each: \(HowToSettle.conflicts(outcome.conflicts))"
            Console.out("\(outcome.conflicts.count) new conflict\(outcome.conflicts.count == 1 ? "" : "s") (both values kept; \(settle)):")
            for conflict in outcome.conflicts { Console.out("  " + ConflictText.line(conflict)) }
        }
        // Never "No conflicts." while any is unsettled, from this merge or an earlier one.
        if outcome.unsettled == 0 {
            Console.out("No conflicts.")
        } else {
            let count = "\(outcome.unsettled) conflict\(outcome.unsettled == 1 ? "" : "s")"
            let lead = outcome.conflicts.isEmpty ? "No new conflicts; \(count) still to settle" : "\(count) to settle in all"
            Console.out("\(lead) in \(inspection) (casemark conflicts \(inspection) lists \(outcome.unsettled == 1 ? "it" : "them")).")
        }
    }

    private static func file(_ change: MergedChange) -> String {
        change.caseID.map(InspectionFolder.caseFile) ?? InspectionFolder.recordFileName
    }

    private static func who(_ change: MergedChange) -> String {
        [change.by, change.at].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
