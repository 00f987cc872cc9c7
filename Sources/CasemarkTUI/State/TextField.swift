/// A one-line text input with a cursor (search, reopen reason), counted in characters.
public struct TextField: Equatable, Sendable {
    public var characters: [Character]
    public var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func insert(_ c: Character) {
        // Line breaks have no place in a one-line field (a pasted newline becomes a space).
        let c: Character = (c == "\n" || c == "\r" || c == "\t") ? " " : c
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }
}
