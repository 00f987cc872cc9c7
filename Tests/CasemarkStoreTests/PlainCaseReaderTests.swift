import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// The quick reader takes every file casemark writes, and whatever it takes, the careful reader
/// takes too, as the same case and with nothing to say about it. Anything it leaves goes to the
/// careful reader, whose messages therefore stay exactly what they were.
@Suite struct PlainCaseReaderTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_124

    @Test func readsEveryFileCasemarkWrites() throws {
        let framework = try FrameworkLibrary.bundled()
        let reader = PlainCaseReader(framework: framework)
        var random = RandomCases(seed: Self.seed &+ 10, framework: framework)
        for i in 0..<1_000 {
            let c = random.soundCase(number: i)
            let data = try CaseFile.encode(c)
            let plain = data.withUnsafeBytes { reader.read($0) }
            #expect(plain == c, "seed \(Self.seed) case \(i)")
            let careful = CaseFile.decodeCarefully(data, file: "cases/R.json", framework: framework)
            #expect(careful.0 == c && careful.1.isEmpty, "seed \(Self.seed) case \(i): \(careful.1)")
        }
    }

    @Test func whatItTakesTheCarefulReaderTakesTheSame() throws {
        let framework = try FrameworkLibrary.bundled()
        let reader = PlainCaseReader(framework: framework)
        var random = RandomCases(seed: Self.seed &+ 11, framework: framework)
        var rng = SplitMix64(seed: Self.seed &+ 12)
        var taken = 0
        var left = 0
        for i in 0..<10_000 {
            let valid = [UInt8](try CaseFile.encode(i % 2 == 0 ? random.soundCase(number: i) : random.anyCase(number: i)))
            let input = i % 7 == 0 ? valid : LoaderFuzzTests.mutate(valid, &rng)
            let plain = input.withUnsafeBytes { reader.read($0) }
            let careful = CaseFile.decodeCarefully(Data(input), file: "cases/F.json", framework: framework)
            if let plain {
                taken += 1
                #expect(careful.0 == plain, "seed \(Self.seed) input \(i)")
                #expect(careful.1.isEmpty, "seed \(Self.seed) input \(i): the careful reader says \(careful.1)")
            } else {
                left += 1
            }
        }
        #expect(taken > 500 && left > 1_000, "taken \(taken), left \(left)")  // both ways are exercised
    }

    /// Files that are sound JSON but not plain: each is left to the careful reader.
    @Test(arguments: [
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "extra": 1}"#,
        #"{"schemaVersion": 1, "id": "A-1", "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}}"#,
        #"{"schemaVersion": 1.0, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}}"#,
        #"{"schemaVersion": 4, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}}"#,
        #"{"schemaVersion": 1, "id": " ", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "unknown", "responsibleOfficer": {"name": "N"}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "answers": {"9.9.9": {}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "answers": {"4.1.1": {}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "answers": {"2.1.1": {"answer": "maybe"}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "answers": {"2.1.1": {"prompts": ["z"]}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "attributes": {"rosh_issues_apply": "N"}, "answers": {"2.2.3": {"answer": "yes"}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "attributes": {"rosh_issues_apply": "maybe"}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "history": [{"event": "answer", "by": "x"}]}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "status": "done"}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"},}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}} x"#,
    ])
    func leavesFilesThatAreNotPlain(_ text: String) throws {
        let reader = PlainCaseReader(framework: try FrameworkLibrary.bundled())
        let plain = Array(text.utf8).withUnsafeBytes { reader.read($0) }
        #expect(plain == nil)
        // …and the careful reader has something to say about each.
        let (_, problems) = CaseFile.decode(Data(text.utf8), file: "cases/A-1.json", reader: reader)
        #expect(!problems.isEmpty)
    }

    /// Sound files it leaves all the same (a null, a byte-order mark): the careful reader reads them.
    @Test(arguments: [
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N", "grade": null}}"#,
        "\u{FEFF}{\"schemaVersion\": 1, \"id\": \"A-1\", \"sample\": \"case-supervision\", \"responsibleOfficer\": {\"name\": \"N\"}}",
    ])
    func leavesSoundFilesThatAreNotPlainToTheCarefulReader(_ text: String) throws {
        let reader = PlainCaseReader(framework: try FrameworkLibrary.bundled())
        #expect(Array(text.utf8).withUnsafeBytes { reader.read($0) } == nil)
        let (c, problems) = CaseFile.decode(Data(text.utf8), file: "cases/A-1.json", reader: reader)
        #expect(c?.responsibleOfficer == ResponsibleOfficer(name: "N") && problems.isEmpty)
    }

    /// An explicit not-applicable answer on a key question the case's attributes rule out agrees
    /// with them (import keeps one from an NA cell): both readers take it, as the same case, and
    /// the careful one has nothing to say. A yes, a no or a note alone there is still a remark.
    @Test(arguments: [
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "attributes": {"rosh_issues_apply": "N"}, "answers": {"2.2.3": {"answer": "na"}}}"#,
        #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "attributes": {"rosh_issues_apply": " n "}, "answers": {"2.2.3": {"answer": "na", "at": "2026-11-30T13:21:07Z", "by": "root", "note": "", "prompts": []}, "2.3.3": {"answer": "na", "note": "no harm issues"}}}"#,
    ])
    func takesAnExplicitNotApplicableTheAttributesRuleOut(_ text: String) throws {
        let reader = PlainCaseReader(framework: try FrameworkLibrary.bundled())
        let plain = Array(text.utf8).withUnsafeBytes { reader.read($0) }
        #expect(plain?.answers["2.2.3"]?.answer == .notApplicable)
        let careful = CaseFile.decodeCarefully(Data(text.utf8), file: "cases/A-1.json", framework: reader.framework)
        #expect(careful.1.isEmpty, "\(careful.1)")
        #expect(careful.0 == plain)
    }

    @Test(arguments: ["{\"answer\": \"yes\"}", "{\"answer\": \"no\", \"note\": \"x\"}", "{\"note\": \"x\"}", "{\"prompts\": [\"a\"]}"])
    func leavesAnythingButNotApplicableWhereTheAttributesRuleOut(_ answer: String) throws {
        let text = #"{"schemaVersion": 1, "id": "A-1", "sample": "case-supervision", "responsibleOfficer": {"name": "N"}, "attributes": {"rosh_issues_apply": "N"}, "answers": {"2.2.3": "# + answer + "}}"
        let reader = PlainCaseReader(framework: try FrameworkLibrary.bundled())
        #expect(Array(text.utf8).withUnsafeBytes { reader.read($0) } == nil)
        let (_, problems) = CaseFile.decode(Data(text.utf8), file: "cases/A-1.json", reader: reader)
        #expect(problems.contains { $0.field == "answers.2.2.3" && $0.message.contains("rosh_issues_apply = N makes 2.2.3 not applicable") }, "\(problems)")
    }

    @Test func takesAPlainFileWrittenByHand() throws {
        let text = #"{"schemaVersion":1,"id":"A-1","sample":"case-supervision","responsibleOfficer":{"name":"Chlo\u00e9 \"D\" \ud83d\ude00"},"answers":{"2.1.1":{"answer":"yes","note":"a\/b\n","prompts":["a"]}}}"#
        let reader = PlainCaseReader(framework: try FrameworkLibrary.bundled())
        let plain = Array(text.utf8).withUnsafeBytes { reader.read($0) }
        #expect(plain?.responsibleOfficer.name == "Chloé \"D\" 😀")
        #expect(plain?.answers["2.1.1"] == Answer(answer: .yes, note: "a/b\n", prompts: ["a"]))
        #expect(plain == CaseFile.decodeCarefully(Data(text.utf8), file: "cases/A-1.json", framework: reader.framework).0)
    }
}
