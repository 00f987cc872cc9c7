import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkText

struct CompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Mark one case complete, from a script (the marking screen's c).",
        discussion: """
            Makes exactly the change the marking screen's c makes: the case is complete and \
            locked, the completion kept in its history with who and when, under the same lock and \
            with the same durable save. A case with any answer in conflict (changed differently on \
            two copies) is not completed: the conflicts are named and the command exits 1; settle \
            each with casemark mark, then complete. A status in conflict (completed on one copy, \
            changed on another) is settled by completing again.

            Key questions that apply and are unanswered do not stop it (the marking screen asks; \
            here they are named). A case already complete is left as it is.

            Who: --inspector, else $CASEMARK_INSPECTOR, else your login name.

            Example:
              casemark complete london-2019 A-017
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String
    @Argument(help: ArgumentHelp("The case's id.", valueName: "case"))
    var caseID: String
    @OptionGroup var who: InspectorOption

    func run() throws {
        let inspector = who.name
        var already = false
        let done = try OneCaseChange.run(inspection: inspection, caseID: caseID) { (c: inout Case, _: Framework) throws -> Bool in
            if c.status == .complete, c.conflicts[Case.statusField] == nil {
                already = true
                return false
            }
            try c.complete(by: inspector, at: Timestamp.now(), changeID: ChangeID.random())
            return true
        }
        guard let (saved, framework) = done else {
            if already { Console.out("\(VisibleText.line(caseID)): already complete; nothing changed.") }
            return
        }
        Console.out("\(VisibleText.line(caseID)): complete and locked (by \(VisibleText.line(inspector))); casemark reopen with a reason unlocks it.")
        let unanswered = saved.unansweredKeyQuestions(in: framework)
        if !unanswered.isEmpty {
            Console.out("Unanswered (they apply to this case): \(unanswered.joined(separator: ", ")).")
        }
    }
}
