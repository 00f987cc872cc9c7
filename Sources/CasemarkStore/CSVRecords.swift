/// The records of a CSV file read straight from its bytes, as the CSV library reads them (the
/// fuzz tests compare the two on every input), in one pass that also finds the line each record
/// starts on and the quoting problems the library would pass over silently.
///
/// Why not the library: it reads a `String` one Unicode scalar at a time and builds every cell
/// scalar by scalar; on a 10,000-row file that was most of `report FILE.csv`'s time. The bytes are
/// already known to be UTF-8, and every byte that matters to CSV (comma, quote, CR, LF) is ASCII,
/// which never occurs inside a multi-byte character, so cutting the bytes at those gives exactly
/// the library's cells.
///
/// The library's rules (yaslab/CSV.swift 2.5, fields not trimmed), followed here:
/// - CR, LF and CRLF end a record; the end of the file ends the last one (a final line break
///   does not start another record, but a blank line is a record of one empty cell).
/// - A quote opens a quoted cell only as a cell's first character; inside, a doubled quote is a
///   quote and line breaks are kept; elsewhere a quote is an ordinary character.
/// - A comma at the very end of the file ends a record with an empty last cell.
extension CSVBytes {
    struct Records {
        var records: [[String]]
        /// The line (from 1) each record starts on.
        var lines: [Int]
    }

    static func records(_ bytes: [UInt8]) -> Result<Records, QuoteProblem> {
        var records: [[String]] = []
        var lines: [Int] = []
        return forEachRecord(bytes) { row, line in
            records.append(row)
            lines.append(line)
        }.map { Records(records: records, lines: lines) }
    }

    /// The same records one at a time, each with the line it starts on, without keeping them
    /// all (`report FILE.csv` counts a 10,000-row file as it goes). A quoting problem ends it:
    /// the records before it have been given by then.
    /// A cell of more than `limit` bytes (quotes included) ends it too (`SizeLimits.csvCell`).
    static func forEachRecord(_ bytes: [UInt8], limit: Int = SizeLimits.csvCell, _ body: ([String], Int) -> Void) -> Result<Void, QuoteProblem> {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let n = bytes.count
        var line = 1
        return bytes.withUnsafeBufferPointer { buffer -> Result<Void, QuoteProblem> in
            var i = 0
            var row: [String] = []
            var width = 0  // cells in the previous record, to reserve room for the next
            while i < n {
                // The start of a record.
                let recordLine = line
                row = []
                row.reserveCapacity(width)
                var endOfRecord = false
                while !endOfRecord {
                    // The start of a cell.
                    let cellStart = i
                    if i < n && buffer[i] == quote {
                        let quoteLine = line
                        i += 1
                        var cell: [UInt8] = []
                        var start = i
                        var closed = false
                        while i < n {
                            let b = buffer[i]
                            if b == quote {
                                cell.append(contentsOf: buffer[start..<i])
                                if i + 1 < n && buffer[i + 1] == quote {
                                    cell.append(quote)
                                    i += 2
                                    start = i
                                    continue
                                }
                                closed = true
                                i += 1
                                break
                            }
                            if b == lf || (b == cr && !(i + 1 < n && buffer[i + 1] == lf)) { line += 1 }
                            i += 1
                            if i - cellStart > limit { return .failure(.cellTooLarge(line: quoteLine, size: i - cellStart)) }
                        }
                        guard closed else { return .failure(.unterminated(line: quoteLine)) }
                        row.append(String(decoding: cell, as: UTF8.self))
                        if i >= n {
                            endOfRecord = true
                        } else if buffer[i] == comma {
                            i += 1
                            if i >= n { row.append(""); endOfRecord = true }
                        } else if buffer[i] == cr || buffer[i] == lf {
                            i += buffer[i] == cr && i + 1 < n && buffer[i + 1] == lf ? 2 : 1
                            line += 1
                            endOfRecord = true
                        } else {
                            let end = Swift.min(n, i + 4)
                            let text = String(decoding: buffer[i..<end], as: UTF8.self)
                            return .failure(.textAfterClosingQuote(line: line, character: String(text.prefix(1))))
                        }
                    } else {
                        let start = i
                        while i < n {
                            let b = buffer[i]
                            if b == comma || b == cr || b == lf { break }
                            i += 1
                        }
                        if i - start > limit { return .failure(.cellTooLarge(line: line, size: i - start)) }
                        row.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
                        if i >= n {
                            endOfRecord = true
                        } else if buffer[i] == comma {
                            i += 1
                            if i >= n { row.append(""); endOfRecord = true }
                        } else {
                            i += buffer[i] == cr && i + 1 < n && buffer[i + 1] == lf ? 2 : 1
                            line += 1
                            endOfRecord = true
                        }
                    }
                }
                width = row.count
                body(row, recordLine)
            }
            return .success(())
        }
    }
}
