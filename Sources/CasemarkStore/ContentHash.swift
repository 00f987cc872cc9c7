import Foundation

/// A fingerprint of a file's bytes (FNV-1a, 64 bits, with the length), so the store can tell
/// whether a file on disk is still the version it loaded without keeping every file's bytes.
struct ContentHash: Sendable, Equatable, Hashable, CustomStringConvertible {
    let value: UInt64
    let count: Int

    init(_ data: Data) {
        value = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        count = data.count
    }

    var description: String { "\(String(value, radix: 16))/\(count)" }
}
