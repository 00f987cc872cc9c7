import CSV

/// Reads CSV text back into rows with the same library, to check what the report wrote.
enum CSVRows {
    static func read(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}
