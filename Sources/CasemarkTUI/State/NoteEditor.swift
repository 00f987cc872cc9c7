/// The evidence-note editor: the note's text and the cursor, in characters.
public struct NoteEditor: Equatable, Sendable {
    public var caseID: String
    public var keyQuestion: String
    public var characters: [Character]
    public var cursor: Int
    /// Whether this opening of the editor has changed the note yet: its first change starts a
    /// new undo step, later ones join it.
    public var hasChanged = false

    /// The longest note the editor takes, in characters (about 40 pages of evidence): a note
    /// is held as a list of characters and re-wrapped on every key, so a note of megabytes (a
    /// hostile or broken file) would stall the screen. A longer note is kept as it is, never
    /// cut; the editor refuses to open it, and typing stops at this length.
    public static let maximumCharacters = 100_000

    /// Whether `note` is longer than the editor takes (cheaply: bytes first).
    public static func isTooLong(_ note: String) -> Bool {
        note.utf8.count > maximumCharacters && note.count > maximumCharacters
    }

    public init(caseID: String, keyQuestion: String, note: String) {
        self.caseID = caseID
        self.keyQuestion = keyQuestion
        characters = Array(note)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// The cursor's line and column in the note wrapped to `width`.
    public func cursorPlace(width: Int) -> (line: Int, column: Int, lines: [Range<Int>]) {
        let lines = TextLayout.wrapRanges(characters, width: width)
        // The last line starting at or before the cursor: at a soft wrap the cursor belongs to the
        // next line's start, at a hard line break to the end of its own line.
        var line = 0
        for (i, range) in lines.enumerated() where range.lowerBound <= cursor { line = i }
        let start = lines[line].lowerBound
        let column = CellWidth.of(String(characters[start..<max(start, min(cursor, characters.count))]))
        return (line, column, lines)
    }

    /// Moves the cursor one wrapped line up (-1) or down (+1), keeping its column where it can.
    public mutating func moveVertically(_ delta: Int, width: Int) {
        let place = cursorPlace(width: width)
        let target = place.line + delta
        guard target >= 0, target < place.lines.count else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        let range = place.lines[target]
        var column = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            let w = CellWidth.of(characters[offset])
            if column + w > place.column { break }
            column += w
            offset += 1
        }
        // Do not land after a wrapping space: that is the next line's start.
        if offset == range.upperBound, target < place.lines.count - 1, offset > range.lowerBound,
            place.lines[target + 1].lowerBound == offset
        {
            offset -= 1
        }
        cursor = offset
    }

    public mutating func moveToLineStart(width: Int) {
        let place = cursorPlace(width: width)
        cursor = place.lines[place.line].lowerBound
    }

    public mutating func moveToLineEnd(width: Int) {
        let place = cursorPlace(width: width)
        let range = place.lines[place.line]
        var end = range.upperBound
        if place.line < place.lines.count - 1, place.lines[place.line + 1].lowerBound == end, end > range.lowerBound {
            end -= 1
        }
        cursor = end
    }
}
