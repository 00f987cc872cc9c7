import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is recording: `--inspector NAME`, else `$CASEMARK_INSPECTOR`, else the login name.
public enum Inspector {
    public static let environmentVariable = "CASEMARK_INSPECTOR"

    public static func name(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option = option?.trimmingCharacters(in: .whitespacesAndNewlines), !option.isEmpty { return option }
        if let named = environment[environmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !named.isEmpty {
            return named
        }
        return loginName(environment: environment)
    }

    /// True when neither `--inspector` nor `$CASEMARK_INSPECTOR` names anyone, so answers are
    /// recorded under the login name (often `root` or a shared account): worth saying on screen.
    public static func isLoginName(
        option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        let given = [option, environment[environmentVariable]].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
        return given.allSatisfy(\.isEmpty)
    }

    static func loginName(environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let text = String(cString: name)
            if !text.isEmpty { return text }
        }
        for key in ["USER", "LOGNAME"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "unknown"
    }
}

/// Times as the files keep them: UTC, ISO 8601, whole seconds (`2026-11-24T10:15:00Z`).
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    public static func now() -> String { string(Date()) }
}
