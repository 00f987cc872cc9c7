import CasemarkTestSupport
import Foundation
import Testing

/// Every command on a youth justice inspection: a copy of YouthSampleCases (the youth demo,
/// hmip-youth-justice-2021), as a lead inspector, a team and an analyst use it.
@Suite struct YouthCommandsTests {
    static let youthSample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("YouthSampleCases").path

    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Bethan Lloyd", "COLUMNS": "120"])
    }

    /// Runs a command that must succeed, and gives back what it printed.
    @discardableResult
    static func ok(_ arguments: [String], in folder: String) throws -> CommandOutput {
        let run = try casemark(arguments, in: folder)
        #expect(run.status == 0, "casemark \(arguments.joined(separator: " ")): \(run.all)")
        return run
    }

    static func copy(into scratch: TestFolder, as name: String = "kestrel") throws -> String {
        try FileManager.default.copyItem(atPath: youthSample, toPath: scratch.sub(name))
        return name
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("validate, rate, report in every format: 12 standards counted, 4.1 shown outside the score, HTML bars for every case-marked key question")
    func reportsAndRatings() throws {
        let scratch = TestFolder()
        let insp = try Self.copy(into: scratch)
        try Self.ok(["validate", insp], in: scratch.path)

        let before = try Self.json(try Self.ok(["report", insp, "--format", "json"], in: scratch.path).stdout)
        let overall = try #require(before["overall"] as? [String: Any])
        #expect(overall["score"] as? Int == 18)
        #expect(overall["rating"] as? String == "Requires improvement")
        #expect(overall["totalStandards"] as? Int == 12 && overall["ratedStandards"] as? Int == 12)
        #expect(overall["maximumScore"] as? Int == 36)
        let standards = try #require(before["standards"] as? [String: Any])
        #expect(standards.count == 13)
        #expect((standards["4.1"] as? [String: Any])?["countsTowardOverall"] as? Bool == false)
        #expect((standards["3.4"] as? [String: Any])?["countsTowardOverall"] as? Bool == true)
        #expect((before["keyQuestions"] as? [String: Any])?.count == 21)

        // The lead lifts 2.4 by discretion and changes 4.1: the score moves by 2.4's point only.
        let computed24 = (standards["2.4"] as? [String: Any])?["computed"] as? String
        #expect(computed24 == "Inadequate")
        let rate = try Self.ok(["rate", insp, "2.4", "requires-improvement", "--reason", "Wider evidence of reviews in supervision"], in: scratch.path)
        #expect(rate.stdout.contains("professional discretion"))
        try Self.ok(["rate", insp, "4.1", "outstanding", "--reason", "Resettlement panel now embedded"], in: scratch.path)
        let after = try Self.json(try Self.ok(["report", insp, "--format", "json"], in: scratch.path).stdout)
        #expect((after["overall"] as? [String: Any])?["score"] as? Int == 19)
        #expect((after["overall"] as? [String: Any])?["rating"] as? String == "Good")

        let text = try Self.ok(["report", insp], in: scratch.path).stdout
        #expect(text.contains("Domain 2: Court disposals") && text.contains("Domain 3: Out-of-court disposals"))
        #expect(text.contains("4.1† Resettlement policy and provision"))
        #expect(text.contains("† Outside the overall score"))
        #expect(text.contains("Overall: 19 → Good"))
        let markdown = try Self.ok(["report", insp, "--format", "markdown"], in: scratch.path).stdout
        #expect(markdown.contains("4.1† Resettlement policy and provision"))
        let csv = try Self.ok(["report", insp, "--format", "csv"], in: scratch.path).stdout
        #expect(csv.contains("counts_toward_overall"))
        #expect(csv.split(separator: "\n").contains { $0.contains(",standard,4.1,") && $0.hasSuffix(",no") })
        let html = try Self.ok(["report", insp, "--format", "html"], in: scratch.path).stdout
        #expect(html.contains("score 19 of 36"))
        #expect(html.contains("title=\"outside the overall score\""))
        for kq in ["2.1.1", "2.4.3", "3.1.1", "3.3.3"] {
            #expect(html.contains("data-key-question=\"\(kq)\""), "bar for \(kq)")
        }
        #expect(!html.contains("data-key-question=\"4.1"))

        // The manager's view and the breakdowns.
        let officer = try Self.ok(["report", insp, "--officer", "Adaeze Okafor"], in: scratch.path).stdout
        #expect(officer.contains("Adaeze Okafor beside the whole sample"))
        let bySample = try Self.json(try Self.ok(["report", insp, "--by", "sample", "--format", "json"], in: scratch.path).stdout)
        let groups = try #require((bySample["breakdown"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(Set(groups.compactMap { $0["name"] as? String }) == ["court-disposals", "out-of-court-disposals"])
        try Self.ok(["report", insp, "--by", "disposal"], in: scratch.path)
        let sheet = try Self.ok(["report", insp, "--case", "OOC-003"], in: scratch.path).stdout
        #expect(sheet.contains("3.1.1") && !sheet.contains("2.1.1"))
        let history = try Self.ok(["history", insp, "--ratings"], in: scratch.path).stdout
        #expect(history.contains("4.1"))
    }

    @Test("mark, complete by screen rules, comment, review, export and import back with the youth framework: the same report")
    func markingAndRoundTrip() throws {
        let scratch = TestFolder()
        let insp = try Self.copy(into: scratch)
        // CD-012 is not started: every court key question, then an out-of-court one is refused.
        for kq in ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"] {
            try Self.ok(["mark", insp, "CD-012", kq, "yes", "--note", "Seen in the case record"], in: scratch.path)
        }
        try Self.ok(["complete", insp, "CD-012"], in: scratch.path)
        try Self.ok(["reopen", insp, "CD-012", "--reason", "Moderation: 2.4.3 to look at again"], in: scratch.path)
        try Self.ok(["mark", insp, "CD-012", "2.4.3", "no"], in: scratch.path)
        try Self.ok(["complete", insp, "CD-012"], in: scratch.path)
        let wrong = try Self.casemark(["mark", insp, "CD-012", "3.1.1", "yes", "--reopen", "one more"], in: scratch.path)
        #expect(wrong.status == 1, "\(wrong.all)")
        let unknown = try Self.casemark(["mark", insp, "CD-012", "4.2.1", "yes"], in: scratch.path)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("such as 2.1.1"), "\(unknown.stderr)")
        try Self.ok(["mark", insp, "OOC-008", "3.2.2", "no", "--prompts", "ac"], in: scratch.path)
        try Self.ok(["history", insp, "CD-012"], in: scratch.path)
        try Self.ok(["comment", insp, "OOC-008", "3.2.2", "--text", "Was the social worker asked?"], in: scratch.path)
        #expect(try Self.ok(["comments", insp], in: scratch.path).stdout.contains("Was the social worker asked?"))
        try Self.ok(["review", insp, "--queue"], in: scratch.path)
        try Self.ok(["review", insp, "CD-001", "approve"], in: scratch.path)
        try Self.ok(["validate", insp], in: scratch.path)
        try Self.ok(["conflicts", insp, "--exit-code"], in: scratch.path)

        try Self.ok(["export", insp, "--output", "kestrel.csv"], in: scratch.path)
        try Self.ok(["import", "again", "--csv", "kestrel.csv", "--provider", "Kestrel Vale Youth Justice Service", "--framework", "hmip-youth-justice-2021"], in: scratch.path)
        func keyQuestions(_ folder: String) throws -> String {
            let report = try Self.json(try Self.ok(["report", folder, "--format", "json"], in: scratch.path).stdout)
            return String(decoding: try JSONSerialization.data(withJSONObject: report["keyQuestions"] as Any, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try keyQuestions(insp) == keyQuestions("again"))
        // The CSV file reported directly, against the youth framework.
        let fromCSV = try Self.json(try Self.ok(["report", "kestrel.csv", "--framework", "hmip-youth-justice-2021", "--format", "json"], in: scratch.path).stdout)
        #expect((fromCSV["overall"] as? [String: Any])?["totalStandards"] as? Int == 12)
        let asAdult = try Self.casemark(["report", "kestrel.csv"], in: scratch.path)
        #expect(asAdult.status == 1, "youth samples are not the 2018 framework's")
        #expect(asAdult.stderr.contains("--framework hmip-youth-justice-2021"), "\(asAdult.stderr)")
    }

    @Test("sample draws court and out-of-court strata in proportion, for the youth framework, and checks them")
    func drawTheSample() throws {
        let scratch = TestFolder()
        var lines = ["case_id,responsible_officer,sample,disposal"]
        for i in 1...90 {
            let court = i % 3 != 0
            lines.append("Y-\(100 + i),Case Manager \(i % 5),\(court ? "court-disposals" : "out-of-court-disposals"),\(court ? "referral order" : "youth caution")")
        }
        try scratch.write("caseload.csv", lines.joined(separator: "\n") + "\n")
        let drawn = try Self.ok(["sample", "--population", "caseload.csv", "--size", "30", "--seed", "4", "--strata", "sample",
                                 "--into", "drawn", "--provider", "Kestrel Vale YJS", "--framework", "hmip-youth-justice-2021"], in: scratch.path)
        #expect(drawn.stdout.contains("sample=court-disposals: 20 of 60"), "\(drawn.stdout)")
        #expect(drawn.stdout.contains("sample=out-of-court-disposals: 10 of 30"))
        let record = try Self.json(String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.sub("drawn/inspection.json"))), as: UTF8.self))
        #expect(record["framework"] as? String == "hmip-youth-justice-2021")
        let check = try Self.ok(["sample", "--check", "drawn", "--population", "caseload.csv", "--strata", "sample"], in: scratch.path)
        #expect(check.stdout.contains("within 5 points"))
        // Without --framework the youth samples are refused, naming them; nothing is created.
        let adult = try Self.casemark(["sample", "--population", "caseload.csv", "--size", "30", "--seed", "4", "--into", "adult", "--provider", "X"], in: scratch.path)
        #expect(adult.status == 1)
        #expect(!FileManager.default.fileExists(atPath: scratch.sub("adult")))
    }

    @Test("second-mark and compare, merge of a teammate's copy, and report --across two youth inspections")
    func teamwork() throws {
        let scratch = TestFolder()
        let insp = try Self.copy(into: scratch)
        try Self.ok(["second-mark", insp, "--cases", "4", "--seed", "2", "--into", "second"], in: scratch.path)
        let ids = try FileManager.default.contentsOfDirectory(atPath: scratch.sub("second/cases")).map { String($0.dropLast(5)) }
        #expect(ids.count == 4)
        for id in ids {
            let sample = try Self.json(String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.sub("second/cases/\(id).json"))), as: UTF8.self))["sample"] as? String
            let kq = sample == "court-disposals" ? "2.1.1" : "3.1.1"
            try Self.ok(["mark", "second", id, kq, "no"], in: scratch.path)
        }
        let compare = try Self.json(try Self.ok(["compare", insp, "second", "--format", "json"], in: scratch.path).stdout)
        #expect(((compare["overall"] as? [String: Any])?["cases"] as? Int) == 4)

        // A teammate's copy: one answer changed there, merged back.
        try FileManager.default.copyItem(atPath: scratch.sub(insp), toPath: scratch.sub("laptop"))
        try Self.ok(["mark", "laptop", "CD-011", "2.2.1", "yes"], in: scratch.path)
        let merged = try Self.ok(["merge", insp, "laptop"], in: scratch.path)
        #expect(merged.stdout.contains("CD-011"), "\(merged.stdout)")
        let answers = try Self.json(String(decoding: try Data(contentsOf: URL(fileURLWithPath: scratch.sub("\(insp)/cases/CD-011.json"))), as: UTF8.self))["answers"] as? [String: Any]
        #expect((answers?["2.2.1"] as? [String: Any])?["answer"] as? String == "yes")

        // Across two youth inspections: pooled by the same rules, each with its own overall.
        _ = try Self.copy(into: scratch, as: "kestrel-2027")
        let across = try Self.json(try Self.ok(["report", "--across", insp, "kestrel-2027", "--format", "json"], in: scratch.path).stdout)
        let inspections = try #require(across["inspections"] as? [[String: Any]])
        #expect(inspections.count == 2)
        #expect(inspections.allSatisfy { ($0["overall"] as? [String: Any])?["totalStandards"] as? Int == 12 })
        #expect((across["keyQuestions"] as? [String: Any])?.count == 21)
        let acrossText = try Self.ok(["report", "--across", insp, "kestrel-2027"], in: scratch.path).stdout
        #expect(acrossText.contains("4.1†"))
        #expect(acrossText.contains("the score out of 36"))
        try Self.ok(["report", "--across", insp, "kestrel-2027", "--format", "html"], in: scratch.path)
        try Self.ok(["report", "--across", insp, "kestrel-2027", "--by", "sample"], in: scratch.path)
        // A youth inspection and an adult one are not pooled.
        let adult = try Self.ok(["new", "adult", "--provider", "Adult CRC"], in: scratch.path)
        _ = adult
        let mixed = try Self.casemark(["report", "--across", insp, "adult"], in: scratch.path)
        #expect(mixed.status != 0)
    }
}
