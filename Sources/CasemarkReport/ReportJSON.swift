import CasemarkText

/// A JSON value written by hand, so that the report's keys come out sorted, `null` is written
/// where there is nothing (never left out), and the output is byte-for-byte stable.
public indirect enum ReportJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with exactly `places` decimals (`85.0`, `0.683`), so figures read alike
    /// on every machine.
    case decimal(Double, places: Int)
    case string(String)
    case array([ReportJSON])
    case object([String: ReportJSON])

    static func optional(_ value: String?) -> ReportJSON { value.map { .string($0) } ?? .null }
    static func optional(_ value: Int?) -> ReportJSON { value.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indents and sorted keys, ending in a newline.
    public var rendered: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .decimal(let x, let places): out += Self.fixed(x, places: places)
        case .string(let s): out += Self.quoted(s)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            let inner = indent + "  "
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let inner = indent + "  "
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += inner + Self.quoted(key) + ": "
                members[key]!.write(into: &out, indent: inner)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    static func optional(_ value: Double?, places: Int) -> ReportJSON {
        value.map { .decimal($0, places: places) } ?? .null
    }

    /// `x` rounded half away from zero to `places` decimals; never `-0.0`.
    static func fixed(_ x: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(x) * Double(scale)).rounded())
        let whole = String(scaled / scale)
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return places == 0 ? sign + whole : sign + whole + "." + fraction
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Every control character (C0, DEL, C1) as \u00XX: the same data once parsed, and
                // nothing a terminal would act on when the JSON is printed to one.
                if VisibleText.isControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
