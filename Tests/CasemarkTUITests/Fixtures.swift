import CasemarkModel
import CasemarkTUI
import CasemarkTestSupport

/// A small framework in the shape of the 2018 one: two case-supervision standards (one key
/// question ruled out when risk-of-serious-harm issues do not apply), unpaid work, and a
/// domain-one standard rated from evidence.
enum Fixtures {
    static let framework = FrameworkFixture.make(
        samples: [
            Sample(id: "case-supervision", title: "Case supervision"),
            Sample(id: "unpaid-work", title: "Unpaid work"),
        ],
        domains: [Domain(id: "1", title: "Organisational delivery"), Domain(id: "2", title: "Case supervision"),
                  Domain(id: "4", title: "Unpaid work")],
        scoreBands: [
            ScoreBand(minimumScore: 0, maximumScore: 2, band: .inadequate),
            ScoreBand(minimumScore: 3, maximumScore: 5, band: .requiresImprovement),
            ScoreBand(minimumScore: 6, maximumScore: 9, band: .good),
            ScoreBand(minimumScore: 10, maximumScore: 12, band: .outstanding),
        ],
        standards: [
            Standard(id: "1.1", domain: "1", title: "Leadership", ratedFrom: .evidence, sample: nil, keyQuestions: []),
            Standard(id: "2.1", domain: "2", title: "Assessment", ratedFrom: .cases, sample: "case-supervision", keyQuestions: [
                KeyQuestion(id: "2.1.1", text: "Does assessment focus sufficiently on engaging the service user?", prompts: [
                    Prompt(id: "a", text: "Does assessment analyse the service user’s motivation and readiness to engage?"),
                    Prompt(id: "b", text: "Is the service user meaningfully involved in their assessment?"),
                ]),
                KeyQuestion(id: "2.1.2", text: "Does assessment focus sufficiently on keeping other people safe?", prompts: [
                    Prompt(id: "a", text: "Does assessment identify risks to others?"),
                ]),
            ]),
            Standard(id: "2.2", domain: "2", title: "Planning", ratedFrom: .cases, sample: "case-supervision", keyQuestions: [
                KeyQuestion(id: "2.2.1", text: "Does planning focus sufficiently on engaging the service user?"),
                KeyQuestion(id: "2.2.3", text: "Does planning focus sufficiently on keeping other people safe?",
                            notApplicableWhen: FrameworkFixture.notApplicableWithoutRoSH),
            ]),
            Standard(id: "4.1", domain: "4", title: "Unpaid work", ratedFrom: .cases, sample: "unpaid-work", keyQuestions: [
                KeyQuestion(id: "4.1.1", text: "Does assessment focus on the key issues relevant to unpaid work?"),
            ]),
        ])

    static func answer(_ j: Judgement?, note: String = "") -> Answer {
        Answer(answer: j, note: note, by: "earlier", at: "2024-01-01T09:00:00Z")
    }

    /// Five cases: names with accents, a wide-character name, one complete, one ruled out of 2.2.3.
    static var cases: [Case] {
        [
            Case(id: "CS-001", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
                 attributes: ["rosh_issues_apply": "Y"],
                 answers: ["2.1.1": answer(.yes, note: "Good rapport noted"), "2.1.2": answer(.no)]),
            Case(id: "CS-002", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ines Sørensen", grade: "PSO"),
                 attributes: ["rosh_issues_apply": "N"],
                 answers: ["2.1.1": answer(.no)]),
            Case(id: "CS-003", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "李小龙", grade: "PO"),
                 attributes: ["rosh_issues_apply": "Y"]),
            Case(id: "CS-004", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Jack O'Neill", grade: "PO"),
                 attributes: ["rosh_issues_apply": "Y"], status: .complete,
                 answers: ["2.1.1": answer(.yes), "2.1.2": answer(.yes), "2.2.1": answer(.yes), "2.2.3": answer(.yes)]),
            Case(id: "UW-001", sample: "unpaid-work", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO")),
        ]
    }

    static var inspection: Inspection {
        Inspection(
            record: InspectionRecord(provider: "Test CRC", framework: "test-2018",
                                     ratings: ["1.1": RecordedRating(rating: .good, reason: "Clear vision")]),
            framework: framework, cases: cases)
    }

    static func state(width: Int = 80, height: Int = 24, readOnly: Bool = false, officer: String? = nil) -> AppState {
        AppState(inspection: inspection, inspector: "tester", readOnly: readOnly, officer: officer,
                 location: "/tmp/insp", width: width, height: height)
    }

    static let now = "2024-05-01T10:22:03Z"
}

/// Drives keys through `reduce` as the shell would (every save succeeds), collecting the effects.
@discardableResult
func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
    press(&state, keys)
}

@discardableResult
func press(_ state: inout AppState, _ keys: [KeyEvent]) -> [Effect] {
    var all: [Effect] = []
    for key in keys {
        let effects = reduce(&state, .key(key), now: Fixtures.now, newID: ChangeID.random)
        all += effects
        for case .save(let c) in effects {
            _ = reduce(&state, .saved(caseID: c.id, file: "cases/\(c.id).json"), now: Fixtures.now, newID: ChangeID.random)
        }
    }
    return all
}

/// Typed text as key events.
func typing(_ text: String) -> [KeyEvent] { text.map { KeyEvent.char($0) } }

func saves(_ effects: [Effect]) -> [Case] {
    effects.compactMap { if case .save(let c) = $0 { c } else { nil } }
}
