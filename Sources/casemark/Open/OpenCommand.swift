import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkTUI
import Foundation

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Mark the cases of an inspection, at the keyboard.",
        discussion: """
            Opens the marking screens on the inspection folder INSPECTION. Every answer, tick and \
            note is saved to the case's file as you make it. Press ? on any screen for its keys; \
            docs/inspector-guide.md walks through marking a case.

            Needs a terminal of at least 40×12 (80×24 is best). Set NO_COLOR=1 for no colours.

            Examples:
              casemark open london-2019
              casemark open london-2019 --officer "Chloé Duval" --read-only
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String

    @OptionGroup var options: OpenOptions

    func run() throws {
        try Marking.open(inspection, options: options, location: nil)
    }
}

/// Opening an inspection for marking, shared by `casemark open` and `casemark [INSPECTION]`.
enum Marking {
    static func open(_ path: String, options: OpenOptions, location: String?) throws {
        let inspector = options.who.name
        var saver: CaseSaving?
        let inspection: Inspection
        let problems: [StoreProblem]
        let folderPath: String
        do {
            if options.readOnly {
                let opened = try ReadOnlyInspection.open(at: path)
                (inspection, problems, folderPath) = (opened.inspection, opened.problems, opened.folder.path)
            } else {
                let store = try WritableInspection.open(at: path)
                saver = StoreSaver(store)
                (inspection, problems, folderPath) = (store.inspection, store.problems, store.folder.path)
            }
        } catch {
            throw Console.fail("casemark: \(error)")
        }
        if let officer = options.officer, Officers.find(officer, in: inspection.cases) == nil {
            let known = Officers.summaries(of: inspection.cases).map { "  \($0.label)" }.joined(separator: "\n")
            throw Console.fail("casemark: no case of \(path) has the responsible officer \"\(officer)\". The officers are:\n\(known)")
        }

        var state = AppState(
            inspection: inspection, inspector: inspector, readOnly: options.readOnly, officer: options.officer,
            location: location ?? PathDisplay.short(folderPath))
        let unreadable = problems.filter(\.isError)
        if !unreadable.isEmpty {
            state.status = StatusMessage(
                "\(unreadable.count) case file(s) could not be read and are left untouched: casemark validate lists them",
                kind: .warning)
        }

        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let session = Session(state: state, saver: saver)
        // ncurses restores the terminal itself on SIGINT and SIGTERM; every save is already on
        // disk by then. A crash of our own is caught here so the terminal is still restored.
        withExtendedLifetime(terminal) {
            session.run(on: terminal)
            terminal.close()
        }
    }
}
