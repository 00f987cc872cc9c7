import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// Every kind of bad file issue 4 names: `validate` reports it with the file, the field and what
/// was expected; loading skips or refuses it without stopping; nothing on disk changes.
@Suite struct BadInputTests {
    struct BadInput: CustomTestStringConvertible, Sendable {
        var name: String
        /// Relative path and content (nil content: the file is written as raw bytes below).
        var file: String
        var content: [UInt8]
        var expectedFile: String
        var expectedField: String?
        var expectedText: String
        /// Whether the inspection as a whole can no longer be opened.
        var fatal = false

        var testDescription: String { name }

        init(_ name: String, _ file: String, _ text: String, field: String?, says: String, reportedAs: String? = nil, fatal: Bool = false) {
            self.init(name, file, Array(text.utf8), field: field, says: says, reportedAs: reportedAs, fatal: fatal)
        }

        init(_ name: String, _ file: String, _ bytes: [UInt8], field: String?, says: String, reportedAs: String? = nil, fatal: Bool = false) {
            self.name = name
            self.file = file
            self.content = bytes
            self.expectedFile = reportedAs ?? file
            self.expectedField = field
            self.expectedText = says
            self.fatal = fatal
        }
    }

    static let good = """
        {"schemaVersion": 1, "id": "A-1", "sample": "case-supervision",
         "responsibleOfficer": {"name": "Chloé Duval", "grade": "PO"},
         "attributes": {"rosh_issues_apply": "N"},
         "answers": {"2.1.1": {"answer": "yes", "note": "Good", "prompts": ["a"]}}}
        """

    static func replacing(_ old: String, _ new: String) -> String { good.replacingOccurrences(of: old, with: new) }

