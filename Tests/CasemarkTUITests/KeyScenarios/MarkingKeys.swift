import CasemarkModel
import Testing

@testable import CasemarkTUI

/// A key question's figures, as the live strip shows them.
func figures(_ id: String, yes: Int = 0, no: Int = 0, na: Int = 0, unanswered: Int = 0, conflicts: Int = 0, _ percent: Int?, _ band: Band?)
    -> KeyQuestionResult
{
    KeyQuestionResult(
        id: id, tally: Tally(yes: yes, no: no, notApplicable: na, unanswered: unanswered, conflicts: conflicts), percent: percent,
        band: band)
}

/// The marking screen's keys, on CS-003 (no answers; 2.1.1 and 2.1.2 of standard 2.1, 2.2.1 and
/// 2.2.3 of 2.2) unless said. Before any change 2.1.1 is yes on CS-001 and CS-004 and no on
/// CS-002 (2 of 3, 67%, Good) and standard 2.1 Requires improvement.
extension KeyScenarios {
    static let marking: [KeyScenario] = {
        let table = KeyTables.marking
        let before211 = figures("2.1.1", yes: 2, no: 1, unanswered: 1, 67, .good)
        /// `answer` recorded on CS-003's 2.1.1 as the key's change "t-1".
        @Sendable func recorded(_ e: Expected, _ answer: Answer, on kq: String = "2.1.1", of id: String = "CS-003") throws -> Case {
            var c = e.caseBefore(id)
            try c.record(answer, for: kq, in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1")
            return c
        }
        return [
            KeyScenario(table, .up, "the key question above", on: { Start.markingCS003([.down]) }) {
                $0.marking?.row = 0
            },
            KeyScenario(table, .down, "the key question below", on: { Start.markingCS003() }) {
                $0.marking?.row = 1
            },
            KeyScenario(table, .nextPane, "over to 2.1.1's prompts", on: { Start.markingCS003() }) {
                $0.marking?.focus = .prompts
            },
            KeyScenario(table, .previousPane, "back from the prompts to the key questions", on: { Start.markingCS003([.tab]) }) {
                $0.marking?.focus = .questions
            },
            KeyScenario(table, .jumpToStandard, "2: the first key question of standard 2.2", keys: [.char("2")],
                        on: { Start.markingCS003([.tab]) }) {
                $0.marking?.row = 2
                $0.marking?.focus = .questions
            },
            KeyScenario(table, .jumpToStandard, "9: there is no ninth standard, and it says so", keys: [.char("9")],
                        on: { Start.markingCS003() }) {
                $0.status = StatusMessage("this case has 2 standards")
            },
            KeyScenario(table, .top, "the first key question", on: { Start.markingCS003([.char("G")]) }) {
                $0.marking?.row = 0
            },
            KeyScenario(table, .bottom, "the last key question", on: { Start.markingCS003() }) {
                $0.marking?.row = 3
            },
            KeyScenario(table, .answer(.yes), "2.1.1 yes: 3 of 4, 75%; on to 2.1.2; saved", on: { Start.markingCS003() }) {
                let answered = try recorded($0, Answer(answer: .yes))
                $0.caseIs(answered)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.row = 1
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: figures("2.1.1", yes: 3, no: 1, 75, .good),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.effects = [.save(answered)]
            },
            KeyScenario(table, .answer(.no), "2.1.1 no: 2 of 4, 50%; on to 2.1.2; saved", on: { Start.markingCS003() }) {
                let answered = try recorded($0, Answer(answer: .no))
                $0.caseIs(answered)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.row = 1
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: figures("2.1.1", yes: 2, no: 2, 50, .requiresImprovement),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.effects = [.save(answered)]
            },
            KeyScenario(table, .answer(.notApplicable), "2.1.1 n/a: still 2 of 3; on to 2.1.2; saved", on: { Start.markingCS003() }) {
                let answered = try recorded($0, Answer(answer: .notApplicable))
                $0.caseIs(answered)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.row = 1
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: figures("2.1.1", yes: 2, no: 1, na: 1, 67, .good),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.effects = [.save(answered)]
            },
            KeyScenario(table, .clearAnswer, "CS-001's yes on 2.1.1 goes, its note stays: 1 of 2, 50%", on: { Start.after([.enter, .char("g")]) }) {
                let cleared = try recorded($0, Answer(note: "Good rapport noted"), of: "CS-001")
                $0.caseIs(cleared)
                $0.savedBase["CS-001"] = $0.caseBefore("CS-001")
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: figures("2.1.1", yes: 1, no: 1, unanswered: 2, 50, .requiresImprovement),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.effects = [.save(cleared)]
            },
            KeyScenario(table, .tickPrompt, "2.1.1's prompt a ticked: no figure moves; saved", on: { Start.markingCS003([.tab]) }) {
                let ticked = try recorded($0, Answer(prompts: ["a"]))
                $0.caseIs(ticked)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: before211,
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.effects = [.save(ticked)]
            },
            KeyScenario(table, .editNote, "the note editor on 2.1.1's empty note", on: { Start.markingCS003() }) {
                $0.overlay = .noteEditor(NoteEditor(caseID: "CS-003", keyQuestion: "2.1.1", note: ""))
            },
            KeyScenario(table, .undo, "the yes just given to 2.1.1 is taken back, and 2.1.1 comes into view", on: {
                Start.markingCS003([.char("y")])
            }) {
                var undone = $0.caseBefore("CS-003")
                try undone.undo(by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(undone)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.row = 0
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: figures("2.1.1", yes: 3, no: 1, 75, .good), after: before211,
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.status = StatusMessage("undone: 2.1.1 back to no answer (Ctrl-R redoes)")
                $0.effects = [.save(undone)]
            },
            KeyScenario(table, .redo, "the yes taken back from 2.1.1 is put back", on: { Start.markingCS003([.char("y"), .char("u")]) }) {
                var redone = $0.caseBefore("CS-003")
                try redone.redo(by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(redone)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: before211, after: figures("2.1.1", yes: 3, no: 1, 75, .good),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.status = StatusMessage("redone: 2.1.1 back to Yes")
                $0.effects = [.save(redone)]
            },
            KeyScenario(table, .nextUnanswered, "the next key question with no answer", on: { Start.markingCS003([.char("y")]) }) {
                // From 2.1.2 (row 1, unanswered): round past it to 2.2.1.
                $0.marking?.row = 2
            },
            KeyScenario(table, .complete, "four key questions unanswered: it asks first", on: { Start.markingCS003() }) {
                $0.overlay = .confirm(.complete(caseID: "CS-003", unanswered: ["2.1.1", "2.1.2", "2.2.1", "2.2.3"]))
            },
            KeyScenario(table, .reopen, "CS-004 is complete: the reason is asked for", on: { Start.after([.char("G"), .char("k"), .enter]) }) {
                $0.overlay = .reopenReason(TextField())
            },
            KeyScenario(table, .takeSide(0), "2.1.1's conflict settled with the first value, Ann's yes", on: {
                Start.conflict([.down, .down, .enter, .char("g")])
            }) {
                var settled = $0.caseBefore("CS-003")
                let values = settled.conflictDetails.first { $0.keyQuestion == "2.1.1" }!.values
                #expect(values[0].by == "Ann Lee")
                _ = try settled.settle("2.1.1", taking: values[0].change, in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(settled)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: figures("2.1.1", yes: 2, no: 1, conflicts: 1, 67, .good),
                    after: figures("2.1.1", yes: 3, no: 1, 75, .good),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.status = StatusMessage("2.1.1 settled: took Ann Lee's answer")
                $0.effects = [.save(settled)]
            },
            KeyScenario(table, .takeSide(1), "2.1.1's conflict settled with the second value, Bob's no", on: {
                Start.conflict([.down, .down, .enter, .char("g")])
            }) {
                var settled = $0.caseBefore("CS-003")
                let values = settled.conflictDetails.first { $0.keyQuestion == "2.1.1" }!.values
                #expect(values[1].by == "Bob Ray")
                _ = try settled.settle("2.1.1", taking: values[1].change, in: Fixtures.framework, by: "tester", at: Fixtures.now, changeID: "t-1")
                $0.caseIs(settled)
                $0.savedBase["CS-003"] = $0.caseBefore("CS-003")
                $0.marking?.lastChange = LiveChange(
                    keyQuestion: "2.1.1", before: figures("2.1.1", yes: 2, no: 1, conflicts: 1, 67, .good),
                    after: figures("2.1.1", yes: 2, no: 2, 50, .requiresImprovement),
                    standardBefore: .requiresImprovement, standardAfter: .requiresImprovement)
                $0.status = StatusMessage("2.1.1 settled: took Bob Ray's answer")
                $0.effects = [.save(settled)]
            },
            KeyScenario(table, .reload, "the shell is asked to read CS-003's file again", on: { Start.markingCS003() }) {
                $0.effects = [.reload(caseID: "CS-003")]
            },
            KeyScenario(table, .read, "CS-003 read whole from 2.1.1's section; no longer in use here", on: { Start.markingCS003() }) {
                $0.screen = .reading
                $0.marking = nil
                $0.reading = ReadingState(caseID: "CS-003", scroll: 0)
                $0.caseMarkedInUse = nil
                $0.effects = [.endEditing(caseID: "CS-003")]
            },
            KeyScenario(table, .comment, "a comment box on 2.1.1", on: { Start.markingCS003() }) {
                $0.overlay = .comment(CommentDraft(caseID: "CS-003", keyQuestion: "2.1.1"))
            },
            KeyScenario(table, .previousCase, "CS-002 opens at its first blank, 2.1.2", on: { Start.markingCS003() }) {
                $0.marking = MarkingState(caseID: "CS-002", row: 1, listIndex: 1)
                $0.list.selected = 1
                $0.status = StatusMessage("case 2 of 5: CS-002")
                $0.caseMarkedInUse = "CS-002"
                $0.effects = [.endEditing(caseID: "CS-003"), .beginEditing(caseID: "CS-002")]
            },
            KeyScenario(table, .nextCase, "CS-004 opens; it is complete, and the status line says so", on: { Start.markingCS003() }) {
                $0.marking = MarkingState(caseID: "CS-004", row: 0, listIndex: 3)
                $0.list.selected = 3
                $0.status = StatusMessage("CS-004 is complete: o reopens it")
                $0.caseMarkedInUse = "CS-004"
                $0.effects = [.endEditing(caseID: "CS-003"), .beginEditing(caseID: "CS-004")]
            },
            KeyScenario(table, .results, "the results, coming back to the marking", on: { Start.markingCS003() }) {
                $0.screen = .results(returnTo: .marking)
            },
            KeyScenario(table, .help, "the help opens", on: { Start.markingCS003() }) {
                $0.overlay = .help(scroll: 0)
            },
            KeyScenario(table, .back, "back to the list on CS-003, released", on: { Start.markingCS003() }) {
                $0.screen = .cases
                $0.marking = nil
                $0.caseMarkedInUse = nil
                $0.effects = [.endEditing(caseID: "CS-003")]
            },
            KeyScenario(table, .quit, "casemark ends, CS-003 released", on: { Start.markingCS003() }) {
                $0.caseMarkedInUse = nil
                $0.effects = [.quit, .endEditing(caseID: "CS-003")]
            },
        ]
    }()
}
