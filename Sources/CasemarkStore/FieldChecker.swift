/// Walks a parsed JSON file field by field and collects every type problem at once, each with
/// its dotted path (`answers.2.1.1.answer`) and what was expected.
struct FieldChecker {
    let file: String
    private(set) var problems: [StoreProblem] = []

    init(file: String) { self.file = file }

    mutating func report(_ path: [String], _ message: String, severity: StoreProblem.Severity = .error) {
        problems.append(StoreProblem(file: file, field: path.isEmpty ? nil : path.joined(separator: "."), message: message, severity: severity))
    }

    mutating func add(_ found: [StoreProblem]) { problems += found }

    mutating func expect(_ path: [String], _ what: String, found value: JSONValue) {
        report(path, "expected \(what); found \(value.shortDescription)")
    }

    /// The object's members, or a problem.
    mutating func object(_ value: JSONValue?, _ path: [String], required: Bool = true) -> [(key: String, value: JSONValue)]? {
        guard let value else {
            if required { report(path, "missing; expected an object") }
            return nil
        }
        if case .object(let members) = value { return members }
        if case .null = value, !required { return nil }
        expect(path, "an object", found: value)
        return nil
    }

    mutating func list(_ value: JSONValue?, _ path: [String], required: Bool = false) -> [JSONValue]? {
        guard let value else {
            if required { report(path, "missing; expected a list") }
            return nil
        }
        if case .array(let items) = value { return items }
        if case .null = value, !required { return nil }
        expect(path, "a list", found: value)
        return nil
    }

    @discardableResult
    mutating func string(_ value: JSONValue?, _ path: [String], required: Bool, nonEmpty: Bool = false) -> String? {
        guard let value else {
            if required { report(path, "missing; expected text") }
            return nil
        }
        switch value {
        case .string(let text):
            if nonEmpty && !text.contains(where: { !$0.isWhitespace }) { report(path, "expected text; found an empty string") }
            return text
        case .null where !required:
            return nil
        default:
            expect(path, "text in double quotes", found: value)
            return nil
        }
    }

    /// A string from a fixed vocabulary, such as an answer's `yes`, `no` or `na`.
    @discardableResult
    mutating func choice(_ value: JSONValue?, _ path: [String], _ allowed: [String], required: Bool, nullable: Bool = false) -> String? {
        guard let value else {
            if required { report(path, "missing; expected \(FieldChecker.list(allowed))") }
            return nil
        }
        if case .null = value, nullable || !required { return nil }
        guard case .string(let text) = value, allowed.contains(text) else {
            expect(path, FieldChecker.list(allowed), found: value)
            return nil
        }
        return text
    }

    @discardableResult
    mutating func integer(_ value: JSONValue?, _ path: [String], required: Bool) -> Int? {
        guard let value else {
            if required { report(path, "missing; expected a whole number") }
            return nil
        }
        guard let number = value.integer else {
            expect(path, "a whole number", found: value)
            return nil
        }
        return number
    }

    /// A field this build does not know: a case file holding one is never saved over (the
    /// save would drop it), an `inspection.json` keeps loading.
    static let unknownFieldMessage = "unknown field; this build does not read it and would not keep it on saving"

    mutating func unknownFields(_ members: [(key: String, value: JSONValue)], known: Set<String>, _ path: [String]) {
        for member in members where !known.contains(member.key) {
            report(path + [member.key], Self.unknownFieldMessage, severity: .warning)
        }
    }

    /// "yes, no or na"
    static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
