import ArgumentParser
import CasemarkStore
import Foundation

struct MergeFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-file",
        abstract: "Merge one case file or inspection.json (git's merge driver).",
        discussion: """
            BASE is the version both sides started from (an empty file when there is none), OURS \
            this side's and THEIRS the other side's; PATH is the file's name in the repository. \
            The merged file is written into OURS by the same rule as casemark merge: an answer \
            changed differently on both sides is kept both ways, as a conflict inside the file. \
            Exit status 0 whenever the result is a valid file, so git never leaves conflict \
            markers in a case file; 1 (OURS untouched) when a file cannot be read or BASE is not \
            an earlier version of both.

            casemark git-setup makes git use it: merge.casemark.driver = casemark merge-file %O %A %B %P
            """)

    @Argument(help: ArgumentHelp("The common ancestor (%O).", valueName: "base"))
    var base: String
    @Argument(help: ArgumentHelp("This side's version; the result is written here (%A).", valueName: "ours"))
    var ours: String
    @Argument(help: ArgumentHelp("The other side's version (%B).", valueName: "theirs"))
    var theirs: String
    @Argument(help: ArgumentHelp("The file's path in the repository (%P), for messages.", valueName: "path"))
    var path: String?

    func run() throws {
        do {
            let conflicts = try FileMerge.merge(base: base, ours: ours, theirs: theirs, path: path)
            // Git shows a driver's output during the merge: say what needs settling.
            for conflict in conflicts { Console.error("casemark: conflict kept in " + ConflictText.line(conflict)) }
        } catch {
            throw CommandFailure("casemark merge-file: \(error)")
        }
    }
}
