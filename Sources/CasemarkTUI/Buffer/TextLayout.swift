/// Fitting text into columns: truncation with `…`, padding, and word wrap, all measured in
/// terminal columns (so `李小龙` counts six), never in characters or bytes.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The text cut to at most `columns`, ending in `…` when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if CellWidth.of(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = CellWidth.of(character)
            if used + w > columns - 1 { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// The text truncated to `columns` and padded with spaces to exactly that width.
    public static func fit(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        let missing = columns - CellWidth.of(cut)
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }

    /// Right-aligned in `columns`.
    public static func fitRight(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        let missing = columns - CellWidth.of(cut)
        return missing > 0 ? String(repeating: " ", count: missing) + cut : cut
    }

    /// The text broken into lines of at most `width` columns, at spaces where possible; hard line
    /// breaks are kept. Lines are given as ranges of character offsets into `characters`, so that
    /// an editor can map its cursor onto them; a range excludes its line break but may end with the
    /// space it was broken at.
    public static func wrapRanges(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var column = 0
        var lastSpace: Int?
        var i = 0
        while i < characters.count {
            let character = characters[i]
            if character == "\n" {
                lines.append(start..<i)
                i += 1
                start = i
                column = 0
                lastSpace = nil
                continue
            }
            let w = CellWidth.of(character)
            if column + w > width && i > start && character != " " {
                if let space = lastSpace, space >= start {
                    lines.append(start..<(space + 1))
                    start = space + 1
                } else {
                    lines.append(start..<i)
                    start = i
                }
                lastSpace = nil
                column = CellWidth.of(String(characters[start..<i]))
                continue
            }
            if character == " " { lastSpace = i }
            column += w
            i += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// The text word-wrapped into lines of at most `width` columns (trailing break spaces dropped).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return wrapRanges(characters, width: width).map { range in
            var line = String(characters[range])
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
