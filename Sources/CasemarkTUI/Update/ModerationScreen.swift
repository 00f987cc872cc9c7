import CasemarkModel

/// The moderation screen's reducer: settle the disagreement in view with y, n or a (a change to
/// this inspection whose history says it was moderated, and against which marking, committed by
/// the parent), step through the disagreements, scroll long notes (its own state).
enum ModerationScreen {
    static func reduce(
        _ moderation: inout ModerationState, _ command: KeyIntent, _ app: AppState, _ moment: Moment, _ out: inout ScreenOutcome
    ) {
        let count = moderation.disagreements.count
        switch command {
        case .answer(let judgement):
            guard let d = moderation.current, var c = app.session.caseWith(id: d.caseID) else {
                out.say("no disagreement to settle")
                return
            }
            do {
                try c.settleByModeration(
                    judgement, for: d.keyQuestion, against: moderation.against, second: d.second, in: app.framework,
                    by: app.inspector, at: moment.now, changeID: moment.newID())
            } catch {
                out.say("\(d.caseID) \(d.keyQuestion): \(error)", kind: .warning)
                return
            }
            out.changed = c
            out.say("\(d.caseID) \(d.keyQuestion) settled: \(judgement.displayName)")
            // On to the next one still to settle, if any; else stay, so the settled answer shows.
            if let next = nextUnsettled(after: moderation.selected, moderation, app, settling: c) {
                moderation.selected = next
                moderation.scroll = 0
            }
            return
        case .nextCase, .previousCase:
            guard count > 0 else { break }
            let step = command == .nextCase ? 1 : -1
            let target = moderation.selected + step
            if target < 0 || target >= count {
                out.say(step > 0 ? "that was the last disagreement" : "this is the first disagreement")
            } else {
                moderation.selected = target
                moderation.scroll = 0
            }
        case .nextUnsettled:
            if let next = nextUnsettled(after: moderation.selected, moderation, app) {
                moderation.selected = next
                moderation.scroll = 0
            } else {
                out.say(count == 0 ? "no disagreements" : "every disagreement is settled")
            }
        case .down:
            moderation.scroll += 1
        case .up:
            moderation.scroll = max(0, moderation.scroll - 1)
        default:
            break
        }
        moderation.scroll = min(moderation.scroll, ModerationPage.lastScroll(app, moderation))
    }

    /// The first unsettled disagreement after `index`, going round to the start; nil when all are
    /// settled. `settling` is a case just settled here and not yet committed.
    private static func nextUnsettled(
        after index: Int, _ moderation: ModerationState, _ app: AppState, settling: Case? = nil
    ) -> Int? {
        let count = moderation.disagreements.count
        guard count > 0 else { return nil }
        for step in 1...count {
            let i = (index + step) % count
            let d = moderation.disagreements[i]
            let c = settling?.id == d.caseID ? settling : app.session.caseWith(id: d.caseID)
            if c?.moderation(of: d.keyQuestion) == nil { return i }
        }
        return nil
    }
}
