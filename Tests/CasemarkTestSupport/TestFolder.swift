import Foundation

/// A fresh folder under the system's temporary folder, removed when the test ends.
public final class TestFolder {
    public let path: String

    /// `name` (the test's, by default) goes into the folder's name, so a leftover is traceable.
    public init(_ name: String = #function) {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("casemark-\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func sub(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    public func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    public func write(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: sub(relative)))
    }

    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: sub(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the folder with its bytes, to show that no file's content changed.
    public func snapshot() -> [String: Data] { FolderSnapshot.contents(path) }
}
