import CasemarkTestSupport
import Foundation
import Testing

/// `casemark frameworks`: the built-in frameworks listed, one printed as a file, and that file,
/// edited, used for a new inspection without a code change.
@Suite struct FrameworksCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    @Test("the list names each built-in framework with its title, standards and samples")
    func list() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["frameworks"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        for expected in [
            "hmip-probation-2018", "hmip-youth-justice-2021",
            "HM Inspectorate of Probation: standards for inspecting youth justice services",
            "13 standards, 12 counting toward the overall score (0–36)",
            "4.1 Resettlement policy and provision (rated by the lead inspector; outside the overall score)",
            "3.4 Out-of-court disposal policy and provision (rated by the lead inspector)",
            "2.1 Assessment (from the court-disposals cases, 3 key questions)",
            "samples: court-disposals (Court disposals), out-of-court-disposals (Out-of-court disposals)",
            "10 standards, 10 counting toward the overall score (0–30)",
        ] {
            #expect(run.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test("--show prints the shipped file; an unknown id is refused naming the ids there are")
    func show() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["frameworks", "--show", "hmip-youth-justice-2021"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "hmip-youth-justice-2021")
        let unknown = try Self.casemark(["frameworks", "--show", "hmip-youth-2099"], in: scratch.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("hmip-youth-2099") && unknown.stderr.contains("hmip-youth-justice-2021"), "\(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
    }

    @Test("a copy of --show's output with a standard added (3.5, three key questions, bands re-cut to 0–39) makes an inspection that marks and reports it")
    func editedCopyLoads() throws {
        let scratch = TestFolder()
        let shown = try Self.casemark(["frameworks", "--show", "hmip-youth-justice-2021"], in: scratch.path)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        object["id"] = "wealdmoor-trial-2026"
        var standards = try #require(object["standards"] as? [[String: Any]])
        let victims: [String: Any] = [
            "id": "3.5", "domain": "3", "title": "Work with victims", "statement": "Victims are kept safe and heard.",
            "ratedFrom": "cases", "sample": "out-of-court-disposals",
            "keyQuestions": (1...3).map { n in
                ["id": "3.5.\(n)", "text": "Trial question \(n) about victims?", "verified": false,
                 "prompts": [["id": "a", "text": "Is the victim's view sought?"]]] as [String: Any]
            },
        ]
        standards.insert(victims, at: 12)
        object["standards"] = standards
        var overall = try #require(object["overall"] as? [String: Any])
        overall["bands"] = [
            ["minimumScore": 0, "maximumScore": 6, "band": "Inadequate"],
            ["minimumScore": 7, "maximumScore": 19, "band": "Requires improvement"],
            ["minimumScore": 20, "maximumScore": 32, "band": "Good"],
            ["minimumScore": 33, "maximumScore": 39, "band": "Outstanding"],
        ]
        object["overall"] = overall
        try scratch.write("mine.json", String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self))

        let new = try Self.casemark(["new", "trial", "--provider", "Wealdmoor YJS", "--framework", "mine.json"], in: scratch.path)
        #expect(new.status == 0, "\(new.all)")
        #expect(new.stdout.contains("wealdmoor-trial-2026"))
        try scratch.write("cases.csv", "case_id,responsible_officer,sample,3.5.1,3.5.2,3.5.3,3.1.1\nO-1,Ann Case,out-of-court-disposals,Y,N,Y,Y\nO-2,Ann Case,out-of-court-disposals,Y,Y,NA,N\n")
        let imported = try Self.casemark(["import", "trial", "--csv", "cases.csv"], in: scratch.path)
        #expect(imported.status == 0, "\(imported.all)")
        let marked = try Self.casemark(["mark", "trial", "O-1", "3.5.2", "yes"], in: scratch.path)
        #expect(marked.status == 0, "\(marked.all)")
        let report = try Self.casemark(["report", "trial", "--format", "json"], in: scratch.path)
        #expect(report.status == 0, "\(report.all)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let kq = try #require((json["keyQuestions"] as? [String: Any])?["3.5.2"] as? [String: Any])
        #expect(kq["percent"] as? Int == 100)
        let standard = try #require((json["standards"] as? [String: Any])?["3.5"] as? [String: Any])
        #expect(standard["computed"] as? String == "Outstanding")
        let overallJSON = try #require(json["overall"] as? [String: Any])
        #expect(overallJSON["totalStandards"] as? Int == 13)
        #expect(overallJSON["maximumScore"] as? Int == 39)
        let validate = try Self.casemark(["validate", "trial"], in: scratch.path)
        #expect(validate.status == 0, "\(validate.all)")
    }

    @Test("the same copy with its bands left at 0–36 after adding a standard is refused, naming the file and the band")
    func editedCopyWithOldBands() throws {
        let scratch = TestFolder()
        let shown = try Self.casemark(["frameworks", "--show", "hmip-youth-justice-2021"], in: scratch.path)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        var standards = try #require(object["standards"] as? [[String: Any]])
        standards[12]["countsTowardOverall"] = true  // resettlement counted: 13 standards, 0–39
        object["standards"] = standards
        try scratch.write("mine.json", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let new = try Self.casemark(["new", "trial", "--provider", "X", "--framework", "mine.json"], in: scratch.path)
        #expect(new.status == 1)
        #expect(new.stderr.contains("mine.json") && new.stderr.contains("overall.bands") && new.stderr.contains("37 to 39"), "\(new.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("trial")))
    }
}
