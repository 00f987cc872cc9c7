/// Case ids become file names (`cases/<id>.json`), so only a safe set is allowed: letters, digits,
/// `.`, `_`, `-`, at most 64 characters, not starting with `.`. Nothing can escape the folder.
public enum CaseID {
    public static let maximumLength = 64

    /// Why `id` is refused, or nil when it is a valid case id.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "expected a case id; this one is empty" }
        if id.unicodeScalars.count > maximumLength {
            return "expected at most \(maximumLength) characters; this one has \(id.unicodeScalars.count)"
        }
        if id.hasPrefix(".") { return "a case id must not start with '.'" }
        for scalar in id.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_" || scalar == "-"
            if !ok {
                return "expected only letters A–Z, digits, '.', '_' and '-'; found '\(scalar.escaped(asASCII: true))'"
            }
        }
        return nil
    }

    public static func isValid(_ id: String) -> Bool { problem(with: id) == nil }
}
