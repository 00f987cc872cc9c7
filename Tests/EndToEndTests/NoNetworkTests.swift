import CasemarkTestSupport
import Foundation
import Testing

/// casemark never opens a socket. Two checks, so that neither a new import nor a new dependency
/// can bring networking in unnoticed: the sources name no networking API, and the built binary
/// neither links a networking library nor calls the socket functions itself.
@Suite struct NoNetworkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// APIs that open, name or resolve network connections.
    static let forbidden: [String] = [
        #"import\s+FoundationNetworking"#, #"import\s+Network\b"#, #"import\s+NIO"#, #"import\s+AsyncHTTPClient"#,
        #"\bURLSession\b"#, #"\bURLRequest\b"#, #"\bNWConnection\b"#, #"\bCFSocket"#, #"\bCFStream"#,
        #"\bsocket\s*\("#, #"\bconnect\s*\("#, #"\bbind\s*\("#, #"\blisten\s*\("#, #"\baccept\s*\("#,
        #"\bgetaddrinfo\b"#, #"\bgethostbyname\b"#, #"\bAF_INET6?\b"#, #"\bSOCK_STREAM\b"#, #"\bSOCK_DGRAM\b"#,
        #"https?://(?!github\.com/)"#,
    ]

    static func sourceFiles() -> [URL] {
        var files = [root.appendingPathComponent("Package.swift")]
        let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if ["swift", "c", "h", "modulemap"].contains(url.pathExtension) { files.append(url) }
        }
        return files
    }

    @Test func noSourceNamesANetworkingAPI() throws {
        let files = Self.sourceFiles()
        #expect(files.count > 10, "found the sources at \(Self.root.path)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for pattern in Self.forbidden where code.range(of: pattern, options: .regularExpression) != nil {
                    found.append("\(file.path.replacingOccurrences(of: Self.root.path + "/", with: "")):\(number + 1): \(code)")
                }
            }
        }
        #expect(found.isEmpty, "networking in the sources:\n\(found.joined(separator: "\n"))")
    }

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run("/usr/bin/env", [tool] + arguments)
        #expect(result.status == 0, "\(tool) failed")
        return result.stdout
    }

    @Test func theBinaryLinksNoNetworkingLibraryAndCallsNoSocketFunction() throws {
        let binary = CasemarkBinary.path ?? "casemark"
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let libraries = try run("ldd", [binary])
        for library in ["libFoundationNetworking", "libcurl", "libssl", "libnghttp", "libNIO"] {
            #expect(!libraries.contains(library), "casemark links \(library)")
        }
        let symbols = Set(try run("nm", ["-D", "--undefined-only", binary]).split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) })
        let sockets = ["socket", "connect", "bind", "listen", "accept", "accept4", "getaddrinfo", "gethostbyname", "sendto", "recvfrom", "sendmsg", "recvmsg"]
        let called = sockets.filter { name in symbols.contains { $0 == name || $0.hasPrefix(name + "@") } }
        #expect(called.isEmpty, "casemark calls \(called)")
    }
}
