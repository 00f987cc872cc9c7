import Foundation

/// A file casemark writes outside an inspection folder at the user's request (`report
/// --output`, an export): like every file casemark creates, mode 0600 whatever the umask
/// (reports name officers and carry their figures), written atomically and durably, so a
/// report cut short by a full disk never replaces a good one.
public enum PrivateFile {
    public static func write(_ data: Data, to path: String) throws {
        try DurableFile.write(data, to: path, display: path)
    }
}
