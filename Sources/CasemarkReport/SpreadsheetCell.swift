/// A CSV cell made safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that Excel,
/// LibreOffice or Google Sheets would run as a formula — one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return — gets a leading apostrophe, which every spreadsheet reads as "this is
/// text" and shows without it. Numbers such as `-3` or `+12` are left alone: they cannot run, and
/// turning them into text would break sums. The report is for reading in a spreadsheet; the
/// interchange file that `casemark export` writes stays faithful instead (see docs/file-format.md).
public enum SpreadsheetCell {
    /// The first characters a spreadsheet takes as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func safe(_ cell: String) -> String {
        // `first` would see "\r\n" as one character; the scalars say what the spreadsheet sees.
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return cell }
        if isPlainNumber(cell) { return cell }
        return "'" + cell
    }

    /// `-12`, `+3`, `-0.5`: a sign, digits and at most one decimal point, nothing else.
    static func isPlainNumber(_ cell: String) -> Bool {
        var rest = Substring(cell)
        if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }
}
