import XCTest

@testable import CasemarkCommands
@testable import CasemarkModel

/// The bytes `sample --check --format json` and `conflicts --format json` print, as they were
/// when Foundation's JSONSerialization wrote them (its layout: two-space indents, " : ", an empty
/// list on three lines, sorted keys; the sample's slashes escaped, the conflicts' not): kept
/// byte for byte by the Codable writer that replaced it.
final class JSONBytesTests: XCTestCase {
    static func person(_ id: String, rosh: String) -> Case {
        Case(id: id, sample: "s", responsibleOfficer: ResponsibleOfficer(name: "X"), attributes: ["rosh": rosh])
    }

    func testTheSampleCheckInJSONIsAsItWas() throws {
        let sample = [Self.person("a", rosh: "high"), Self.person("b", rosh: "low"), Self.person("c", rosh: "low")]
        let population = (0..<7).map {
            Self.person("p\($0)", rosh: $0 == 0 ? "high" : $0 < 3 ? "low" : $0 < 6 ? "" : "medium/ünï \"q\"")
        }
        let check = SampleCheck(sample: sample, population: population, strata: ["rosh"])
        XCTAssertEqual(try SampleCommand.json(check), Self.sampleCheck)
        XCTAssertEqual(try SampleCommand.json(SampleCheck(sample: [], population: [], strata: [])), Self.emptySampleCheck)
    }

    func testConflictsInJSONAreAsTheyWere() {
        let conflicts = [
            FieldConflict(caseID: "A-1", field: "answers.2.1.1", keyQuestion: "2.1.1", standard: nil, values: [
                FieldConflict.Value(
                    change: "c1", value: "yes", note: "a/b \"q\" \\ é\u{1B}[31m\ttab\nline", prompts: ["a", "b"], detail: nil,
                    by: "Ann Lee", at: "2026-11-24T10:00:00Z"),
                FieldConflict.Value(change: "c2", value: nil, note: nil, prompts: [], detail: "cleared", by: "", at: ""),
            ]),
            FieldConflict(caseID: nil, field: "ratings.2.2", keyQuestion: nil, standard: "2.2", values: []),
        ]
        XCTAssertEqual(ConflictText.json(conflicts), Self.conflicts)
        XCTAssertEqual(ConflictText.json([]), Self.noConflicts)
    }

    static let sampleCheck = #"""
        {
          "populationCases" : 7,
          "rows" : [
            {
              "off" : true,
              "population" : 3,
              "populationShare" : 42.9,
              "sample" : 0,
              "sampleShare" : 0,
              "values" : [
                ""
              ]
            },
            {
              "off" : true,
              "population" : 1,
              "populationShare" : 14.3,
              "sample" : 1,
              "sampleShare" : 33.3,
              "values" : [
                "high"
              ]
            },
            {
              "off" : true,
              "population" : 2,
              "populationShare" : 28.6,
              "sample" : 2,
              "sampleShare" : 66.7,
              "values" : [
                "low"
              ]
            },
            {
              "off" : true,
              "population" : 1,
              "populationShare" : 14.3,
              "sample" : 0,
              "sampleShare" : 0,
              "values" : [
                "medium\/ünï \"q\""
              ]
            }
          ],
          "sampleCases" : 3,
          "strata" : [
            "rosh"
          ],
          "tolerancePoints" : 5
        }
        """#

    static let emptySampleCheck = #"""
        {
          "populationCases" : 0,
          "rows" : [

          ],
          "sampleCases" : 0,
          "strata" : [

          ],
          "tolerancePoints" : 5
        }
        """#

    static let conflicts = #"""
        [
          {
            "case" : "A-1",
            "field" : "answers.2.1.1",
            "keyQuestion" : "2.1.1",
            "standard" : null,
            "values" : [
              {
                "at" : "2026-11-24T10:00:00Z",
                "by" : "Ann Lee",
                "change" : "c1",
                "detail" : null,
                "note" : "a/b \"q\" \\ é\u001b[31m\ttab\nline",
                "prompts" : [
                  "a",
                  "b"
                ],
                "value" : "yes"
              },
              {
                "at" : "",
                "by" : "",
                "change" : "c2",
                "detail" : "cleared",
                "note" : null,
                "prompts" : [

                ],
                "value" : null
              }
            ]
          },
          {
            "case" : null,
            "field" : "ratings.2.2",
            "keyQuestion" : null,
            "standard" : "2.2",
            "values" : [

            ]
          }
        ]
        """#

    static let noConflicts = #"""
        [

        ]
        """#
}
