import Foundation
import Testing
import CasemarkModel
@testable import CasemarkStore

/// The framework file as users write it: what it can say beyond the 2018 shape, and every
/// problem named with the file and the field path.
@Suite struct FrameworkFileTests {
    /// The bundled 2018 framework as a JSON object, to edit.
    static func bundledObject() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try JSONCoding.encode(try FrameworkLibrary.bundled())) as! [String: Any]
    }

    static func data(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func messages(_ data: Data) -> [String] {
        do {
            _ = try FrameworkLibrary.decode(data, file: "mine.json")
            return []
        } catch {
            return "\(error)".split(separator: "\n").map(String.init)
        }
    }

    @Test("a standard that counts is written as before: no countsTowardOverall in the 2018 framework's encoding")
    func countingIsTheDefault() throws {
        let text = String(decoding: try JSONCoding.encode(try FrameworkLibrary.bundled()), as: UTF8.self)
        #expect(!text.contains("countsTowardOverall"))
    }

    @Test("countsTowardOverall: false on 4.2 with bands for nine standards loads, and is written back")
    func outsideTheScore() throws {
        var object = try Self.bundledObject()
        var standards = object["standards"] as! [[String: Any]]
        standards[9]["countsTowardOverall"] = false
        standards[9]["ratedFrom"] = "evidence"
        standards[9]["sample"] = NSNull()
        object["standards"] = standards
        var overall = object["overall"] as! [String: Any]
        overall["bands"] = [
            ["minimumScore": 0, "maximumScore": 4, "band": "Inadequate"],
            ["minimumScore": 5, "maximumScore": 13, "band": "Requires improvement"],
            ["minimumScore": 14, "maximumScore": 22, "band": "Good"],
            ["minimumScore": 23, "maximumScore": 27, "band": "Outstanding"],
        ]
        object["overall"] = overall
        let framework = try FrameworkLibrary.decode(try Self.data(object), file: "mine.json")
        #expect(framework.standard("4.2")?.countsTowardOverall == false)
        #expect(framework.standard("4.2")?.ratedFrom == .evidence)
        #expect(framework.maximumScore == 27)
        let again = try FrameworkLibrary.decode(try JSONCoding.encode(framework), file: "again.json")
        #expect(again == framework)
    }

    @Test("countsTowardOverall that is not true or false is named with its field path")
    func badValue() throws {
        var object = try Self.bundledObject()
        var standards = object["standards"] as! [[String: Any]]
        standards[9]["countsTowardOverall"] = "no"
        object["standards"] = standards
        let messages = Self.messages(try Self.data(object))
        #expect(messages.contains { $0.contains("mine.json") && $0.contains("standards.9.countsTowardOverall") })
    }

    @Test("bands left for ten standards when one no longer counts: the file, the field path and the maximum are named")
    func bandsForTheWrongCount() throws {
        var object = try Self.bundledObject()
        var standards = object["standards"] as! [[String: Any]]
        standards[9]["countsTowardOverall"] = false
        object["standards"] = standards
        let messages = Self.messages(try Self.data(object))
        #expect(messages.contains {
            $0.contains("mine.json") && $0.contains("overall.bands.3.maximumScore") && $0.contains("0 to 27")
        }, "\(messages)")
    }
}
