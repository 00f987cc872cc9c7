import CasemarkTestSupport
import Foundation
import Testing
import CasemarkModel
@testable import CasemarkReport
@testable import CasemarkStore

/// `casemark export` then `casemark import` into a new folder gives back the same cases: answers,
/// officers, attributes and status, and so the same JSON report.
@Suite struct ExportRoundTripTests {
    static let framework: Framework = try! FrameworkLibrary.bundled()

    static let sampleCases = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleCases").path

    /// What the interchange layout carries of a case (not notes, prompts, who and when, history).
    struct Carried: Equatable {
        var id, sample, officer: String
        var grade: String?
        var attributes: [String: String]
        var status: CaseStatus
        var answers: [String: Judgement]

        init(_ c: Case) {
            id = c.id
            sample = c.sample
            officer = c.responsibleOfficer.name
            grade = c.responsibleOfficer.grade
            attributes = c.attributes
            status = c.status
            answers = c.answers.compactMapValues(\.answer)
        }
    }

    static func carried(_ cases: [Case]) -> [Carried] { cases.map(Carried.init).sorted { $0.id < $1.id } }

    static func reimport(_ text: String) throws -> [Case] {
        switch CSVImport.parse(Array(text.utf8), file: "export.csv", framework: framework) {
        case .success(let cases): return cases
        case .failure(let error): throw error
        }
    }

    /// The JSON report of `cases` with `record`'s provider and recorded ratings (which live in
    /// inspection.json, not in the CSV).
    static func jsonReport(_ cases: [Case], record: InspectionRecord) throws -> String {
        let inspection = Inspection(record: record, framework: framework, cases: cases)
        return try Report.render(ResultsReport(inspection: inspection, by: .grade), format: .json)
    }

    @Test("SampleCases: export, import into a new folder, and the cases and the JSON report are the same")
    func sampleCases() throws {
        let (original, problems) = try InspectionFolder.load(at: Self.sampleCases)
        #expect(problems.filter(\.isError).isEmpty)
        let text = try CSVExport.render(original)
        let folder = TestFolder()
        try folder.write("export.csv", CSVExport.bom + Array(text.utf8))
        let summary = try CSVImport.importFile(
            csvPath: folder.sub("export.csv"), into: folder.sub("again"), provider: original.record.provider,
            framework: nil, by: "Round Trip")
        #expect(summary.count == original.cases.count)
        let (again, _) = try InspectionFolder.load(at: folder.sub("again"))
        #expect(Self.carried(again.cases) == Self.carried(original.cases))
        #expect(again.cases.contains { $0.status == .complete })
        #expect(try Self.jsonReport(again.cases, record: original.record) == Self.jsonReport(original.cases, record: original.record))
        // Exporting the imported copy gives the same file, byte for byte.
        #expect(try CSVExport.render(again) == text)
    }

    @Test("1,000 seeded random cases (Unicode names, quotes, commas, newlines) come back the same")
    func randomCases() throws {
        var random = ExportRandomCases(seed: 13, framework: Self.framework)
        let cases = (0..<1000).map { random.exportableCase(number: $0) }
        let record = InspectionRecord(provider: "Random \"CRC\", Nörth", framework: Self.framework.id)
        let inspection = Inspection(record: record, framework: Self.framework, cases: cases)
        let text = try CSVExport.render(inspection)
        #expect(text.contains("line\nbreak"))  // some cell does hold a line break (quoted)
        let again = try Self.reimport(text)
        #expect(again.count == cases.count)
        let (a, b) = (Self.carried(again), Self.carried(cases))
        for (x, y) in zip(a, b) where x != y {
            Issue.record("case \(y.id) came back different:\n\(x)\nexpected\n\(y)")
            break
        }
        #expect(a == b)
        #expect(try Self.jsonReport(again, record: record) == Self.jsonReport(cases, record: record))
    }

    @Test("the header has every key question, officer_grade, status and every attribute; --bom starts the bytes")
    func header() throws {
        let c = Case(
            id: "A-1", sample: "unpaid-work", responsibleOfficer: ResponsibleOfficer(name: "=HYPERLINK(\"x\")", grade: "PSO"),
            attributes: ["disposal": "@risk, \"high\"", "rosh_issues_apply": "N"], status: .complete,
            answers: ["4.1.1": Answer(answer: .yes), "4.1.2": Answer(answer: .notApplicable), "4.1.3": Answer(note: "only a note")])
        let inspection = Inspection(record: InspectionRecord(provider: "P", framework: Self.framework.id), framework: Self.framework, cases: [c])
        let rows = try CSVRows.read(try CSVExport.render(inspection))
        let header = try #require(rows.first)
        #expect(Array(header.prefix(5)) == ["case_id", "responsible_officer", "officer_grade", "sample", "status"])
        #expect(Array(header.dropFirst(5).prefix(Self.framework.markedKeyQuestions.count)) == Self.framework.markedKeyQuestions.map(\.id))
        #expect(Array(header.suffix(2)) == ["rosh_issues_apply", "disposal"])
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        // Faithful: the interchange file is not neutralised as the CSV report is.
        #expect(row["responsible_officer"] == "=HYPERLINK(\"x\")")
        #expect(row["disposal"] == "@risk, \"high\"")
        #expect(row["status"] == "complete")
        #expect(row["4.1.1"] == "Y")
        #expect(row["4.1.2"] == "NA")
        #expect(row["4.1.3"] == "")
        #expect(row["2.1.1"] == "")
    }

