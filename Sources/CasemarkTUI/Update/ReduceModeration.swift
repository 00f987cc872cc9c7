import CasemarkModel

/// The moderation screen: settle the disagreement in view with y, n or a (a change to this
/// inspection whose history says it was moderated, and against which marking), step through the
/// disagreements, scroll long notes.
func handleModeration(_ command: KeyIntent, _ state: inout AppState, now: String) -> [Effect] {
    guard var moderation = state.moderation else {
        state.screen = .cases
        return []
    }
    let count = moderation.disagreements.count
    switch command {
    case .answer(let judgement):
        guard let d = moderation.current, var c = state.caseWith(id: d.caseID) else {
            state.status = StatusMessage("no disagreement to settle")
            return []
        }
        do {
            try c.settleByModeration(
                judgement, for: d.keyQuestion, against: moderation.against, second: d.second, in: state.framework,
                by: state.inspector, at: now)
        } catch {
            state.status = StatusMessage("\(d.caseID) \(d.keyQuestion): \(error)", kind: .warning)
            return []
        }
        let effects = state.commit(c)
        state.status = StatusMessage("\(d.caseID) \(d.keyQuestion) settled: \(judgement.displayName)")
        // On to the next one still to settle, if any; else stay, so the settled answer shows.
        if let next = nextUnsettled(after: moderation.selected, moderation, state) {
            moderation.selected = next
            moderation.scroll = 0
        }
        state.moderation = moderation
        return effects
    case .nextCase, .previousCase:
        guard count > 0 else { break }
        let step = command == .nextCase ? 1 : -1
        let target = moderation.selected + step
        if target < 0 || target >= count {
            state.status = StatusMessage(step > 0 ? "that was the last disagreement" : "this is the first disagreement")
        } else {
            moderation.selected = target
            moderation.scroll = 0
        }
    case .nextUnsettled:
        if let next = nextUnsettled(after: moderation.selected, moderation, state) {
            moderation.selected = next
            moderation.scroll = 0
        } else {
            state.status = StatusMessage(count == 0 ? "no disagreements" : "every disagreement is settled")
        }
    case .down:
        moderation.scroll += 1
    case .up:
        moderation.scroll = max(0, moderation.scroll - 1)
    default:
        break
    }
    moderation.scroll = min(moderation.scroll, ModerationPage.lastScroll(state, moderation))
    state.moderation = moderation
    return []
}

/// The first unsettled disagreement after `index`, going round to the start; nil when all are settled.
private func nextUnsettled(after index: Int, _ moderation: ModerationState, _ state: AppState) -> Int? {
    let count = moderation.disagreements.count
    guard count > 0 else { return nil }
    for step in 1...count {
        let i = (index + step) % count
        if state.settled(moderation.disagreements[i]) == nil { return i }
    }
    return nil
}
