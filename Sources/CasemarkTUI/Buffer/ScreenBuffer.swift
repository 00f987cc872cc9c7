/// One column of the screen: a grapheme and its style. A wide grapheme (`李`) takes its own cell
/// with `width` 2 and the cell to its right as a continuation (`width` 0), which draws nothing.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var width: Int
    public var style: Style

    public init(_ character: Character = " ", width: Int = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

public struct Position: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// The whole screen in memory: what every view draws into, what tests read back as text, and what
/// the terminal adapter copies to ncurses. `cursor` is where the real terminal cursor goes after a
/// draw (the focused item), so screen readers and braille displays follow the selection.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public var cursor: Position?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from column `x` of row `y`, clipped to `limit` columns (default: to the right
    /// edge) and truncated there with `…`. Control characters are spelled out (`\u{1B}`) by
    /// `VisibleText.line`, the rule the text reports follow too. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let available = min(limit ?? (width - x), width - x)
        guard available > 0, x >= 0 else { return 0 }
        let shown = TextLayout.truncate(VisibleText.line(text), to: available)
        var column = x
        if shown.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII: a cell a byte, without grapheme breaking.
            for byte in shown.utf8 {
                set(Cell(Character(Unicode.Scalar(byte)), width: 1, style: style), x: column, y: y)
                column += 1
            }
            return column - x
        }
        for character in shown {
            let w = CellWidth.of(character)
            if w == 0 { continue }  // a lone combining mark has nothing to sit on
            if column + w > x + available { break }
            set(Cell(character, width: w, style: style), x: column, y: y)
            if w == 2 { set(Cell(" ", width: 0, style: style), x: column + 1, y: y) }
            column += w
        }
        return column - x
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                set(Cell(" ", width: 1, style: style), x: column, y: row)
            }
        }
    }

    /// Changes the style of a run of cells without changing their text (used for the selection bar).
    public mutating func restyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) {
            change(&cells[y * width + column].style)
        }
    }

    /// Places one cell, keeping wide characters whole: overwriting half of one blanks the other half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(" ", width: 1, style: cells[index - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = Cell(" ", width: 1, style: old.style)
        }
        if cell.width == 2, x + 1 >= width {
            // No room for the second half at the right edge.
            cells[index] = Cell(" ", width: 1, style: cell.style)
            return
        }
        cells[index] = cell
    }

    /// Each row as text (continuation cells skipped, trailing spaces removed): what the terminal shows.
    public var lines: [String] {
        (0..<height).map { line($0) }
    }

    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if !cell.isContinuation { text.append(cell.character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
