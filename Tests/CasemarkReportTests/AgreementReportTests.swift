import CasemarkModel
import CasemarkText
@testable import CasemarkReport
import Testing

/// `casemark compare`'s text and JSON, from a comparison in memory.
@Suite struct AgreementReportTests {
    @Test func decimalsAreFixedAndNeverNegativeZero() {
        #expect(ReportJSON.fixed(0.6825, places: 3) == "0.683")
        #expect(ReportJSON.fixed(83.333, places: 1) == "83.3")
        #expect(ReportJSON.fixed(100, places: 1) == "100.0")
        #expect(ReportJSON.fixed(-0.0001, places: 3) == "0.000")
        #expect(ReportJSON.fixed(-0.1214, places: 3) == "-0.121")
        #expect(ReportJSON.fixed(1, places: 0) == "1")
        #expect(ReportJSON.decimal(0.05, places: 3).rendered == "0.050\n")
    }

    func report() throws -> AgreementReport {
        let framework = FrameworkFixtureForReports.framework
        func c(_ id: String, _ answers: [String: (Judgement, String)]) -> Case {
            Case(id: id, sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann"),
                 answers: answers.mapValues { Answer(answer: $0.0, note: $0.1, by: "李晓雯") })
        }
        let long = String(repeating: "A long note about the risk management plan. ", count: 6)
        let first = Inspection(record: InspectionRecord(provider: "P", framework: framework.id), framework: framework, cases: [
            c("A", ["2.1.1": (.yes, long)]), c("B", ["2.1.1": (.yes, "")]), c("C", ["2.1.1": (.no, "")]),
        ])
        let second = Inspection(record: InspectionRecord(provider: "P", framework: framework.id), framework: framework, cases: [
            c("A", ["2.1.1": (.no, "line one\nline two")]), c("B", ["2.1.1": (.yes, "")]), c("C", ["2.1.1": (.no, "")]),
        ])
        return AgreementReport(
            comparison: try MarkingComparison(first: first, second: second), framework: framework,
            first: .init(folder: "first", record: first.record, cases: 3),
            second: .init(folder: "second", record: second.record, cases: 3))
    }

    @Test func textFitsTheWidthAndListsBothNotes() throws {
        for width in [80, 70] {  // the table is 76 cells wide at most; only notes wrap narrower
            let text = try report().text(width: width)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { CellWidth.of(String($0)) <= width }, "\(lines.filter { CellWidth.of(String($0)) > width })")
            #expect(text.contains("A  2.1.1  first: Yes, second: No"))
            #expect(text.contains("second (李晓雯): \"line one / line two\""))
            // AC1 beside κ: the key question's second line.
            let row = try #require(lines.firstIndex { $0.hasPrefix("2.1.1        3     2   66.7  κ    0.400  -0.368 to 1.000   fair") })
            #expect(lines[row + 1] == "                             AC1  0.556  -1.357 to 1.000   moderate")
        }
    }

    @Test func jsonHasTheFixedKeys() throws {
        let json = try report().jsonValue()
        guard case .object(let root) = json, case .object(let kqs)? = root["keyQuestions"],
            case .object(let kq)? = kqs["2.1.1"], case .array(let disagreements)? = root["disagreements"],
            case .object(let d)? = disagreements.first
        else {
            Issue.record("unexpected shape: \(json.rendered)")
            return
        }
        #expect(Set(["cases", "agreements", "percentAgreement", "kappa", "kappaLow", "kappaHigh", "ac1", "ac1Low", "ac1High"]).isSubset(of: kq.keys))
        // 2 of 3 agree: π = (3/6, 3/6, 0), Pe = 0.25, AC1 = (2/3 − 0.25) ÷ 0.75 = 0.556.
        #expect(ReportJSON.object(["a": kq["ac1"]!]).rendered.contains("\"a\": 0.556"))
        #expect(ReportJSON.object(["k": kq["kappa"]!]).rendered.contains("\"k\": 0.400"))
        #expect(root["overall"] != nil)
        #expect(d["case"] == .string("A") && d["keyQuestion"] == .string("2.1.1"))
        #expect(d["first"] == .string("yes") && d["second"] == .string("no"))
    }
}

extension AgreementReportTests {
    /// Two markings of four cases that never agree (the first said yes, the second no): κ is 0 with
    /// an interval of 0 to 0, which Landis and Koch's scale calls "slight" (issue 21.3). Every word
    /// for it is "no agreement", in the text and the JSON, for κ and AC1.
    @Test func markingsThatNeverAgreeAreCalledNoAgreement() throws {
        let framework = FrameworkFixtureForReports.framework
        func inspection(_ judgement: Judgement) -> Inspection {
            Inspection(record: InspectionRecord(provider: "P", framework: framework.id), framework: framework, cases: ["A", "B", "C", "D"].map {
                Case(id: $0, sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Ann"),
                     answers: ["2.1.1": Answer(answer: judgement, note: "", by: "X")])
            })
        }
        let first = inspection(.yes)
        let second = inspection(.no)
        let report = AgreementReport(
            comparison: try MarkingComparison(first: first, second: second), framework: framework,
            first: .init(folder: "first", record: first.record, cases: 4),
            second: .init(folder: "second", record: second.record, cases: 4))
        let text = report.text(width: 80)
        #expect(!text.contains("slight"), "\(text)")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("2.1.1        4     0    0.0  κ    0.000  0.000 to 0.000    no agreement"), "\(text)")
        #expect(lines.contains("                             AC1 -0.333  -0.333 to -0.333  no agreement"), "\(text)")
        let json = report.json()
        #expect(!json.contains("slight"))
        #expect(json.contains("\"reading\": \"no agreement\""))
        #expect(json.contains("\"ac1Reading\": \"no agreement\""))
    }
}

/// The smallest framework these tests need: one case-marked standard.
enum FrameworkFixtureForReports {
    static let framework = Framework(
        id: "f", title: "F",
        samples: [Sample(id: "case-supervision", title: "Case supervision")], attributes: [],
        bands: [BandThreshold(minimumPercent: 0, band: .inadequate)],
        overall: OverallScheme(points: [:], bands: []),
        domains: [Domain(id: "2", title: "D")],
        standards: [Standard(id: "2.1", domain: "2", title: "Assessment", ratedFrom: .cases, sample: "case-supervision",
                             keyQuestions: [KeyQuestion(id: "2.1.1", text: "Key question 2.1.1?")])])
}
