import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List the answers, statuses and ratings changed differently on two copies.",
        discussion: """
            After copies of an inspection are merged (casemark merge, or git with casemark \
            git-setup), an answer changed one way on one laptop and another way on another is \
            kept both ways: a conflict. This lists every one still to settle, each value with who \
            gave it and when. While a key question is in conflict on a case it counts as \
            unresolved: outside every percentage.

            Settle one by answering that key question again, on the marking screen or with \
            casemark mark; a rating, with casemark rate. A status conflict (a case completed on \
            one laptop and changed on another) is settled by completing the case again or \
            reopening it. A case's review approved on one copy and returned on another is \
            settled by approving or returning it again (casemark review). Nothing is changed by \
            this command.

            With --exit-code, the command exits 1 when it lists any conflict and 0 when there \
            are none (as git diff --exit-code), so a script can stop before a report.

            JSON: a list of objects with case (null for inspection.json), keyQuestion, standard, \
            field and values (each with value, by and at).

            Examples:
              casemark conflicts london-2019
              casemark conflicts london-2019 --format json
              casemark conflicts london-2019 --exit-code && casemark report london-2019
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "format"))
    var format: Format = .text

    @Flag(name: .long, help: "Exit 1 when any conflict is listed, 0 when none.")
    var exitCode = false

    func run() throws {
        let opened: ReadOnlyInspection
        do {
            opened = try ReadOnlyInspection.open(at: inspection)
        } catch {
            throw CommandFailure(error)
        }
        let all = opened.inspection.cases.flatMap(\.conflictDetails) + opened.inspection.record.conflictDetails
        switch format {
        case .json:
            // JSON keeps the data: written as it is (its strings escape every control character).
            Console.writeAsIs(ConflictText.json(all) + "\n")
        case .text:
            for conflict in all { Console.out(ConflictText.line(conflict)) }
            Console.out(all.isEmpty ? "No conflicts." : "\(all.count) conflict\(all.count == 1 ? "" : "s") to settle: \(HowToSettle.conflicts(all)).")
        }
        if exitCode, !all.isEmpty { throw ExitCode(1) }
    }
}
