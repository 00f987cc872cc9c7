/// Ids of changes. A new change gets 64 random bits (two laptops never make the same one); a
/// change read from a version 1 file, or a value found with no change behind it, gets an id
/// worked out from its content, so that every copy works out the same id for it.
public enum ChangeID {
    /// 16 hexadecimal digits from the system's random source.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex(generator.next())
    }

    /// An id worked out from `parts` (FNV-1a, 64 bits, each part ended by a zero byte so that
    /// ("ab", "c") and ("a", "bc") differ), with a prefix saying where it came from.
    public static func derived(_ prefix: String, _ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01b3
        }
        return prefix + hex(hash)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<16 {
            bytes[15 - i] = digits[Int((value >> (UInt64(i) * 4)) & 0xF)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The parts an answer is identified by when it has no change of its own.
    static func parts(_ answer: Answer?) -> [String] {
        guard let answer else { return ["-"] }
        return [answer.answer?.rawValue ?? "", answer.note, answer.prompts.joined(separator: "\u{1}"), answer.by ?? "", answer.at ?? ""]
    }
}

/// A change kept in a history that only grows: a case's answers and status, a standard's
/// recorded rating. Another kind (a QA comment, say) can be added by conforming to this.
public protocol Change: Equatable, Sendable {
    var id: String { get }
    var replaces: [String] { get }
    var at: String { get }
    /// The field the change sets (`answers.2.1.1`, `status`, `ratings.2.2`).
    var field: String { get }
}

/// A counted sequence of change ids, "t-1", "t-2", …: what a test hands `reduce` (as `newID`) where
/// the session hands it `ChangeID.random`, so that the whole state after a change can be written
/// out in advance and compared.
public enum ChangeIDSource: Equatable, Sendable {
    case counting(prefix: String, next: Int)

    public mutating func next() -> String {
        switch self {
        case .counting(let prefix, let n):
            self = .counting(prefix: prefix, next: n + 1)
            return "\(prefix)\(n)"
        }
    }
}
