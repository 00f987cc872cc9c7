import CasemarkModel
import CasemarkTestSupport

/// A framework with the 2018 shape (four domain-one standards, 2.1–2.4 on case supervision with a
/// RoSH sub-sample for x.x.3, 4.1 on unpaid work, 4.2 on Through the Gate), written out here so
/// that the tests say exactly what they rely on.
enum TestFramework {
    static let rosh = FrameworkFixture.notApplicableWithoutRoSH

    static func make() -> Framework {
        func kq(_ id: String, roshOnly: Bool = false) -> KeyQuestion {
            KeyQuestion(id: id, text: "Key question \(id)?", notApplicableWhen: roshOnly ? rosh : nil)
        }
        func domainOne(_ id: String, _ title: String) -> Standard {
            Standard(id: id, domain: "1", title: title, ratedFrom: .evidence, sample: nil,
                     keyQuestions: [kq("\(id).1")])
        }
        func caseSupervision(_ id: String, _ title: String, roshThird: Bool) -> Standard {
            Standard(id: id, domain: "2", title: title, ratedFrom: .cases, sample: "case-supervision",
                     keyQuestions: [kq("\(id).1"), kq("\(id).2"), kq("\(id).3", roshOnly: roshThird)])
        }
        return FrameworkFixture.make(
            samples: [
                Sample(id: "case-supervision", title: "Case supervision"),
                Sample(id: "unpaid-work", title: "Unpaid work"),
                Sample(id: "through-the-gate", title: "Through the Gate"),
            ],
            domains: [Domain(id: "1", title: "Organisational delivery"), Domain(id: "2", title: "Case supervision"),
                      Domain(id: "3", title: "Sector-specific work")],
            scoreBands: [
                ScoreBand(minimumScore: 0, maximumScore: 5, band: .inadequate),
                ScoreBand(minimumScore: 6, maximumScore: 15, band: .requiresImprovement),
                ScoreBand(minimumScore: 16, maximumScore: 25, band: .good),
                ScoreBand(minimumScore: 26, maximumScore: 30, band: .outstanding),
            ],
            standards: [
                domainOne("1.1", "Leadership"), domainOne("1.2", "Staff"),
                domainOne("1.3", "Services"), domainOne("1.4", "Information and facilities"),
                caseSupervision("2.1", "Assessment", roshThird: false),
                caseSupervision("2.2", "Planning", roshThird: true),
                caseSupervision("2.3", "Implementation and delivery", roshThird: true),
                caseSupervision("2.4", "Reviewing", roshThird: true),
                Standard(id: "4.1", domain: "3", title: "Unpaid work", ratedFrom: .cases, sample: "unpaid-work",
                         keyQuestions: [kq("4.1.1"), kq("4.1.2"), kq("4.1.3"), kq("4.1.4")]),
                Standard(id: "4.2", domain: "3", title: "Through the Gate", ratedFrom: .cases, sample: "through-the-gate",
                         keyQuestions: [kq("4.2.1"), kq("4.2.2"), kq("4.2.3")]),
            ])
    }

    /// `count` cases of `sample`, each answering `answers` (key question id → judgement or nil).
    static func cases(
        _ count: Int, sample: String = "case-supervision", prefix: String = "C",
        officer: String = "Ann Officer", grade: String? = "PO", attributes: [String: String] = [:],
        answers: [String: Judgement?]
    ) -> [Case] {
        (0..<count).map { i in
            var recorded: [String: Answer] = [:]
            for (id, judgement) in answers {
                if let judgement { recorded[id] = Answer(answer: judgement) }
            }
            return Case(
                id: "\(prefix)-\(i)", sample: sample,
                responsibleOfficer: ResponsibleOfficer(name: officer, grade: grade),
                attributes: attributes, answers: recorded)
        }
    }
}
