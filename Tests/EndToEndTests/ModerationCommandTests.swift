import CasemarkModel
import CasemarkStore
import CasemarkTestSupport
import Foundation
import Testing

/// `casemark second-mark` and `casemark compare` as a lead inspector runs them.
@Suite struct ModerationCommandTests {
    /// A first marking: `complete` complete cases and 2 in progress, each answered on 2.1.1–2.1.3.
    func firstMarking(_ scratch: TestFolder, complete: Int = 6) throws -> String {
        let path = scratch.sub("first")
        let made = try CasemarkBinary.run(["new", path, "--provider", "Wessex CRC", "--inspector", "Lead"])
        #expect(made.status == 0, "\(made.all)")
        let store = try WritableInspection.open(at: path)
        for i in 0..<(complete + 2) {
            var answers: [String: Answer] = [:]
            for (n, kq) in ["2.1.1", "2.1.2", "2.1.3"].enumerated() {
                answers[kq] = Answer(answer: (i + n) % 3 == 0 ? .no : .yes, note: "first note \(i) \(kq)", prompts: ["a"], by: "Aoife Brennan", at: "2026-03-10T10:00:00Z")
            }
            try store.save(Case(
                id: "CS-\(i)", sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
                attributes: ["rosh_issues_apply": "N", "gender": "female"], status: i < complete ? .complete : .inProgress,
                answers: answers,
                history: [HistoryEntry(event: .answered, keyQuestion: "2.1.1", value: answers["2.1.1"], by: "Aoife Brennan", at: "2026-03-10T10:00:00Z", id: ChangeID.random())]))
        }
        return path
    }

    @Test func secondMarkDrawsBlindReproduciblyAndRecordsItsOrigin() throws {
        let scratch = TestFolder()
        let first = try firstMarking(scratch)
        let second = scratch.sub("second")
        let run = try CasemarkBinary.run(["second-mark", first, "--cases", "4", "--seed", "11", "--into", second, "--inspector", "Dev Malhotra"])
        #expect(run.status == 0, "\(run.all)")
        #expect(run.stdout.contains("4 cases drawn with seed 11"))
        let (drawn, problems) = try InspectionFolder.load(at: second)
        #expect(problems.isEmpty, "\(problems)")
        #expect(drawn.cases.count == 4)
        #expect(drawn.record.provider == "Wessex CRC")
        #expect(drawn.record.createdBy == "Dev Malhotra")
        #expect(drawn.record.secondMarkOf == SecondMarkingOrigin(inspection: InspectionFolder(first).path, provider: "Wessex CRC", seed: 11, cases: 4))
        for c in drawn.cases {
            #expect(Int(c.id.dropFirst(3))! < 6, "only complete cases are drawn")
            #expect(c.answers.isEmpty && c.history.isEmpty && c.status == .inProgress)
            #expect(c.responsibleOfficer == ResponsibleOfficer(name: "Chloé Duval", grade: "PO"))
            #expect(c.attributes == ["rosh_issues_apply": "N", "gender": "female"])
        }
        // Modes: the case files hold personal data.
        let mode = try FileManager.default.attributesOfItem(atPath: second + "/cases/" + drawn.cases[0].id + ".json")[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // The same seed draws the same cases.
        let again = scratch.sub("again")
        #expect(try CasemarkBinary.run(["second-mark", first, "--cases", "4", "--seed", "11", "--into", again]).status == 0)
        #expect(try InspectionFolder.load(at: again).0.cases.map(\.id) == drawn.cases.map(\.id))
        // Without a seed, one is chosen and printed so the draw can be made again.
        let chosen = try CasemarkBinary.run(["second-mark", first, "--cases", "2", "--into", scratch.sub("chosen")])
        #expect(chosen.status == 0, "\(chosen.all)")
        #expect(chosen.stdout.contains("The same draw again: --seed "))
        // The first inspection still validates and reads secondMarkOf-less as before.
        #expect(try CasemarkBinary.run(["validate", second]).status == 0)
    }

    @Test func secondMarkRefusesBadInputAndWritesNothing() throws {
        let scratch = TestFolder()
        let first = try firstMarking(scratch, complete: 3)
        let before = scratch.snapshot()
        let target = scratch.sub("second")

        let tooMany = try CasemarkBinary.run(["second-mark", first, "--cases", "4", "--seed", "1", "--into", target])
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("--cases 4 is more than the inspection's complete cases (3)"), "\(tooMany.all)")

        let badSeed = try CasemarkBinary.run(["second-mark", first, "--cases", "2", "--seed", "twelve", "--into", target])
        #expect(badSeed.status != 0)
        #expect(badSeed.stderr.contains("--seed \"twelve\": expected a whole number"), "\(badSeed.all)")

        let zero = try CasemarkBinary.run(["second-mark", first, "--cases", "0", "--into", target])
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("at least 1"), "\(zero.all)")
        #expect(scratch.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: target))

        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try scratch.write("second/notes.txt", "keep me")
        let taken = scratch.snapshot()
        let notEmpty = try CasemarkBinary.run(["second-mark", first, "--cases", "2", "--seed", "1", "--into", target])
        #expect(notEmpty.status == 1)
        #expect(notEmpty.stderr.contains("exists and is not empty"), "\(notEmpty.all)")
        #expect(scratch.snapshot() == taken)

