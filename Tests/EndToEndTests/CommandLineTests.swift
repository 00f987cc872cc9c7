import CasemarkTestSupport
import Foundation
import Testing

/// The command line as a new user meets it: the version, a mistyped command or option, a folder
/// that is not there, and a report sent into a pipe.
@Suite struct CommandLineTests {
    static func casemark(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> CommandOutput {
        try CasemarkBinary.run(arguments, in: folder, environment: ["CASEMARK_INSPECTOR": "Test Inspector"].merging(environment) { $1 })
    }

    @Test("casemark --version prints the version and nothing else")
    func version() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["--version"], in: scratch.path)
        #expect(run.status == 0, "\(run.all)")
        #expect(run.stdout.hasPrefix("casemark "), "\(run.stdout)")
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(!run.all.contains("start"))
    }

    @Test("a mistyped command names the nearest command and never shows the hidden start's usage")
    func mistypedCommand() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["reprot", "x"], in: scratch.path)
        #expect(run.status != 0)
        #expect(run.stderr.contains("did you mean 'report'"), "\(run.stderr)")
        #expect(!run.all.contains("start"), "\(run.all)")
        #expect(!run.all.contains("USAGE"), "\(run.all)")
    }

    @Test("a mistyped option at the top names the nearest option and never shows start's usage")
    func mistypedOption() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["--versoin"], in: scratch.path)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--version"), "\(run.stderr)")
        #expect(!run.all.contains("start"), "\(run.all)")
        try FileManager.default.createDirectory(atPath: scratch.sub("insp"), withIntermediateDirectories: true)
        let officer = try Self.casemark(["insp", "--offcer", "Ann"], in: scratch.path)
        #expect(officer.status != 0)
        #expect(officer.stderr.contains("--officer"), "\(officer.stderr)")
        #expect(!officer.all.contains("start"), "\(officer.all)")
    }

    @Test("casemark bogus: the word is named, neither a folder nor a command; never '.: no inspection folder'")
    func bogus() throws {
        let scratch = TestFolder()
        let run = try Self.casemark(["bogus"], in: scratch.path)
        #expect(run.status != 0)
        #expect(run.stderr.contains("bogus"), "\(run.stderr)")
        #expect(!run.stderr.contains(".: "), "\(run.stderr)")
        #expect(run.stderr.contains("casemark --help"), "\(run.stderr)")
        let open = try Self.casemark(["open", "nowhere"], in: scratch.path)
        #expect(open.status != 0)
        #expect(open.stderr.contains("nowhere"), "\(open.stderr)")
        #expect(!open.stderr.contains(".: "), "\(open.stderr)")
    }

    /// An inspection whose key questions are worded long enough to need cutting.
    static func inspection(in scratch: TestFolder) throws {
        try scratch.write("good.csv", ImportReportCommandTests.good)
        let run = try Self.casemark(["import", "insp", "--csv", "good.csv"], in: scratch.path)
        #expect(run.status == 0, "\(run.stderr)")
    }

    static func widest(_ text: String) -> Int {
        text.components(separatedBy: "\n").map { (line: String) -> Int in line.count }.max() ?? 0
    }

    @Test("a report into a pipe fits $COLUMNS when set, else 80; --width overrides both")
    func reportWidthToAPipe() throws {
        let scratch = TestFolder()
        try Self.inspection(in: scratch)
        let plain = try Self.casemark(["report", "insp"], in: scratch.path, environment: ["COLUMNS": ""])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(Self.widest(plain.stdout) <= 80, "\(plain.stdout)")
        #expect(Self.widest(plain.stdout) > 60)

        let hundred = try Self.casemark(["report", "insp"], in: scratch.path, environment: ["COLUMNS": "100"])
        #expect(Self.widest(hundred.stdout) <= 100)
        #expect(Self.widest(hundred.stdout) > 80, "the wording takes the room it is given")

        let wide = try Self.casemark(["report", "insp", "--width", "200"], in: scratch.path, environment: ["COLUMNS": "70"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(Self.widest(wide.stdout) > 80, "\(wide.stdout)")
        let whole = try Self.casemark(["report", "insp", "--width", "0"], in: scratch.path, environment: ["COLUMNS": "70"])
        #expect(Self.widest(whole.stdout) > 80, "no limit: \(whole.stdout)")

        let narrow = try Self.casemark(["report", "insp", "--width", "70"], in: scratch.path, environment: ["COLUMNS": "200"])
        #expect(Self.widest(narrow.stdout) <= 70)

        let tooNarrow = try Self.casemark(["report", "insp", "--width", "5"], in: scratch.path)
        #expect(tooNarrow.status != 0)
        #expect(tooNarrow.stderr.contains("--width"), "\(tooNarrow.stderr)")
    }
}
