/// Fitting text into columns: truncation with `…`, padding, and word wrap, all measured in
/// terminal columns (so `李小龙` counts six), never in characters or bytes. The screens and the
/// text reports both lay out with these, so a name is cut and padded the same on screen and on
/// paper. Text from data goes through `VisibleText` first: control characters measure nothing.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The text cut to at most `columns`, ending in `…` when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        measuredTruncate(text, to: columns).text
    }

    /// One pass over the text, stopping as soon as it is known not to fit; also gives the width.
    static func measuredTruncate(_ text: String, to columns: Int) -> (text: String, width: Int) {
        guard columns > 0 else { return ("", 0) }
        if let ascii = asciiTruncate(text, to: columns) { return ascii }
        var used = 0
        var cutEnd = text.startIndex
        var cutWidth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let w = CellWidth.of(text[index])
            if used + w <= columns - 1 {
                cutEnd = text.index(after: index)
                cutWidth = used + w
            }
            used += w
            if used > columns {
                return (String(text[..<cutEnd]) + String(ellipsis), cutWidth + 1)
            }
            index = text.index(after: index)
        }
        return (text, used)
    }

    /// Printable ASCII is one column a byte, with no grapheme rules to apply: most of what the
    /// screens show, measured without walking characters. Nil for anything else.
    private static func asciiTruncate(_ text: String, to columns: Int) -> (text: String, width: Int)? {
        let utf8 = text.utf8
        var count = 0
        for byte in utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
            if count > columns {
                return (String(decoding: utf8.prefix(columns - 1), as: UTF8.self) + String(ellipsis), columns)
            }
        }
        return (text, count)
    }

    /// The first of `candidates` (longest first) that fits in `columns` whole; else the last, to
    /// be cut. For labels holding numbers, which must never be cut in the middle.
    public static func firstFitting(_ candidates: [String], in columns: Int) -> String {
        candidates.first { CellWidth.of($0) <= columns } ?? candidates.last ?? ""
    }

    /// `text` then `suffix` in exactly `columns`: when they do not fit, `text` is cut and the
    /// suffix (a count) kept whole, while that leaves a little of the text.
    public static func fit(_ text: String, keeping suffix: String, to columns: Int) -> String {
        let suffixWidth = CellWidth.of(suffix)
        let whole = text + suffix
        if CellWidth.of(whole) <= columns || columns - suffixWidth < 3 { return fit(whole, to: columns) }
        return fit(truncate(text, to: columns - suffixWidth) + suffix, to: columns)
    }

    /// The text truncated to `columns` and padded with spaces to exactly that width.
    public static func fit(_ text: String, to columns: Int) -> String {
        let (cut, width) = measuredTruncate(text, to: columns)
        return width < columns ? cut + String(repeating: " ", count: columns - width) : cut
    }

    /// Right-aligned in `columns`.
    public static func fitRight(_ text: String, to columns: Int) -> String {
        let (cut, width) = measuredTruncate(text, to: columns)
        return width < columns ? String(repeating: " ", count: columns - width) + cut : cut
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

    // The reports' layout: tables and prose printed once, whole lines trimmed of trailing spaces.

    /// `text` padded with spaces to `columns` (on the left when `alignRight`), never cut: a
    /// report's column, already as wide as its widest cell.
    public static func padded(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, columns - CellWidth.of(text)))
        return alignRight ? pad + text : text + pad
    }

    /// The text without the spaces it ends with.
    public static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Cut to at most `columns`, ending in `…` when cut, with no space left before the `…`
    /// (a report's cell: "Do assessments…", where the screens keep "Do assessments …").
    public static func clip(_ text: String, to columns: Int) -> String {
        guard CellWidth.of(text) > columns else { return text }
        return trimmingTrailingSpaces(head(of: text, columns: columns - 1).head) + String(ellipsis)
    }

    /// The longest start of `text` that takes at most `columns` columns, and the rest.
    public static func head(of text: String, columns: Int) -> (head: String, rest: Substring) {
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let w = CellWidth.of(text[end])
            if used + w > columns { break }
            used += w
            end = text.index(after: end)
        }
        return (String(text[..<end]), text[end...])
    }

    /// Prose broken at spaces into lines of at most `limit` columns; lines after the first start
    /// with `hangingIndent` spaces. A word longer than a whole line is cut across lines rather
    /// than left sticking out. Text that fits is returned whole, as one line. Unlike the screens'
    /// `wrap(_:width:)`, which keeps every character so that the note editor can map its cursor
    /// onto the lines, this one is for printing: runs of spaces fold into one.
    public static func wrap(_ text: String, to limit: Int, hangingIndent: Int) -> [String] {
        guard CellWidth.of(text) > limit, limit > 0 else { return [text] }
        // Keep room for at least one wide character after the indent.
        let indent = String(repeating: " ", count: max(0, min(hangingIndent, limit / 2, limit - 2)))
        var lines: [String] = []
        var line = ""
        var start = 0  // columns before the first word of the current line
        var used = 0
        func newLine() {
            lines.append(trimmingTrailingSpaces(line))
            line = indent
            start = indent.count
            used = start
        }
        for word in text.split(separator: " ") {
            var rest = String(word)
            if used > start, used + 1 + CellWidth.of(rest) > limit { newLine() }
            if used > start {
                line += " "
                used += 1
            }
            while used + CellWidth.of(rest) > limit {
                var (head, tail) = Self.head(of: rest, columns: limit - used)
                if head.isEmpty {  // a wide character on a one-column line: it has to go somewhere
                    head = String(rest.removeFirst())
                    tail = Substring(rest)
                }
                line += head
                used += CellWidth.of(head)
                rest = String(tail)
                if !rest.isEmpty { newLine() }
            }
            line += rest
            used += CellWidth.of(rest)
        }
        lines.append(trimmingTrailingSpaces(line))
        return lines
    }
}
