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
        func text(_ s: String?) -> Any { s.map { $0 as Any } ?? NSNull() }
        let list: [[String: Any]] = conflicts.map { c in
            [
                "case": text(c.caseID), "keyQuestion": text(c.keyQuestion), "standard": text(c.standard), "field": c.field,
                "values": c.values.map { v -> [String: Any] in
                    ["value": text(v.value), "by": v.by, "at": v.at, "note": text(v.note), "prompts": v.prompts,
                     "detail": text(v.detail), "change": v.change]
                },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return VisibleText.escapingControlsInJSON(String(decoding: data, as: UTF8.self))
    }
}
