import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkText
import Foundation

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen one complete case with a reason, from a script (the marking screen's o).",
        discussion: """
            Makes exactly the change the marking screen's o makes: the case is in progress \
            again, the reopening kept in its history with the reason, who and when, under the same \
            lock and with the same durable save. A case that is not complete is left as it is.

            Who: --inspector, else $CASEMARK_INSPECTOR, else your login name.

            Example:
              casemark reopen london-2019 A-017 --reason "Moderation: 2.1.1 to be looked at again"
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String
    @Argument(help: ArgumentHelp("The case's id.", valueName: "case"))
    var caseID: String
    @Option(name: .long, help: ArgumentHelp("Why the complete case is reopened (kept in its history).", valueName: "text"))
    var reason: String
    @OptionGroup var who: InspectorOption

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--reason needs some text: say why the complete case is being reopened")
        }
    }

    func run() throws {
        let inspector = who.name
        let reason = self.reason
        var notComplete = false
        let done = try OneCaseChange.run(inspection: inspection, caseID: caseID) { (c: inout Case, _: Framework) throws -> Bool in
            guard c.status == .complete else {
                notComplete = true
                return false
            }
            try c.reopen(reason: reason, by: inspector, at: Timestamp.now(), changeID: ChangeID.random())
            return true
        }
        if done == nil {
            if notComplete { Console.out("\(VisibleText.line(caseID)): not complete, so open already; nothing changed.") }
            return
        }
        Console.out("\(VisibleText.line(caseID)): reopened (by \(VisibleText.line(inspector))).")
    }
}
