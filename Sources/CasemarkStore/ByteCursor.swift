import CasemarkText
import Foundation

/// JSON tokens read straight from a file's bytes, for `PlainCaseReader`. Every method returns nil
/// (or false) at the first thing it does not expect, and never says why: the careful reader
/// (`JSONReader`) reads such a file again to say exactly what is wrong and where.
///
/// Strings are checked to be UTF-8 by the same rule as `JSONReader.firstInvalidUTF8` (`UTF8Sequence`), and
/// escapes are decoded as `JSONReader` decodes them, so that a string read here is the same
/// `String` the careful reader would make from the same bytes.
struct ByteCursor {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private(set) var position = 0
    /// Decoded bytes of a string with escapes; kept between strings to save allocations.
    private var scratch: [UInt8] = []
    /// Long strings already made from this file, so that a note or a time repeated in the
    /// case's history shares one String (less memory, fewer allocations). Short ones (up to 15
    /// bytes) are stored inside the String itself and need no sharing.
    private var shared = SharedStrings()

    init(_ bytes: UnsafeRawBufferPointer) {
        if let start = bytes.baseAddress, bytes.count > 0 {
            base = start.assumingMemoryBound(to: UInt8.self)
            end = bytes.count
        } else {
            // An empty file: nothing to read, and a pointer that is never dereferenced.
            base = UnsafePointer(bitPattern: 1)!
            end = 0
        }
    }

    var atEnd: Bool { position >= end }

    /// The next byte, or 0 at the end (0 is never valid JSON outside a string).
    var peek: UInt8 { position < end ? base[position] : 0 }

    mutating func skipSpace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Takes `byte` after any white space.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < end, base[position] == byte else { return false }
        position += 1
        return true
    }

    /// After a member or element: `,` (more follow: true), the closing byte (false), anything
    /// else nil.
    mutating func next(_ close: UInt8) -> Bool? {
        skipSpace()
        guard position < end else { return nil }
        let byte = base[position]
        position += 1
        if byte == UInt8(ascii: ",") { return true }
        if byte == close { return false }
        return nil
    }

    /// A field name without escapes, as the span of its bytes, and the `:` after it.
    mutating func key() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let span = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                return span
            }
            // Escapes, control characters and non-ASCII never spell a field name of a case.
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            position += 1
        }
        return nil
    }

    /// A string's bytes when it has no escapes (checked UTF-8), such as `yes` or `in-progress`.
    mutating func rawString() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        guard scanPlain() else { return nil }
        guard position < end, base[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        return UnsafeBufferPointer(start: base + start, count: position - 1 - start)
    }

    /// A string value, escapes decoded.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        guard scanPlain() else { return nil }
        guard position < end else { return nil }
        if base[position] == UInt8(ascii: "\"") {
            position += 1
            let bytes = UnsafeBufferPointer(start: base + start, count: position - 1 - start)
            return bytes.count > 15 ? shared.text(bytes) : String(decoding: bytes, as: UTF8.self)
        }
        // A backslash: decode from here on into the scratch buffer.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: position - start))
        while true {
            guard position < end else { return nil }
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                guard unescape() else { return nil }
                continue
            }
            let from = position
            guard scanPlain() else { return nil }
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + from, count: position - from))
        }
    }

    /// A whole number from 1 to 999,999,999 written plainly (no sign, fraction or exponent).
    mutating func smallPositiveInteger() -> Int? {
        skipSpace()
        var value = 0
        var digits = 0
        while position < end, base[position] >= UInt8(ascii: "0"), base[position] <= UInt8(ascii: "9") {
            if digits == 0 && base[position] == UInt8(ascii: "0") { return nil }
            value = value * 10 + Int(base[position] - UInt8(ascii: "0"))
            digits += 1
            if digits > 9 { return nil }
            position += 1
        }
        guard digits > 0 else { return nil }
        if position < end, base[position] == UInt8(ascii: ".") || base[position] | 0x20 == UInt8(ascii: "e") { return nil }
        return value
    }

    /// Moves over string content up to a quote or a backslash, checking UTF-8; false at a
    /// control character, a byte that is not UTF-8, or the end of the file.
    private mutating func scanPlain() -> Bool {
        while position < end {
            let byte = base[position]
            if byte >= 0x20 && byte < 0x80 {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
                position += 1
                continue
            }
            if byte < 0x20 { return false }
            guard let length = utf8Sequence(at: position) else { return false }
            position += length
        }
        return false
    }

    /// The length of the well-formed UTF-8 sequence starting at `at`, by `UTF8Sequence`'s rule.
    private func utf8Sequence(at index: Int) -> Int? {
        guard case .valid(let length) = UTF8Sequence.check(base, at: index, end: end) else { return nil }
        return length
    }

    /// Decodes one escape at a backslash into the scratch buffer.
    private mutating func unescape() -> Bool {
        guard position + 1 < end else { return false }
        let escape = base[position + 1]
        position += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hex4() else { return false }
            var scalar: Unicode.Scalar?
            if (0xD800...0xDBFF).contains(unit) {
                guard position + 1 < end, base[position] == UInt8(ascii: "\\"), base[position + 1] == UInt8(ascii: "u") else { return false }
                position += 2
                guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            } else {
                scalar = Unicode.Scalar(unit)
            }
            guard let scalar else { return false }
            scratch.append(contentsOf: UTF8.encode(scalar)!)
        default:
            return false
        }
        return true
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= end else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = base[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes spell `word` (ASCII).
    func spells(_ word: StaticString) -> Bool {
        guard count == word.utf8CodeUnitCount else { return false }
        let other = word.utf8Start
        for i in 0..<count where self[i] != other[i] { return false }
        return true
    }
}

/// Strings made from one file's bytes, found again by content (a small open-addressing table).
private struct SharedStrings {
    private static let size = 128
    /// Index + 1 into `made`; 0 is an empty slot.
    private var slots: [Int32] = []
    private var made: [(bytes: UnsafeBufferPointer<UInt8>, text: String)] = []

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if slots.isEmpty { slots = Array(repeating: 0, count: Self.size) }
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (Self.size - 1)
        while slots[slot] != 0 {
            let entry = made[Int(slots[slot]) - 1]
            if entry.bytes.count == bytes.count, memcmp(entry.bytes.baseAddress!, bytes.baseAddress!, bytes.count) == 0 {
                return entry.text
            }
            slot = (slot + 1) & (Self.size - 1)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Half full at most, so that probes stay short; beyond that, strings are made as usual.
        if made.count < Self.size / 2 {
            made.append((bytes, text))
            slots[slot] = Int32(made.count)
        }
        return text
    }

    /// At least 16 bytes: whole words, the last one overlapping.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h = UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h = (h << 29) | (h >> 35)
            offset += 8
        }
        h = (h ^ raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }
}
