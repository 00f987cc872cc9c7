import Foundation

/// How every file is written: pretty-printed with sorted keys (so a diff shows exactly what
/// changed), slashes unescaped, ending in a newline.
enum JSONCoding {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func decoder() -> JSONDecoder { JSONDecoder() }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

/// Turns a DecodingError into a problem naming the field path and what was expected, with the
/// value actually found where there is one.
enum DecodingProblem {
    /// What each of the model's vocabularies accepts, by type name.
    private static let vocabularies: [String: String] = [
        "Judgement": "yes, no or na",
        "CaseStatus": "in-progress or complete",
        "Band": "Outstanding, Good, Requires improvement or Inadequate",
        "RatedFrom": "cases or evidence",
        "Event": "answer, complete or reopen",
    ]

    static func problem(_ error: DecodingError, file: String, root: JSONValue?) -> StoreProblem {
        func path(_ keys: [any CodingKey]) -> [String] { keys.map { $0.intValue.map(String.init) ?? $0.stringValue } }
        func found(_ keys: [String]) -> String {
            guard let value = lookup(root, keys) else { return "nothing" }
            return value.shortDescription
        }
        switch error {
        case .typeMismatch(let type, let context):
            let keys = path(context.codingPath)
            return StoreProblem(file: file, field: joined(keys), message: "expected \(describe(type)); found \(found(keys))")
        case .valueNotFound(let type, let context):
            let keys = path(context.codingPath)
            return StoreProblem(file: file, field: joined(keys), message: "expected \(describe(type)); found null")
        case .keyNotFound(let key, let context):
            let keys = path(context.codingPath + [key])
            return StoreProblem(file: file, field: joined(keys), message: "missing; this field is required")
        case .dataCorrupted(let context):
            let keys = path(context.codingPath)
            if let vocabulary = vocabularies.first(where: { context.debugDescription.contains("initialize \($0.key) ") }) {
                return StoreProblem(file: file, field: joined(keys), message: "expected \(vocabulary.value); found \(found(keys))")
            }
            if keys.isEmpty {
                return StoreProblem(file: file, message: "a value does not have the type expected (a whole number written with a decimal point?)")
            }
            return StoreProblem(file: file, field: joined(keys), message: "unreadable value \(found(keys)): \(context.debugDescription)")
        @unknown default:
            return StoreProblem(file: file, message: "\(error)")
        }
    }

    private static func joined(_ keys: [String]) -> String? { keys.isEmpty ? nil : keys.joined(separator: ".") }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text in double quotes"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if let vocabulary = vocabularies[name] { return vocabulary }
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }

    static func lookup(_ root: JSONValue?, _ keys: [String]) -> JSONValue? {
        var current = root
        for key in keys {
            switch current {
            case .object?: current = current?[key]
            case .array(let items)?:
                guard let index = Int(key), items.indices.contains(index) else { return nil }
                current = items[index]
            default: return nil
            }
        }
        return current
    }
}
