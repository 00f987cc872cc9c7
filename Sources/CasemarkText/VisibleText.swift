/// The one rule for text that comes from data (names, notes, reasons, provider, attribute values,
/// field keys, file names) on its way to a terminal: every control character is spelled out, as
/// Swift writes it in a string literal (`\u{1B}`), so that a hostile CSV or case file cannot clear
/// the screen, retitle the window or write the clipboard (OSC 52), and the reader still sees that
/// something odd is there. Control characters are C0 (U+0000–U+001F), DEL (U+007F) and C1
/// (U+0080–U+009F). The bidirectional controls are spelled out too (Trojan Source, CVE-2021-42574):
/// the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E,
/// U+200F and U+061C reorder what a terminal shows, so that a name or a note could make a line
/// read as something it is not. Everything else, printable text included (Arabic and Hebrew
/// letters, which need no control to show right to left), is left exactly as it was.
///
/// Screens and text reports both use it: `line` for one line of a layout (a table cell, a
/// name: a line feed in an officer's name must not fake a table row), `lines` where the layout
/// breaks lines itself and only the line feed may stay (a command's whole output, last of all).
/// JSON, CSV and HTML are not for terminals: they keep the data as it is, escaped for their format.
public enum VisibleText {
    /// One line: every control character spelled out, the line feed too.
    public static func line(_ text: String) -> String {
        spelled(text, keepingLineFeeds: false)
    }

    /// Several lines: every control character spelled out except the line feed (a carriage return
    /// is spelled out, as it could move back over a line already written).
    public static func lines(_ text: String) -> String {
        spelled(text, keepingLineFeeds: true)
    }

    /// Whether `scalar` is one the rule spells out: C0, DEL or C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
    }

    /// Whether `scalar` is a bidirectional control (embedding, override, isolate or mark), which
    /// the rule spells out as well.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// Whether the rule spells `scalar` out: a control character or a bidirectional control.
    public static func isSpelledOut(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar) || isBidiControl(scalar) }

    /// How a control character is written: `\u{1B}`, upper-case hex without leading zeros.
    public static func spelling(of scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// A JSON text with every control character inside its strings written as `\u00XX`: the same
    /// data once parsed, and nothing a terminal would act on. For JSON writers (Foundation's) that
    /// escape C0 but leave DEL and C1 raw, as JSON allows. A JSON text holds control characters
    /// only inside strings, but for the line feed, carriage return and tab between tokens, which
    /// are kept.
    public static func escapingControlsInJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { isControl($0) && !["\n", "\r", "\t"].contains($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isControl(scalar), !["\n", "\r", "\t"].contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func spelled(_ text: String, keepingLineFeeds: Bool) -> String {
        guard needsSpelling(text, keepingLineFeeds: keepingLineFeeds) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSpelledOut(scalar), !(keepingLineFeeds && scalar == "\n") {
                out.append(contentsOf: spelling(of: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One pass over the bytes, allocating nothing: almost all text needs no change. In UTF-8 a C0
    /// character or DEL is one byte below 0x20 or 0x7F, and a C1 character is 0xC2 then 0x80–0x9F;
    /// a bidirectional control starts 0xD8 (U+061C) or 0xE2 (the rest), checked in full then.
    private static func needsSpelling(_ text: String, keepingLineFeeds: Bool) -> Bool {
        var afterC2 = false
        var mayBeBidi = false
        for byte in text.utf8 {
            if byte < 0x20 {
                if !(keepingLineFeeds && byte == 0x0A) { return true }
            } else if byte == 0x7F || (afterC2 && byte < 0xA0) {
                return true
            }
            afterC2 = byte == 0xC2
            if byte == 0xD8 || byte == 0xE2 { mayBeBidi = true }
        }
        return mayBeBidi && text.unicodeScalars.contains(where: isBidiControl)
    }
}
