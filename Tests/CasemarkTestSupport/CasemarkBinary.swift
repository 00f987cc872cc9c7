import Foundation

/// What a program run to its end printed, and its exit status.
public struct CommandOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var all: String { stdout + stderr }
}

/// Runs a program to its end with no input.
public enum ProcessRunner {
    /// `environment` is added to this process's own; `folder` is the working folder.
    public static func run(
        _ executable: String, _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]
    ) throws -> CommandOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        // Output goes to files, read after the end: no pipe can fill and stall the child, and no
        // thread is blocked waiting on another.
        let outPath = NSTemporaryDirectory() + "casemark-out-\(UUID().uuidString)"
        let errPath = outPath + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CommandOutput(
            status: process.terminationStatus,
            stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
            stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}

/// The `casemark` built beside these tests by `swift test` (or `$CASEMARK_BINARY`).
public enum CasemarkBinary {
    public static let path: String? = {
        if let given = ProcessInfo.processInfo.environment["CASEMARK_BINARY"] { return given }
        return besideTests("casemark")
    }()

    /// The developers' `casemark-bench` (the benchmark and the store exerciser, not shipped in
    /// `casemark`): `$CASEMARK_BENCH_BINARY`, else beside `casemark`, else beside these tests.
    public static let benchPath: String? = {
        if let given = ProcessInfo.processInfo.environment["CASEMARK_BENCH_BINARY"] { return given }
        if let path {
            let beside = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("casemark-bench").path
            if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        }
        return besideTests("casemark-bench")
    }()

    private static func besideTests(_ name: String) -> String? {
        var folders = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct NotFound: Error, CustomStringConvertible {
        var name = "casemark"
        var variable = "CASEMARK_BINARY"
        public var description: String {
            "the \(name) binary was not found beside the tests; build it (swift build) or set \(variable)"
        }
    }

    /// The path, or `NotFound`.
    public static func required() throws -> String {
        guard let path else { throw NotFound() }
        return path
    }

    /// casemark-bench's path, or `NotFound`.
    public static func requiredBench() throws -> String {
        guard let benchPath else { throw NotFound(name: "casemark-bench", variable: "CASEMARK_BENCH_BINARY") }
        return benchPath
    }

    /// Runs casemark-bench to the end with `arguments`, no input.
    public static func runBench(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> CommandOutput {
        try ProcessRunner.run(try requiredBench(), arguments, in: folder, environment: environment)
    }

    /// Runs casemark to the end with `arguments`, no input.
    public static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> CommandOutput {
        try ProcessRunner.run(try required(), arguments, in: folder, environment: environment)
    }
}
