import CasemarkTestSupport
import Foundation
import Testing

/// `casemark report --across` run as a user runs it: folders of inspections, folders that are not
/// inspections among them, and inspections of different frameworks.
@Suite struct ReportAcrossCommandTests {
    static func casemark(_ arguments: [String], in folder: String) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"])
    }

    static let header = "case_id,responsible_officer,officer_grade,sample,2.1.1,2.1.2,rosh_level"

    /// year1/north (2 cases) and year1/south (1 case), and a folder that is not an inspection.
    static func twoInspections(_ scratch: TestFolder) throws {
        try scratch.write("north.csv", "\(header)\nN-1,Chloé Duval,PO,case-supervision,Y,N,high\nN-2,Jack O'Neill,PSO,case-supervision,N,N,medium\n")
        try scratch.write("south.csv", "\(header)\nS-1,Ines Sørensen,PO,case-supervision,Y,Y,high\n")
        try FileManager.default.createDirectory(atPath: scratch.sub("year1"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.sub("notes"), withIntermediateDirectories: true)
        for (name, provider) in [("north", "North CRC"), ("south", "South CRC")] {
            let run = try casemark(["import", "year1/\(name)", "--csv", "\(name).csv", "--provider", provider], in: scratch.path)
            #expect(run.status == 0, "\(run.all)")
        }
    }

    @Test("a folder of inspections: each inspection listed, key questions pooled over all three cases, --by an attribute")
    func folderOfInspections() throws {
        let scratch = TestFolder()
        try Self.twoInspections(scratch)
        let run = try Self.casemark(["report", "--across", "year1", "--format", "json", "--by", "rosh_level"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let inspections = try #require(root["inspections"] as? [[String: Any]])
        #expect(inspections.map { $0["provider"] as? String } == ["North CRC", "South CRC"])
        let k211 = try #require((root["keyQuestions"] as? [String: [String: Any]])?["2.1.1"])
        #expect(k211["yes"] as? Int == 2)
        #expect(k211["no"] as? Int == 1)
        #expect(k211["percent"] as? Int == 67)
        #expect(k211["band"] as? String == "Good")
        let groups = try #require((root["breakdown"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["high", "medium"])
        #expect(groups.map { $0["cases"] as? Int } == [2, 1])
    }

    @Test("folders that are not inspections are named on standard error, the rest still reported, exit 1")
    func notInspections() throws {
        let scratch = TestFolder()
        try Self.twoInspections(scratch)
        let run = try Self.casemark(["report", "--across", "year1/north", "notes", "missing", "year1/south"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("North CRC"))
        #expect(run.stdout.contains("South CRC"))
        #expect(run.stderr.contains("notes: not an inspection"))
        #expect(run.stderr.contains("missing: no such folder"))
        #expect(run.stderr.contains("Reported 2 inspections"))
    }

    /// Issue 21.9: a sub-folder holding only a readme.txt was passed over with exit 0, though
    /// across-inspections.md promises nothing is left out silently. A file beside the
    /// inspections is no folder and is not named.
    @Test func aSubFolderThatIsNoInspectionIsNamed() throws {
        let scratch = TestFolder()
        try Self.twoInspections(scratch)
        try scratch.write("year1/readme.txt", "Year one's inspections")
        try FileManager.default.createDirectory(atPath: scratch.sub("year1/drafts"), withIntermediateDirectories: true)
        try scratch.write("year1/drafts/readme.txt", "not an inspection")
        let run = try Self.casemark(["report", "--across", "year1"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("North CRC") && run.stdout.contains("South CRC"))
        #expect(run.stderr.contains("year1/drafts: not an inspection (no inspection.json); left out"), "\(run.stderr)")
        #expect(!run.stderr.contains("readme.txt"), "\(run.stderr)")
    }

    static let bundledFramework = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CasemarkStore/Resources/hmip-2018.json")

    @Test("inspections of different frameworks are refused, naming both; nothing is reported")
    func differentFrameworks() throws {
        let scratch = TestFolder()
        try Self.twoInspections(scratch)
        // A later framework: the bundled one under another id, as a file.
        var framework = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.bundledFramework)) as? [String: Any])
        framework["id"] = "hmip-probation-2021"
        try JSONSerialization.data(withJSONObject: framework).write(to: URL(fileURLWithPath: scratch.sub("later.json")))
        let made = try Self.casemark(["import", "year1/west", "--csv", "south.csv", "--provider", "West CRC", "--framework", "later.json"], in: scratch.path)
        #expect(made.status == 0, "\(made.all)")
        let run = try Self.casemark(["report", "--across", "year1"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("year1/north"), "\(run.stderr)")
        #expect(run.stderr.contains("hmip-probation-2018"))
        #expect(run.stderr.contains("year1/west"))
        #expect(run.stderr.contains("hmip-probation-2021"))
    }

    @Test("--across with an inspection argument too, or with --officer, is refused with a usage message")
    func usage() throws {
        let scratch = TestFolder()
        try Self.twoInspections(scratch)
        let both = try Self.casemark(["report", "year1/north", "--across", "year1/south"], in: scratch.path)
        #expect(both.status != 0)
        #expect(both.stderr.contains("not both"))
        let officer = try Self.casemark(["report", "--across", "year1", "--officer", "Chloé Duval"], in: scratch.path)
        #expect(officer.status != 0)
        #expect(officer.stderr.contains("--by officer"))
    }
}
