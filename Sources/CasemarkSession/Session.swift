import CasemarkModel
import CasemarkStore
import CasemarkTUI

/// The run loop: key → `reduce` → the effects carried out (every save durable before the next
/// key is read) → their outcomes fed back → the screen drawn. A failed save stays in the state
/// and is retried on the next key and every two seconds until it succeeds; a save that clashes
/// with another process's change to the same answer is not retried, but reported until the
/// inspector reloads the case.
public final class Session {
    public private(set) var state: AppState
    private let store: CaseStore?
    /// Reviewing read-only with `--review`: the one thing written, a QA comment alone.
    private let commenter: CommentWriter?
    /// The QA mode's other write: a review alone.
    private let reviewer: ReviewWriter?
    private let clock: () -> String
    /// Where the ids of new changes come from, handed to `reduce` as the time is.
    private let changeID: () -> String
    public static let retryMilliseconds = 2_000
    /// Keys that arrive together while text is typed (a paste) are handled as one batch and
    /// saved once, as the issue allows; nothing is drawn in between.
    public static let batchLimit = 4_096

    public init(
        state: AppState, store: CaseStore?, commenter: CommentWriter? = nil, reviewer: ReviewWriter? = nil,
        clock: @escaping () -> String = Timestamp.now, changeID: @escaping () -> String = ChangeID.random
    ) {
        self.state = state
        // Copied now, while the inspection opens, rather than on the first key (see takeOwnCaseList).
        self.state.takeOwnCaseList()
        self.store = store
        self.commenter = commenter
        self.reviewer = reviewer
        self.clock = clock
        self.changeID = changeID
    }

    /// Runs until the inspector quits or the input ends.
    public func run(on terminal: TerminalIO) {
        let (width, height) = terminal.size
        _ = handle([.resize(width: width, height: height)])
        terminal.draw(render(state))
        while true {
            let read = terminal.nextKey(timeout: state.session.unsaved.isEmpty ? nil : Self.retryMilliseconds)
            var quit = false
            switch read {
            case .ended:
                return
            case .timedOut:
                let now = clock()
                quit = perform(reduce(&state, .retrySaves, now: now, newID: changeID), now: now)
            case .key(let key):
                var keys = [key]
                while acceptsTyping, keys.count < Self.batchLimit, case .key(let more) = terminal.nextKey(timeout: 0) {
                    keys.append(more)
                }
                quit = handle(keys)
            }
            if quit { return }
            terminal.draw(render(state))
        }
    }

    /// Whether keys are going into text (a note, a search, a reason), so a paste can be batched.
    private var acceptsTyping: Bool {
        switch state.overlay {
        case .noteEditor, .search, .reopenReason, .returnReason: true
        default: false
        }
    }

    /// Handles keys and carries out their effects; true when the session should end.
    @discardableResult
    public func handle(_ keys: [KeyEvent]) -> Bool {
        // One time for the batch: formatting it is not free, and keys that arrive together are one moment.
        let now = clock()
        var effects: [Effect] = []
        for key in keys {
            effects += reduce(&state, .key(key), now: now, newID: changeID)
        }
        return perform(effects, now: now)
    }

    /// Saves (the latest version of each case once, in order), reloads and the "in use" marks,
    /// and whatever their outcomes ask for in turn; then quits if asked to. A plain quit whose
    /// saves failed is handed back to the reducer (`quitRequested`), which asks first.
    private func perform(_ effects: [Effect], now: String) -> Bool {
        var pending = effects
        var quit = false
        var losingUnsaved = false
        while !pending.isEmpty {
            var order: [String] = []
            var latest: [String: Case] = [:]
            var reloads: [String] = []
            var marks: [Effect] = []
            var comments: [(String, CommentEntry)] = []
            var reviews: [Effect] = []
            for effect in pending {
                switch effect {
                case .save(let c):
                    if latest[c.id] == nil { order.append(c.id) }
                    latest[c.id] = c
                case .reload(let id):
                    if !reloads.contains(id) { reloads.append(id) }
                case .beginEditing, .endEditing:
                    marks.append(effect)
                case .quit:
                    quit = true
                case .quitLosingUnsaved:
                    quit = true
                    losingUnsaved = true
                case .addComment(let id, let entry):
                    comments.append((id, entry))
                case .review:
                    reviews.append(effect)
                }
            }
            pending = []
            for id in order {
                guard let c = latest[id] else { continue }
                pending += save(c, now: now)
            }
            for id in reloads {
                pending += reload(id, now: now)
            }
            for (id, entry) in comments {
                pending += addComment(entry, to: id, now: now)
            }
            for review in reviews {
                pending += self.review(review, now: now)
            }
            for mark in marks {
                pending += self.mark(mark, now: now)
            }
            if quit && pending.isEmpty && !losingUnsaved && !(state.session.unsaved.isEmpty && state.session.conflicts.isEmpty) {
                // A quit asked for while a save just failed waits for the inspector's answer.
                quit = false
                pending = reduce(&state, .quitRequested, now: now, newID: changeID)
            }
        }
        return quit
    }

