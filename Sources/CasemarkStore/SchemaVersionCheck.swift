/// Every file carries `schemaVersion`. A file from a newer casemark is refused, never rewritten:
/// this build cannot know what it would lose.
enum SchemaVersionCheck {
    /// A problem when the file's version is missing, malformed or newer than `supported`.
    static func problem(_ root: JSONValue, file: String, supported: Int) -> StoreProblem? {
        guard case .object = root else {
            return StoreProblem(file: file, message: "expected a JSON object; found \(root.shortDescription)")
        }
        guard let value = root["schemaVersion"] else {
            return StoreProblem(file: file, field: "schemaVersion", message: "missing; expected a whole number (this build reads up to \(supported))")
        }
        // A whole number too big for this machine's integers is still a version, and a newer one.
        if case .number(let text) = value, value.integer == nil, !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
            text.first != "0"
        {
            return newer(file: file, version: text, supported: supported)
        }
        guard let version = value.integer, version >= 1 else {
            return StoreProblem(file: file, field: "schemaVersion", message: "expected a whole number from 1 to \(supported); found \(value.shortDescription)")
        }
        if version > supported {
            return newer(file: file, version: String(version), supported: supported)
        }
        return nil
    }

    static func newer(file: String, version: String, supported: Int) -> StoreProblem {
        StoreProblem(
            file: file, field: "schemaVersion",
            message: "written by a newer casemark: version \(version), this build reads up to \(supported); update casemark to open it (the file is left as it is)")
    }
}
