import CasemarkModel
import CasemarkStore
import CasemarkText
import Foundation

/// How a conflict reads on a terminal and in JSON (`casemark conflicts`, `merge`, `merge-file`).
enum ConflictText {
    static func file(_ conflict: FieldConflict) -> String {
        conflict.caseID.map(InspectionFolder.caseFile) ?? InspectionFolder.recordFileName
    }

    /// `cases/A-1.json 2.1.1: yes (Ann Lee, 2026-11-24T10:00:00Z) | no "thin plan" (Bob Ray, …)`
    /// One line whatever the values hold: control characters spelled out (`VisibleText`).
    static func line(_ conflict: FieldConflict) -> String {
        VisibleText.line("\(file(conflict)) \(conflict.label): " + conflict.values.map(value).joined(separator: " | "))
    }

    static func value(_ v: FieldConflict.Value) -> String {
        var text = v.value ?? "cleared"
        if let note = v.note, !note.isEmpty { text += " \"\(note)\"" }
        if !v.prompts.isEmpty { text += " [prompts \(v.prompts.joined(separator: ","))]" }
        if let detail = v.detail, !detail.isEmpty { text += " (\(detail))" }
        return text + " (\(v.by.isEmpty ? "unknown" : v.by), \(v.at.isEmpty ? "time unknown" : v.at))"
    }

    /// The fixed JSON shape: `case`, `keyQuestion`, `standard`, `field`, `values` (each with
    /// `value`, `by`, `at`; `note`, `prompts`, `detail` and `change` added).
    static func json(_ conflicts: [FieldConflict]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(conflicts.map(ConflictJSON.init))) ?? Data("[]".utf8)
        return VisibleText.escapingControlsInJSON(String(decoding: data, as: UTF8.self))
    }
}

/// One conflict in the fixed JSON shape; an absent value is written as null, never left out.
private struct ConflictJSON: Encodable {
    struct Value: Encodable {
        var value: String?
        var by: String
        var at: String
        var note: String?
        var prompts: [String]
        var detail: String?
        var change: String

        enum CodingKeys: String, CodingKey {
            case value, by, at, note, prompts, detail, change
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(value, forKey: .value)
            try c.encode(by, forKey: .by)
            try c.encode(at, forKey: .at)
            try c.encode(note, forKey: .note)
            try c.encode(prompts, forKey: .prompts)
            try c.encode(detail, forKey: .detail)
            try c.encode(change, forKey: .change)
        }
    }

    var caseID: String?
    var keyQuestion: String?
    var standard: String?
    var field: String
    var values: [Value]

    enum CodingKeys: String, CodingKey {
        case caseID = "case", keyQuestion, standard, field, values
    }

    init(_ c: FieldConflict) {
        caseID = c.caseID
        keyQuestion = c.keyQuestion
        standard = c.standard
        field = c.field
        values = c.values.map {
            Value(value: $0.value, by: $0.by, at: $0.at, note: $0.note, prompts: $0.prompts, detail: $0.detail, change: $0.change)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(caseID, forKey: .caseID)
        try c.encode(keyQuestion, forKey: .keyQuestion)
        try c.encode(standard, forKey: .standard)
        try c.encode(field, forKey: .field)
        try c.encode(values, forKey: .values)
    }
}
