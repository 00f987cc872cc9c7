import ArgumentParser
import CasemarkModel
import CasemarkStore
import CasemarkText
import Foundation

struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Answer one key question of one case, from a script.",
        discussion: """
            Makes exactly the change the marking screen makes: the answer recorded with who and \
            when, the earlier value kept in the case's history, the same lock and the same \
            durable save, and the same rules (a key question the case's attributes rule out is \
            refused, naming the attribute). The note and ticked prompts are kept unless --note or \
            --prompts is given. An answer to a key question in conflict settles it.

            ANSWER is yes, no, na or clear (also y, n, a; any letter case); clear takes the \
            judgement away and keeps the note. A complete case is refused unless --reopen REASON \
            is given, which reopens it with that reason first.

            Who: --inspector, else $CASEMARK_INSPECTOR, else your login name.

            Examples:
              casemark mark london-2019 A-017 2.1.1 yes --note "Risk assessed at start" --prompts ac
              casemark mark london-2019 A-017 2.1.1 no --reopen "Moderation: no risk plan"
            """)

    @Argument(help: ArgumentHelp("The inspection folder.", valueName: "inspection"))
    var inspection: String
    @Argument(help: ArgumentHelp("The case's id.", valueName: "case"))
    var caseID: String
    @Argument(help: ArgumentHelp("The key question's id, such as 2.1.1.", valueName: "key-question"))
    var keyQuestion: String
    @Argument(help: ArgumentHelp("yes, no, na or clear.", valueName: "answer"))
    var answer: String

    @Option(name: .long, help: ArgumentHelp("The evidence note (replaces the one there).", valueName: "text"))
    var note: String?
    @Option(name: .long, help: ArgumentHelp("The prompts that informed the judgement, by letter: ac or a,c (replaces those ticked).", valueName: "letters"))
    var prompts: String?
    @Option(name: .long, help: ArgumentHelp("Reopen a complete case first, with this reason.", valueName: "reason"))
    var reopen: String?
    @OptionGroup var who: InspectorOption

    /// The judgement, `.some(nil)` for clear, nil when not understood.
    static func parse(_ word: String) -> Judgement?? {
        switch word.lowercased() {
        case "yes", "y": .yes
        case "no", "n": .no
        case "na", "a", "n/a": .notApplicable
        case "clear": .some(nil)
        default: nil
        }
    }

    func validate() throws {
        guard Self.parse(answer) != nil else {
            throw ValidationError("unknown answer \"\(answer)\": expected yes, no, na or clear (or y, n, a)")
        }
        if let reopen, reopen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--reopen needs a reason: say why the complete case is being changed")
        }
    }

    func run() throws {
        let inspector = who.name
        var already: String?
        var marked = keyQuestion
        let done = try OneCaseChange.run(inspection: inspection, caseID: caseID) { (c: inout Case, framework: Framework) throws -> Bool in
            let file = InspectionFolder.caseFile(caseID)
            let original = c
            guard let kq = framework.keyQuestion(keyQuestion) else {
                throw CommandFailure("casemark: \(file): unknown key question \"\(keyQuestion)\"; expected an id of this case's sample such as \(framework.standards(forSample: c.sample).first?.keyQuestions.first?.id ?? framework.markedKeyQuestions.first?.id ?? "2.1.1"); nothing was changed")
            }
            marked = kq.id
            let now = Timestamp.now()
            if c.status == .complete {
                guard let reopen else {
                    throw CommandFailure("casemark: \(file): case \(caseID) is complete; to change it, reopen it with a reason: --reopen \"why\"; nothing was changed")
                }
                try c.reopen(reason: reopen, by: inspector, at: now, changeID: ChangeID.random())
            }
            var next = c.answers[kq.id] ?? Answer()
            next.answer = Self.parse(answer)!
            if let note { next.note = note }
            if let prompts {
                let known = kq.prompts.map(\.id)
                // "ac", "a,c" or "a c": prompt ids are single letters in the bundled framework.
                var letters: [String] = []
                for word in prompts.split(whereSeparator: { $0 == "," || $0 == " " }) {
                    if known.contains(String(word)) { letters.append(String(word)) } else { letters += word.map { String($0) } }
                }
                if let unknown = letters.first(where: { !known.contains($0) }) {
                    throw CommandFailure("casemark: \(file): unknown prompt \"\(unknown)\" for \(kq.id); expected \(known.isEmpty ? "none (it has no prompts)" : known.joined(separator: ", ")); nothing was changed")
                }
                // In framework order, as the marking screen keeps them.
                next.prompts = known.filter(letters.contains)
            }
            let changed = try c.record(next, for: kq.id, in: framework, by: inspector, at: now, changeID: ChangeID.random())
            if !changed && c == original {
                already = "\(caseID) \(kq.id): already \(describe(c.answers[kq.id])); nothing changed."
                return false
            }
            return true
        }
        if let (saved, _) = done {
            Console.out("\(caseID) \(marked): \(describe(saved.answers[marked])) (by \(inspector)).")
        } else if let already {
            Console.out(already)
        }
    }

    private func describe(_ answer: Answer?) -> String {
        guard let answer else { return "no answer" }
        var text = answer.answer?.displayName ?? "no judgement"
        if !answer.note.isEmpty { text += ", note \"\(answer.note)\"" }
        if !answer.prompts.isEmpty { text += ", prompts \(answer.prompts.joined(separator: ","))" }
        // On one line: a line feed in the note is spelled out like any control character.
        return VisibleText.line(text)
    }
}
