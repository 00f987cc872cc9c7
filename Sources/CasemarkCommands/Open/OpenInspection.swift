import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkSession
import CasemarkStore
import CasemarkTUI
import Foundation

/// Opening an inspection, shared by `casemark open` and `casemark [INSPECTION]`: for reviewing
/// (read-only) or for marking. The two paths share no store: read-only, the folder is opened
/// through `ReadOnlyInspection`, which has no method that writes, and the session gets no saver,
/// so no key and no code path can reach a write.
enum OpenInspection {
    static func open(_ path: String, options: OpenOptions, location: String?, terminal: TerminalMaker) throws {
        let inspector = options.who.name
        if options.opensReadOnly {
            let opened: ReadOnlyInspection
            do {
                opened = try ReadOnlyInspection.open(at: path)
            } catch {
                throw CommandFailure("casemark: \(error)" + startingAdvice(path))
            }
            let state = try startingState(
                opened.inspection, path: path, options: options, inspector: inspector, readOnly: true,
                location: location ?? PathDisplay.short(opened.folder.path), problems: opened.problems)
            // --review: the only writer is one that adds a QA comment to a case file, and nothing else.
            let commenter = options.review
                ? CommentWriter(folder: opened.folder, framework: opened.inspection.framework) : nil
            // and one that records a review (A, R), and nothing else.
            let reviewer = options.review
                ? ReviewWriter(folder: opened.folder, framework: opened.inspection.framework) : nil
            try run(Session(state: state, store: nil, commenter: commenter, reviewer: reviewer), terminal: terminal)
        } else {
            let store: WritableInspection
            do {
                // Leftover temporary files are removed only once nothing can refuse the open
                // (an unknown officer, no terminal): a refused open changes nothing.
                store = try WritableInspection.open(at: path, removingLeftovers: false)
            } catch {
                throw CommandFailure("casemark: \(error)" + startingAdvice(path))
            }
            let state = try startingState(
                store.inspection, path: path, options: options, inspector: inspector, readOnly: false,
                location: location ?? PathDisplay.short(store.folder.path), problems: store.problems)
            try run(Session(state: state, store: InspectionCaseStore(store)), terminal: terminal) {
                store.removeAbandonedTemporaryFiles()
            }
        }
    }

    /// Opening is where someone may mean to start an inspection: where nothing is yet (no folder,
    /// or an empty one), how to make one. Other commands never advise it (issue 21.7), and nor
    /// does this for a folder holding other things.
    private static func startingAdvice(_ path: String) -> String {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) || (try? manager.contentsOfDirectory(atPath: path))?.isEmpty == true else { return "" }
        return "\nTo start a new inspection there: casemark new \(path) --provider NAME"
    }

    /// The screens' first state; refuses an officer that no case names, listing those there are.
    private static func startingState(
        _ inspection: Inspection, path: String, options: OpenOptions, inspector: String, readOnly: Bool,
        location: String, problems: [StoreProblem]
    ) throws -> AppState {
        if let officer = options.officer, Officers.find(officer, in: inspection.cases) == nil {
            let error = ReportError.unknownOfficer(typed: officer, officers: Officers.summaries(of: inspection.cases))
            throw CommandFailure("casemark: \(path): \(error)")
        }
        var state = AppState(
            inspection: inspection, inspector: inspector, readOnly: readOnly, officer: options.officer,
            location: location, review: options.review)
        if let second = options.moderate {
            state.startModeration(try moderation(of: inspection, path: path, against: second))
        }
        state.inspectorIsLoginName = Inspector.isLoginName(option: options.who.inspector)
        // The first file named, and what is wrong with it (a symbolic link, a FIFO…), as validate says it.
        let unreadable = problems.filter(\.isError)
        state.noteUnreadable(files: unreadable.map(\.file), first: unreadable.first.map { "\($0)" })
        return state
    }

    /// The disagreements with the second marking at `secondPath`, which is only read. Refuses
    /// (exit 1) a folder that is not an inspection, or one that cannot be compared.
    private static func moderation(of first: Inspection, path: String, against secondPath: String) throws -> ModerationState {
        let second: ReadOnlyInspection
        do {
            second = try ReadOnlyInspection.open(at: secondPath)
        } catch {
            throw CommandFailure("casemark: --moderate \(secondPath): \(error)")
        }
        let unreadable = second.problems.filter(\.isError)
        if !unreadable.isEmpty {
            throw CommandFailure(
                unreadable.map(\.description).joined(separator: "\n")
                    + "\ncasemark: --moderate \(secondPath): \(unreadable.filesInWords) cannot be read; fix them first (casemark validate)")
        }
        do {
            let comparison = try MarkingComparison(first: first, second: second.inspection)
            return ModerationState(against: second.folder.path, disagreements: comparison.disagreements)
        } catch {
            throw CommandFailure("casemark: cannot moderate \(path) against \(secondPath): \(error)")
        }
    }

    /// Takes over the terminal and runs the session; `ready` runs once the terminal is known to
    /// be usable (before that, a refusal exits 2 having changed nothing).
    private static func run(_ session: Session, terminal makeTerminal: TerminalMaker, ready: () -> Void = {}) throws {
        let terminal: any ScreensTerminal
        do {
            terminal = try makeTerminal()
        } catch {
            throw CommandFailure("\(error)", exitCode: ExitCode(2))
        }
        ready()
        // ncurses restores the terminal itself on SIGINT, SIGTERM and SIGHUP; every save is
        // already on disk by then. withExtendedLifetime catches nothing: it keeps the terminal
        // alive (its deinit would close it) until the session has returned and closed it. A
        // crash (a trap) ends the process with the terminal as it was; `reset` gives it back.
        withExtendedLifetime(terminal) {
            session.run(on: terminal)
            terminal.close()
        }
    }
}
