/// Text measured in terminal cells rather than characters, so that names such as 李 小龙 (two cells
/// a character) and accents typed as combining marks (no cell of their own) line up.
enum TerminalText {
    /// Terminal cells a string takes: East Asian wide characters take two, combining marks none.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || v == 0x200B || v == 0x200D
        {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(v) } ? 2 : 1
    }

    static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Cut to at most `limit` cells, ending in "…" when cut.
    static func clip(_ s: String, to limit: Int) -> String {
        guard width(s) > limit else { return s }
        return trimTrailing(head(of: s, cells: limit - 1).head) + "…"
    }

    /// The longest start of `s` that takes at most `cells` cells, and the rest.
    static func head(of s: String, cells: Int) -> (head: String, rest: Substring) {
        var used = 0
        var end = s.startIndex
        while end < s.endIndex {
            let w = width(String(s[end]))
            if used + w > cells { break }
            used += w
            end = s.index(after: end)
        }
        return (String(s[..<end]), s[end...])
    }

    /// Prose broken at spaces into lines of at most `limit` cells; lines after the first start
    /// with `hangingIndent` spaces. A word longer than a whole line is cut across lines rather
    /// than left sticking out.
    static func wrap(_ text: String, to limit: Int, hangingIndent: Int = 0) -> [String] {
        guard width(text) > limit, limit > 0 else { return [text] }
        // Keep room for at least one wide character after the indent.
        let indent = String(repeating: " ", count: max(0, min(hangingIndent, limit / 2, limit - 2)))
        var lines: [String] = []
        var line = ""
        var start = 0  // cells before the first word of the current line
        var used = 0
        func newLine() {
            lines.append(trimTrailing(line))
            line = indent
            start = indent.count
            used = start
        }
        for word in text.split(separator: " ") {
            var rest = String(word)
            if used > start, used + 1 + width(rest) > limit { newLine() }
            if used > start {
                line += " "
                used += 1
            }
            while used + width(rest) > limit {
                var (head, tail) = Self.head(of: rest, cells: limit - used)
                if head.isEmpty {  // a wide character on a one-cell line: it has to go somewhere
                    head = String(rest.removeFirst())
                    tail = Substring(rest)
                }
                line += head
                used += width(head)
                rest = String(tail)
                if !rest.isEmpty { newLine() }
            }
            line += rest
            used += width(rest)
        }
        lines.append(trimTrailing(line))
        return lines
    }
}