        // An empty folder is fine.
        let empty = scratch.sub("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        #expect(try CasemarkBinary.run(["second-mark", first, "--cases", "2", "--seed", "1", "--into", empty]).status == 0)
    }

    /// Marks the second marking's cases like the first, but with 2.1.2 of the first drawn case flipped.
    func markSecond(_ path: String) throws -> (caseID: String, first: Judgement) {
        let store = try WritableInspection.open(at: path)
        var flipped: (String, Judgement)?
        for c in store.inspection.cases {
            let i = Int(c.id.dropFirst(3))!
            var marked = c
            for (n, kq) in ["2.1.1", "2.1.2", "2.1.3"].enumerated() {
                var judgement: Judgement = (i + n) % 3 == 0 ? .no : .yes
                if flipped == nil, kq == "2.1.2" {
                    flipped = (c.id, judgement)
                    judgement = judgement == .yes ? .no : .yes
                }
                marked.answers[kq] = Answer(answer: judgement, note: "second note \(c.id) \(kq)", by: "Dev Malhotra", at: "2026-03-12T10:00:00Z")
            }
            try store.save(marked)
        }
        return flipped!
    }

    @Test func compareGivesAgreementKappaAndEveryDisagreement() throws {
        let scratch = TestFolder()
        let first = try firstMarking(scratch)
        let second = scratch.sub("second")
        #expect(try CasemarkBinary.run(["second-mark", first, "--cases", "6", "--seed", "3", "--into", second]).status == 0)
        let flipped = try markSecond(second)
        let before = scratch.snapshot()

        let json = try CasemarkBinary.run(["compare", first, second, "--format", "json"])
        #expect(json.status == 0, "\(json.all)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let kqs = try #require(root["keyQuestions"] as? [String: [String: Any]])
        #expect(Set(kqs.keys) == ["2.1.1", "2.1.2", "2.1.3"])
        let agreeing = try #require(kqs["2.1.1"])
        #expect(agreeing["cases"] as? Int == 6)
        #expect(agreeing["agreements"] as? Int == 6)
        #expect(agreeing["percentAgreement"] as? Double == 100.0)
        #expect(agreeing["kappa"] as? Double == 1.0)
        let one = try #require(kqs["2.1.2"])
        #expect(one["agreements"] as? Int == 5)
        #expect(one["percentAgreement"] as? Double == 83.3)
        for key in ["kappa", "kappaLow", "kappaHigh"] { #expect(one[key] is Double, "\(key)") }
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(overall["cases"] as? Int == 18)
        #expect(overall["agreements"] as? Int == 17)
        let disagreements = try #require(root["disagreements"] as? [[String: Any]])
        #expect(disagreements.count == 1)
        let d = try #require(disagreements.first)
        #expect(d["case"] as? String == flipped.caseID)
        #expect(d["keyQuestion"] as? String == "2.1.2")
        #expect(d["first"] as? String == flipped.first.rawValue)
        #expect(d["second"] as? String == (flipped.first == .yes ? "no" : "yes"))
        #expect(d["firstNote"] as? String == "first note \(flipped.caseID.dropFirst(3)) 2.1.2")
        #expect(d["secondNote"] as? String == "second note \(flipped.caseID) 2.1.2")

        let text = try CasemarkBinary.run(["compare", first, second])
        #expect(text.status == 0, "\(text.all)")
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(text.stdout.contains("Fleiss, Cohen and Everitt"))
        #expect(lines.contains { $0.hasPrefix("2.1.1") && $0.hasSuffix("almost perfect") })
        #expect(lines.contains { $0.hasPrefix("Pooled      18    17   94.4") })
        #expect(text.stdout.contains("Disagreements (1)"))
        #expect(text.stdout.contains("second (Dev Malhotra): \"second note \(flipped.caseID) 2.1.2\""))
        #expect(scratch.snapshot() == before, "compare writes nothing")
    }

    @Test func compareRefusesDifferentFrameworksAndSamples() throws {
        let scratch = TestFolder()
        let first = try firstMarking(scratch)
        let second = scratch.sub("second")
        #expect(try CasemarkBinary.run(["second-mark", first, "--cases", "2", "--seed", "3", "--into", second]).status == 0)

        // The same case in another sample.
        let store = try WritableInspection.open(at: second)
        var moved = try #require(store.inspection.cases.first)
        moved.sample = "unpaid-work"
        try store.save(moved)
        let samples = try CasemarkBinary.run(["compare", first, second])
        #expect(samples.status == 1)
        #expect(samples.stderr.contains("case \(moved.id) is in sample \"case-supervision\" in the first inspection but \"unpaid-work\" in the second"), "\(samples.all)")
        #expect(samples.stdout.isEmpty)

        // Another framework.
        let frameworkFile = scratch.sub("other.json")
        var other = try FrameworkLibrary.bundled()
        other.id = "another-framework-2027"
        let encoder = JSONEncoder()
        try encoder.encode(other).write(to: URL(fileURLWithPath: frameworkFile))
        let third = scratch.sub("third")
        #expect(try CasemarkBinary.run(["new", third, "--provider", "Wessex CRC", "--framework", frameworkFile]).status == 0)
        let frameworks = try CasemarkBinary.run(["compare", first, third, "--format", "json"])
        #expect(frameworks.status == 1)
        #expect(frameworks.stderr.contains("different frameworks (\"hmip-probation-2018\" and \"another-framework-2027\")"), "\(frameworks.all)")
        #expect(frameworks.stdout.isEmpty)
    }
}

extension ModerationCommandTests {
    /// A hand-edited secondMarkOf with a wrong type is reported with its field, like any other.
    @Test func aBadSecondMarkOfIsReportedByField() throws {
        let scratch = TestFolder()
        let path = scratch.sub("insp")
        #expect(try CasemarkBinary.run(["new", path, "--provider", "Wessex CRC"]).status == 0)
        try scratch.write("insp/inspection.json", """
            {"schemaVersion": 1, "provider": "Wessex CRC", "framework": "hmip-probation-2018",
             "secondMarkOf": {"inspection": "/x/first", "provider": "Wessex CRC", "seed": "seven", "cases": 4}}
            """)
        let result = try CasemarkBinary.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("inspection.json: secondMarkOf.seed: expected a whole number"), "\(result.all)")
    }
}
