import CasemarkText

/// The byte-level checks CSV libraries leave to the caller (CSV.swift, like Python's csv module,
/// takes text already decoded and says nothing of where a record began): a byte order mark,
/// invalid UTF-8 with its offset and line, and quoting that does not close, plus the physical
/// line each record starts on, so that messages can name both record and line.
enum CSVBytes {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset (from 0) of the first sequence that is not valid UTF-8, and its line (from 1), or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int)? {
        UTF8Sequence.firstInvalid(in: bytes).map { ($0.sequenceStart, $0.line) }
    }

    enum QuoteProblem: Error, Equatable {
        /// A quoted cell opened on this line is never closed.
        case unterminated(line: Int)
        /// Something other than a comma or the end of the line follows a closing quote.
        case textAfterClosingQuote(line: Int, character: String)
        /// A cell on this line of more than `SizeLimits.csvCell` bytes (`size`, or more).
        case cellTooLarge(line: Int, size: Int)
    }

    /// The line on which each record (the header first) starts, read as RFC 4180 does: a quote
    /// opens a quoted cell only at the start of a cell, a doubled quote inside one is a quote, and
    /// CR, LF and CRLF all end a record (so a blank line is a record too, as the reader sees it).
    static func recordLines(_ bytes: [UInt8]) -> Result<[Int], QuoteProblem> {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var lines: [Int] = bytes.isEmpty ? [] : [1]
        var line = 1
        var inQuotes = false
        var quoteLine = 1
        var atCellStart = true
        var i = 0
        let n = bytes.count
        func newline(at j: Int) -> Int {  // bytes consumed by the line break at j
            bytes[j] == cr && j + 1 < n && bytes[j + 1] == lf ? 2 : 1
        }
        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < n && bytes[i + 1] == quote {
                        i += 2
                        continue
                    }
                    inQuotes = false
                    if i + 1 < n, bytes[i + 1] != comma, bytes[i + 1] != cr, bytes[i + 1] != lf {
                        let end = Swift.min(n, i + 5)
                        let text = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
                        return .failure(.textAfterClosingQuote(line: line, character: String(text.prefix(1))))
                    }
                    i += 1
                } else if b == cr || b == lf {
                    i += newline(at: i)
                    line += 1
                } else {
                    i += 1
                }
                continue
            }
            if b == quote && atCellStart {
                inQuotes = true
                quoteLine = line
                atCellStart = false
                i += 1
            } else if b == comma {
                atCellStart = true
                i += 1
            } else if b == cr || b == lf {
                i += newline(at: i)
                line += 1
                atCellStart = true
                if i < n { lines.append(line) }
            } else {
                atCellStart = false
                i += 1
            }
        }
        if inQuotes { return .failure(.unterminated(line: quoteLine)) }
        return .success(lines)
    }
}
