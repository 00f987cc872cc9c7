import CasemarkText

/// A JSON document as parsed by the store's own reader, which (unlike JSONSerialization) says
/// where a syntax error is (line and column), keeps object keys in file order, tells true from 1,
/// finds duplicate keys, and refuses nesting deep enough to exhaust the stack.
indirect enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number's text as written, so that `1.5` is not silently taken for an integer.
    case number(String)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// How the value is described in a message: `"maybe"`, `12`, `true`, `null`, `an object`, `a list`.
    var shortDescription: String {
        switch self {
        case .object: return "an object"
        case .array: return "a list"
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\"\(shown.unicodeScalars.map { $0.escaped(asASCII: false) }.joined())\""
        case .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    /// The integer this value holds, when it is a whole number that fits.
    var integer: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }
}

/// A syntax error with its place in the file.
struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String
    var line: Int
    var column: Int
    var description: String { "not valid JSON at line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 reader over UTF-8 bytes.
struct JSONReader {
    static let maximumDepth = 128

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var reader = JSONReader(bytes)
        if let offset = firstInvalidUTF8(bytes) {
            throw reader.error("not UTF-8 text (the byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) cannot start or continue a character)", at: offset)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        reader.skipSpace()
        if reader.position == bytes.count { throw reader.error("the file is empty; expected a JSON object") }
        let value = try reader.readValue()
        reader.skipSpace()
        if reader.position != bytes.count { throw reader.error("unexpected text after the end of the JSON value") }
        return value
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let end = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Columns count characters, not bytes, so that they match an editor's.
        let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
        return JSONSyntaxError(message: message, line: line, column: column)
    }

    private var atEnd: Bool { position >= bytes.count }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func describeHere() -> String {
        guard position < bytes.count else { return "the end of the file (is it cut short?)" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func readValue() throws -> JSONValue {
        skipSpace()
        guard !atEnd else { throw error("expected a value; found the end of the file (is it cut short?)") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw error("expected a value; found \(describeHere())")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONReader.maximumDepth {
            throw error("nested more than \(JSONReader.maximumDepth) levels deep")
        }
    }

    private mutating func readObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if !atEnd && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard !atEnd, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a field name in double quotes; found \(describeHere())")
            }
            let keyStart = position
            let key = try readString()
            if members.contains(where: { $0.key == key }) {
                throw error("the field \"\(key)\" appears twice in the same object", at: keyStart)
            }
            skipSpace()
            guard !atEnd, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected ':' after \"\(key)\"; found \(describeHere())")
            }
            position += 1
            members.append((key, try readValue()))
            skipSpace()
            guard !atEnd else { throw error("expected ',' or '}'; found the end of the file (is it cut short?)") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                skipSpace()
                if !atEnd && bytes[position] == UInt8(ascii: "}") {
                    throw error("a ',' just before '}' (a trailing comma) is not allowed in JSON")
                }
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            throw error("expected ',' or '}'; found \(describeHere())")
        }
    }

    private mutating func readArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if !atEnd && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            items.append(try readValue())
            skipSpace()
            guard !atEnd else { throw error("expected ',' or ']'; found the end of the file (is it cut short?)") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                skipSpace()
                if !atEnd && bytes[position] == UInt8(ascii: "]") {
                    throw error("a ',' just before ']' (a trailing comma) is not allowed in JSON")
                }
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            throw error("expected ',' or ']'; found \(describeHere())")
        }
    }

    private mutating func expectWord(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else {
            throw error("expected a value; found \(describeHere())")
        }
        position += utf8.count
    }

    private mutating func readNumber() throws -> String {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                position += 1
            }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard !atEnd else { throw error("expected a digit; found the end of the file (is it cut short?)") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else if digits() == 0 {
            throw error("expected a digit; found \(describeHere())")
        }
        if !atEnd, bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 { throw error("expected a digit after '.'; found \(describeHere())") }
        }
        if !atEnd, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if !atEnd, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            if digits() == 0 { throw error("expected a digit in the exponent; found \(describeHere())") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func readString() throws -> String {
        position += 1  // the opening quote
        let start = position
        // Fast path: no escapes, so the bytes are the string (the file is already known UTF-8).
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            position += 1
        }
        var buffer = Array(bytes[start..<position])
        func append(_ scalar: Unicode.Scalar) { buffer.append(contentsOf: Array(String(scalar).utf8)) }
        while true {
            guard !atEnd else { throw error("a string is not closed: expected '\"'; found the end of the file (is it cut short?)") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte < 0x20 {
                throw error("a control character (0x\(String(byte, radix: 16, uppercase: true))) inside a string must be written as an escape such as \\n")
            }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                position += 1
                continue
            }
            position += 1
            guard !atEnd else { throw error("a string is not closed: found the end of the file (is it cut short?)") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                let unit = try readHex4()
                if (0xD800...0xDBFF).contains(unit) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw error("a \\u escape for the first half of a surrogate pair must be followed by the second half")
                    }
                    position += 2
                    let low = try readHex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error("a \\u escape for the first half of a surrogate pair must be followed by the second half")
                    }
                    append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
                } else if let scalar = Unicode.Scalar(unit) {
                    append(scalar)
                } else {
                    throw error("a \\u escape for the second half of a surrogate pair has no first half")
                }
            default:
                position -= 1
                throw error("unknown escape \\\(describeHere()) in a string")
            }
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard !atEnd else { throw error("expected 4 hex digits after \\u; found the end of the file") }
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("expected 4 hex digits after \\u; found \(describeHere())")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        UTF8Sequence.firstInvalid(in: bytes)?.brokenByte
    }
}