    @Test("import reads status: in-progress, complete (any capitals) or empty; anything else is a bad cell")
    func statusColumn() throws {
        let csv = "case_id,responsible_officer,sample,status,4.1.1\nA-1,Ann Lee,unpaid-work,Complete,Y\nA-2,Ann Lee,unpaid-work,,N\nA-3,Ann Lee,unpaid-work,in-progress,\n"
        let cases = try Self.reimport(csv)
        #expect(cases.map(\.status) == [.complete, .inProgress, .inProgress])
        let bad = "case_id,responsible_officer,sample,status\nA-1,Ann Lee,unpaid-work,done\n"
        guard case .failure(let error) = CSVImport.parse(Array(bad.utf8), file: "bad.csv", framework: Self.framework) else {
            Issue.record("a status of 'done' was accepted")
            return
        }
        #expect(error.description.contains("column status, value 'done': expected in-progress, complete or empty"))
    }

    @Test("an attribute the importer would read as a fixed column or a key question is refused, naming the case",
          arguments: ["Status", "By", "at"])
    func unexportableAttribute(name: String) {
        let c = Case(id: "A-1", sample: "unpaid-work", responsibleOfficer: ResponsibleOfficer(name: "Ann"), attributes: [name: "x"])
        let inspection = Inspection(record: InspectionRecord(provider: "P", framework: Self.framework.id), framework: Self.framework, cases: [c])
        #expect(throws: CSVExportError.unexportableAttribute(name: name, caseID: "A-1")) { try CSVExport.render(inspection) }
    }
}

/// Cases with the text that trips CSV writers and readers up, kept to what the interchange layout
/// can carry: names with accents, CJK, emoji, quotes and commas (single spaces, as import tidies
/// names); attribute values that also hold line breaks; every status and judgement.
struct ExportRandomCases {
    var rng: SplitMix64
    let framework: Framework

    init(seed: UInt64, framework: Framework) {
        rng = SplitMix64(seed: seed)
        self.framework = framework
    }

    static let words = [
        "Chloé", "Chlo\u{65}\u{301}", "Sørensen", "O'Neill", "O’Neill", "李晓雯", "Ngozi", "\"Jo\"", "Smith,", "van", "der",
        "😀", "=SUM(A1)", "-5", "@x", "a\"\"b", "Łukasz", "Zoë", "d'Arc",
    ]
    static let valuePieces = ["community order", "15, RAR days", "line\nbreak", "CR\r\nLF", "\"quoted\"", "é", "—", "x"]

    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &rng)! }
    mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &rng) == 0 }

    mutating func name() -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in pick(Self.words) }.joined(separator: " ")
    }

    /// A value the importer keeps as it is: never blank, no space or line break at either end.
    mutating func value() -> String {
        "v" + (0..<Int.random(in: 0...3, using: &rng)).map { _ in pick(Self.valuePieces) }.joined() + "."
    }

    mutating func exportableCase(number: Int) -> Case {
        let sample = pick(framework.samples.filter { !framework.standards(forSample: $0.id).isEmpty })
        var attributes: [String: String] = [:]
        if !chance(3) { attributes["rosh_issues_apply"] = pick(["Y", "N"]) }
        for attribute in ["disposal", "notes, misc", "café"] where chance(2) { attributes[attribute] = value() }
        var c = Case(
            id: "R-\(number)", sample: sample.id,
            responsibleOfficer: ResponsibleOfficer(name: name(), grade: pick([nil, "PO", "PSO"])),
            attributes: attributes, status: chance(3) ? .complete : .inProgress)
        for kq in framework.standards(forSample: sample.id).flatMap(\.keyQuestions) where !chance(4) {
            if let condition = kq.notApplicableWhen, condition.matches(attributes) {
                if chance(2) { c.answers[kq.id] = Answer(answer: .notApplicable) }
                continue
            }
            c.answers[kq.id] = Answer(answer: pick([.yes, .no, .notApplicable]))
        }
        return c
    }
}
