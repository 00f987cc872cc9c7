/// The one rule for well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF),
/// shared by the careful `JSONReader`, the fast `ByteCursor` and the CSV import's byte checks, so
/// that they can never disagree about which files are UTF-8.
public enum UTF8Sequence {
    public enum Check {
        case valid(length: Int)
        /// The offset of the byte that breaks the sequence: the lead byte, or a continuation
        /// byte that is not one.
        case invalid(at: Int)
    }

    /// Checks the multi-byte sequence whose lead byte (0x80 or above) is at `index`, reading no
    /// further than `end`. Inlinable: `ByteCursor` calls it for every non-ASCII byte of a case.
    @inlinable @inline(__always)
    public static func check(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Check {
        let lead = base[index]
        var length = 0
        var minimum: UInt32 = 0
        var value: UInt32 = 0
        switch lead {
        case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
        default: return .invalid(at: index)
        }
        guard index + length <= end else { return .invalid(at: index) }
        for k in 1..<length {
            let next = base[index + k]
            guard next & 0xC0 == 0x80 else { return .invalid(at: index + k) }
            value = (value << 6) | UInt32(next & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return .invalid(at: index) }
        return .valid(length: length)
    }

    /// The first sequence in `bytes` that is not well-formed: the offset of the byte that breaks it
    /// (`brokenByte`), of the sequence's lead byte (`sequenceStart`), and the line it is on (from 1,
    /// counting line feeds before it). Nil when all of `bytes` is UTF-8.
    public static func firstInvalid(in bytes: [UInt8]) -> (brokenByte: Int, sequenceStart: Int, line: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let n = buffer.count
            var i = 0
            var line = 1
            while i < n {
                let byte = base[i]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1 }
                    i += 1
                    continue
                }
                switch check(base, at: i, end: n) {
                case .valid(let length): i += length
                case .invalid(let offset): return (offset, i, line)
                }
            }
            return nil
        }
    }
}