    private func save(_ c: Case, now: String) -> [Effect] {
        guard let store else {
            return reduce(&state, .saveFailed(caseID: c.id, message: "opened read-only; nothing is written"), now: now, newID: changeID)
        }
        do {
            let (saved, file) = try store.save(c)
            var effects: [Effect] = []
            if saved != c { effects += reduce(&state, .mergedOnDisk(saved), now: now, newID: changeID) }
            return effects + reduce(&state, .saved(caseID: c.id, file: file), now: now, newID: changeID)
        } catch StoreError.conflict(_, let fields) {
            return reduce(&state, .saveConflict(caseID: c.id, fields: fields, disk: store.caseOnDisk(c.id)), now: now, newID: changeID)
        } catch {
            return reduce(&state, .saveFailed(caseID: c.id, message: "\(error)"), now: now, newID: changeID)
        }
    }

    private func addComment(_ entry: CommentEntry, to id: String, now: String) -> [Effect] {
        guard let commenter else {
            return reduce(&state, .commentFailed(caseID: id, message: "opened read-only without --review; nothing is written"), now: now, newID: changeID)
        }
        do {
            let saved = try commenter.add(entry, toCase: id)
            let path = commenter.folder.path + "/" + InspectionFolder.caseFile(id)
            return reduce(&state, .commented(saved, file: PathDisplay.short(path)), now: now, newID: changeID)
        } catch {
            return reduce(&state, .commentFailed(caseID: id, message: "\(error)"), now: now, newID: changeID)
        }
    }

    private func review(_ effect: Effect, now: String) -> [Effect] {
        guard case .review(let id, let decision, let seen) = effect else { return [] }
        guard let reviewer else {
            return reduce(&state, .reviewFailed(caseID: id, message: "open with --review to review cases; nothing is written"), now: now, newID: changeID)
        }
        do {
            var reason: String?
            if case .return(let given) = decision { reason = given }
            let saved = try reviewer.review(id, returning: reason, by: state.inspector, at: now, seen: seen, newID: changeID)
            let path = reviewer.folder.path + "/" + InspectionFolder.caseFile(id)
            return reduce(&state, .reviewed(saved, file: PathDisplay.short(path)), now: now, newID: changeID)
        } catch {
            return reduce(&state, .reviewFailed(caseID: id, message: "\(error)"), now: now, newID: changeID)
        }
    }

    private func reload(_ id: String, now: String) -> [Effect] {
        guard let store else {
            return reduce(&state, .reloadFailed(caseID: id, message: "opened read-only"), now: now, newID: changeID)
        }
        do {
            guard let disk = try store.reload(id) else {
                return reduce(&state, .reloadFailed(caseID: id, message: "its file is no longer in the inspection"), now: now, newID: changeID)
            }
            return reduce(&state, .reloaded(disk), now: now, newID: changeID)
        } catch {
            return reduce(&state, .reloadFailed(caseID: id, message: "\(error)"), now: now, newID: changeID)
        }
    }

    private func mark(_ effect: Effect, now: String) -> [Effect] {
        guard let store else { return [] }
        switch effect {
        case .beginEditing(let id):
            guard let holder = store.beginEditing(id, by: state.inspector) else { return [] }
            return reduce(&state, .caseInUse(caseID: id, holder: holder), now: now, newID: changeID)
        case .endEditing(let id):
            store.endEditing(id)
            return []
        default:
            return []
        }
    }
}
