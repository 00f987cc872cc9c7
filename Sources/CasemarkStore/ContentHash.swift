import Foundation

/// A fingerprint of a file's bytes (FNV-1a, 64 bits, with the length), so the store can tell
/// whether a file on disk is still the version it loaded without keeping every file's bytes.
struct ContentHash: Sendable, Equatable, Hashable, CustomStringConvertible {
    let value: UInt64
    let count: Int

    init(_ data: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the raw bytes: Data's own iterator costs several times more per byte, on every save.
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        value = hash
        count = data.count
    }

    var description: String { "\(String(value, radix: 16))/\(count)" }
}