    static let inputs: [BadInput] = [
        BadInput("malformed JSON", "cases/A-1.json", #"{"schemaVersion": 1, "id": }"#, field: nil, says: "not valid JSON at line 1, column 28: expected a value; found '}'"),
        BadInput("truncated JSON", "cases/A-1.json", String(good.prefix(good.count / 2)), field: nil, says: "cut short"),
        BadInput("empty file", "cases/A-1.json", "", field: nil, says: "the file is empty"),
        BadInput("not UTF-8", "cases/A-1.json", Array(#"{"schemaVersion": 1, "id": "Chlo"#.utf8) + [0xE9] + Array(#""}"#.utf8), field: nil, says: "not UTF-8 text"),
        BadInput("not an object", "cases/A-1.json", "[1, 2]", field: nil, says: "expected a JSON object; found a list"),
        BadInput("wrong type: officer", "cases/A-1.json", replacing(#"{"name": "Chloé Duval", "grade": "PO"}"#, #""Chloé Duval""#), field: "responsibleOfficer", says: #"expected an object; found "Chloé Duval""#),
        BadInput("wrong type: note", "cases/A-1.json", replacing(#""note": "Good""#, #""note": 5"#), field: "answers.2.1.1.note", says: "expected text in double quotes; found 5"),
        BadInput("wrong type: schema version", "cases/A-1.json", replacing(#""schemaVersion": 1"#, #""schemaVersion": "1""#), field: "schemaVersion", says: #"expected a whole number from 1 to 3; found "1""#),
        BadInput("missing id", "cases/A-1.json", replacing(#""id": "A-1", "#, ""), field: "id", says: "missing; expected text"),
        BadInput("answer not yes/no/na", "cases/A-1.json", replacing(#""answer": "yes""#, #""answer": "maybe""#), field: "answers.2.1.1.answer", says: #"expected yes, no or na; found "maybe""#),
        BadInput("unknown key question", "cases/A-1.json", replacing(#""2.1.1""#, #""4.9.1""#), field: "answers.4.9.1", says: #"unknown key question "4.9.1""#),
        BadInput("key question of another sample", "cases/A-1.json", replacing(#""2.1.1""#, #""4.1.1""#), field: "answers.4.1.1", says: #"not marked for the sample "case-supervision""#),
        BadInput("unknown prompt", "cases/A-1.json", replacing(#"["a"]"#, #"["q"]"#), field: "answers.2.1.1.prompts.0", says: #"unknown prompt "q" for 2.1.1"#),
        BadInput("answer where attributes make it not applicable", "cases/A-1.json", replacing(#""2.1.1""#, #""2.2.3""#), field: "answers.2.2.3", says: "rosh_issues_apply = N makes 2.2.3 not applicable"),
        BadInput("unknown sample", "cases/A-1.json", replacing(#""case-supervision""#, #""youth""#), field: "sample", says: #"unknown sample "youth"; expected case-supervision, unpaid-work or through-the-gate"#),
        BadInput("id does not match file name", "cases/A-2.json", replacing(#""id": "A-1""#, #""id": "A-9""#), field: "id", says: #"expected "A-2" (the file's name); found "A-9""#),
        BadInput("duplicate id", "cases/A-2.json", good, field: "id", says: #"duplicate case id "A-1": also in cases/A-1.json"#),
        BadInput("newer schema version", "cases/A-1.json", replacing(#""schemaVersion": 1"#, #""schemaVersion": 4"#), field: "schemaVersion", says: "written by a newer casemark: version 4, this build reads up to 3"),
        BadInput("schema version too big for any number", "cases/A-1.json", replacing(#""schemaVersion": 1"#, #""schemaVersion": 99999999999999999999999"#), field: "schemaVersion", says: "written by a newer casemark: version 99999999999999999999999, this build reads up to 3"),
        BadInput("inspection schema version too big", "inspection.json", #"{"schemaVersion": 123456789012345678901234567890, "provider": "P", "framework": "hmip-probation-2018"}"#, field: "schemaVersion", says: "written by a newer casemark", fatal: true),
        BadInput("duplicate field", "cases/A-1.json", replacing(#""sample": "case-supervision","#, #""sample": "case-supervision", "sample": "unpaid-work","#), field: nil, says: #"the field "sample" appears twice"#),
        BadInput("file name not a case id", "cases/bad name.json", good, field: nil, says: "the file name is not a valid case id"),
        BadInput("framework that does not load", "framework.json", #"{"schemaVersion": 1, "id": "hmip-probation-2018", "title": "x"}"#, field: "samples", says: "missing", fatal: true),
        BadInput("framework with a key question outside its standard", "framework.json", "FRAMEWORK-MOVED-KQ", field: "standards.4.keyQuestions.0.id", says: "is not under standard '2.1'", fatal: true),
        BadInput("unknown framework id", "inspection.json", #"{"schemaVersion": 1, "provider": "P", "framework": "hmip-2031"}"#, field: "framework", says: #"unknown framework "hmip-2031""#, fatal: true),
        BadInput("inspection newer schema", "inspection.json", #"{"schemaVersion": 3, "provider": "P", "framework": "hmip-probation-2018"}"#, field: "schemaVersion", says: "written by a newer casemark: version 3, this build reads up to 2", fatal: true),
        BadInput("rating not a band", "inspection.json", #"{"schemaVersion": 1, "provider": "P", "framework": "hmip-probation-2018", "ratings": {"1.1": {"rating": "Excellent", "reason": "r"}}}"#, field: "ratings.1.1.rating", says: #"expected Inadequate, Requires improvement, Good or Outstanding; found "Excellent""#, fatal: true),
    ]

    /// A good inspection holding cases A-1 (good) and B-1 (good, to show the rest stays usable).
    func makeInspection(_ folder: TestFolder) throws -> String {
        let store = try Fixtures.newInspection(folder)
        var b = Fixtures.supervisionCase("B-1")
        b.answers["2.1.1"] = Answer(answer: .no, note: "Thin assessment")
        try store.save(b)
        try folder.write("insp/cases/A-1.json", Self.good)
        return folder.sub("insp")
    }

    @Test(arguments: inputs)
    func badInputIsNamedAndNothingChanges(_ input: BadInput) throws {
        let folder = TestFolder()
        let path = try makeInspection(folder)
        var bytes = input.content
        if bytes == Array("FRAMEWORK-MOVED-KQ".utf8) {
            var framework = try FrameworkLibrary.bundled()
            framework.standards[4].keyQuestions[0].id = "2.2.9"
            let text = String(decoding: try JSONCoding.encode(framework), as: UTF8.self)
            bytes = Array(text.replacingOccurrences(of: "\"2.2.9\"", with: "\"9.9.9\"").utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.sub("insp/" + input.file)))
        let before = folder.snapshot()

        let problems = InspectionFolder.validate(at: path).filter(\.isError)
        let match = problems.first { $0.file == input.expectedFile && $0.field == input.expectedField && $0.message.contains(input.expectedText) }
        #expect(match != nil, "\(input.name): got \(problems.map(\.description))")

        if input.fatal {
            #expect(throws: StoreError.self) { try ReadOnlyInspection.open(at: path) }
            #expect(throws: StoreError.self) { try WritableInspection.open(at: path) }
        } else {
            // The rest of the inspection stays usable, and the bad file is never overwritten.
            let opened = try ReadOnlyInspection.open(at: path)
            #expect(opened.inspection.cases.contains { $0.id == "B-1" })
            #expect(opened.problems.contains { $0.file == input.expectedFile })
            let store = try WritableInspection.open(at: path)
            let stem = (input.file as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
            if store.case(stem) == nil {
                #expect(throws: StoreError.self) { try store.save(Fixtures.supervisionCase(stem)) }
            }
        }
        #expect(folder.snapshot() == before)
    }

    @Test func everyProblemInTheFolderIsReportedAtOnce() throws {
        let folder = TestFolder()
        let path = try makeInspection(folder)
        for (index, input) in Self.inputs.enumerated() where input.file.hasPrefix("cases/A-1") {
            try folder.write("insp/cases/X-\(index).json", String(decoding: input.content, as: UTF8.self).replacingOccurrences(of: "\"A-1\"", with: "\"X-\(index)\""))
        }
        let files = Set(InspectionFolder.validate(at: path).filter(\.isError).map(\.file))
        let expected = Self.inputs.enumerated().filter { $0.element.file.hasPrefix("cases/A-1") }.map { "cases/X-\($0.offset).json" }
        #expect(Set(expected).isSubset(of: files))
    }

    @Test func folderReadableByOthersIsAWarningOnly() throws {
        let folder = TestFolder()
        let path = try makeInspection(folder)
        chmod(path, 0o755)
        let problems = InspectionFolder.validate(at: path)
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.description.hasPrefix("warning: the inspection folder can be read by other users (mode 755)") == true)
    }

    @Test func missingInspectionIsNamed() {
        let folder = TestFolder()
        let problems = InspectionFolder.validate(at: folder.sub("nowhere"))
        #expect(problems.first?.file == ".")
        #expect(problems.first?.message.contains("no inspection folder") == true)
        #expect(throws: StoreError.self) { try InspectionFolder.load(at: folder.sub("nowhere")) }
    }

    @Test func aGoodInspectionHasNoProblems() throws {
        let folder = TestFolder()
        let path = try makeInspection(folder)
        #expect(InspectionFolder.validate(at: path).isEmpty)
    }
}
