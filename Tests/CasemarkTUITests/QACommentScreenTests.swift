import CasemarkModel
import Testing

@testable import CasemarkTUI

/// QA comments on the screens (issue 14.4): C leaves one; ✎ marks open ones in the case list
/// and on the marking screen; a manager reviewing read-only (--review) may comment and still
/// cannot change an answer.
@Suite struct QACommentScreenTests {
    @Test func markingLeavesACommentOnTheKeyQuestionAsPartOfTheCase() throws {
        var state = Fixtures.state()
        press(&state, .enter, .char("k"), .char("k"))  // CS-001 opens on 2.2.1, its first blank; up to 2.1.1
        #expect(state.screen == .marking)
        press(&state, .char("C"))
        guard case .comment(let draft) = state.overlay else {
            Issue.record("no comment box")
            return
        }
        #expect(draft.caseID == "CS-001" && draft.keyQuestion == "2.1.1")
        #expect(render(state).lines.joined().contains("QA comment on CS-001 2.1.1"))
        let effects = press(&state, typing("Motivation not analysed") + [.enter])
        let saved = try #require(saves(effects).first)
        #expect(saved.comments.map(\.text) == ["Motivation not analysed"])
        #expect(saved.comments.first?.by == "tester" && saved.comments.first?.at == Fixtures.now)
        #expect(saved.answers == Fixtures.cases[0].answers, "a comment changes no answer")
        let lines = render(state).lines
        #expect(lines.contains { $0.hasPrefix(">✎2.1.1 Yes") }, "\(lines)")
        #expect(lines.contains { $0.contains("✎ QA (tester): Motivation not analysed") }, "\(lines)")
        press(&state, .escape)
        #expect(render(state).lines.contains { $0.hasPrefix(">✎CS-001") })
    }

    @Test func reviewingReadOnlyCommentsButCannotAnswer() throws {
        var state = AppState(
            inspection: Fixtures.inspection, inspector: "Manager", readOnly: true, location: "/tmp/insp", review: true)
        // The case list: a comment on the case as a whole.
        var effects = press(&state, .char("C"))
        effects += press(&state, typing("Sentence date?") + [.enter])
        #expect(saves(effects).isEmpty, "nothing is saved as a case")
        guard case .addComment(let id, let entry)? = effects.last else {
            Issue.record("no comment effect: \(effects)")
            return
        }
        #expect(id == "CS-001" && entry.keyQuestion == nil && entry.text == "Sentence date?" && entry.by == "Manager")
        #expect(state.session.caseWith(id: "CS-001")?.comments.count == 1)
        #expect(render(state).lines.contains { $0.hasPrefix(">✎CS-001") })

        // Answers stay beyond reach: every edit key is refused on the marking screen.
        press(&state, .enter, .char("v"))
        #expect(state.screen == .marking)
        for key in [KeyEvent.char("y"), .char("n"), .char("a"), .backspace, .char("c"), .char("e"), .char("u")] {
            let refused = press(&state, key)
            #expect(refused.isEmpty, "\(key)")
            #expect(state.status.text.hasPrefix("read-only"), "\(key): \(state.status.text)")
        }
        #expect(state.session.caseWith(id: "CS-001")?.answers == Fixtures.cases[0].answers)
        // But C still comments, on the key question.
        effects = press(&state, [.char("C")] + typing("Check 2.1.1") + [.enter])
        guard case .addComment(_, let second)? = effects.last else {
            Issue.record("no comment effect: \(effects)")
            return
        }
        #expect(second.keyQuestion == "2.1.1")
    }

    @Test func readOnlyWithoutReviewRefusesComments() {
        var state = Fixtures.state(readOnly: true)
        #expect(press(&state, .char("C")).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status.text.contains("--review"))
    }

    @Test func anEmptyCommentIsNotLeftAndEscapeCancels() {
        var state = Fixtures.state()
        press(&state, .char("C"), .enter)
        #expect(state.status.text == "a comment needs some text")
        press(&state, .escape)
        #expect(state.overlay == nil)
        #expect(state.session.caseWith(id: "CS-001")?.comments.isEmpty == true)
    }

    @Test func aResolvedCommentHasNoMarker() throws {
        var c = Fixtures.cases[0]
        let comment = try c.addComment("x", on: "2.1.1", by: "QA", at: "2024-01-02T00:00:00Z")
        var inspection = Fixtures.inspection
        inspection.cases[0] = c
        var state = AppState(inspection: inspection, inspector: "t", location: "/tmp/insp")
        #expect(render(state).lines.contains { $0.hasPrefix(">✎CS-001") })
        try c.answerComment(.resolve, thread: comment.id, by: "QA", at: "2024-01-03T00:00:00Z")
        inspection.cases[0] = c
        state = AppState(inspection: inspection, inspector: "t", location: "/tmp/insp")
        #expect(render(state).lines.contains { $0.hasPrefix(">  CS-001") || $0.hasPrefix("> CS-001") || $0.hasPrefix(">") && !$0.contains("✎") })
    }
}
