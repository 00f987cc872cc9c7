import ArgumentParser
import CasemarkStore
import Foundation

struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make the git repository holding an inspection merge its files with casemark.",
        discussion: """
            Adds to the repository's .gitattributes the lines that send INSPECTION's \
            inspection.json and case files to casemark's merge driver, and sets \
            merge.casemark.name and merge.casemark.driver in the repository's own config \
            (.git/config). Then git pull merges case files answer by answer, never leaving \
            conflict markers in them; answers changed differently on two laptops are kept both \
            ways, as conflicts (casemark conflicts lists them).

            Running it again changes nothing. The config is not copied by git clone: run it in \
            every clone. Commit .gitattributes so that everyone has it. The driver is this \
            casemark's full path: run git-setup again if casemark moves.

            Example:
              casemark git-setup london-2019
            """)

    @Argument(help: ArgumentHelp("The inspection folder, inside a git repository.", valueName: "inspection"))
    var inspection: String

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inspection, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("casemark: \(inspection): no such folder; expected an inspection folder inside a git repository")
        }
        guard FileManager.default.fileExists(atPath: (inspection as NSString).appendingPathComponent(InspectionFolder.recordFileName)) else {
            throw CommandFailure("casemark: \(inspection): no \(InspectionFolder.recordFileName); expected an inspection folder (make one with casemark new)")
        }
        let top = try git(["-C", inspection, "rev-parse", "--show-toplevel"], failure: "\(inspection) is not inside a git repository (make one with: git init)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = URL(fileURLWithPath: inspection).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: top).standardizedFileURL.resolvingSymlinksInPath().path
        var relative = folder == root ? "" : String(folder.dropFirst(root.count + 1))
        if !relative.isEmpty { relative += "/" }
        // Spaces and the like match themselves only inside brackets in .gitattributes patterns.
        let pattern = relative.map { " \t#\"\\[]*?!".contains($0) ? "[\($0)]" : String($0) }.joined()
        let lines = ["\(pattern)\(InspectionFolder.recordFileName) merge=casemark", "\(pattern)\(InspectionFolder.caseFile("*")) merge=casemark"]

        let attributes = (root as NSString).appendingPathComponent(".gitattributes")
        let existing: String
        do {
            existing = try RepositoryFile.read(attributes) ?? ""
        } catch {
            throw CommandFailure("casemark: \(error)")
        }
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        if !missing.isEmpty {
            var text = existing
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            text += missing.joined(separator: "\n") + "\n"
            do {
                try RepositoryFile.write(text, to: attributes)
            } catch {
                throw CommandFailure("casemark: \(error)")
            }
            Console.out("Added to \(attributes):")
            for line in missing { Console.out("  \(line)") }
        } else {
            Console.out("\(attributes) already sends the inspection's files to casemark.")
        }

        let driver = "\(shellQuoted(executablePath())) merge-file %O %A %B %P"
        let name = "casemark: case files merged answer by answer"
        var changed = false
        for (key, value) in [("merge.casemark.name", name), ("merge.casemark.driver", driver)] {
            let current = (try? git(["-C", root, "config", "--local", "--get", key], failure: ""))?.trimmingCharacters(in: .newlines)
            if current != value {
                _ = try git(["-C", root, "config", "--local", key, value], failure: "could not set \(key) in \(root)/.git/config")
                changed = true
            }
        }
        Console.out(changed ? "Set merge.casemark.driver in \(root)/.git/config: \(driver)" : "The repository's config already uses casemark's merge driver.")
        if !missing.isEmpty { Console.out("Commit .gitattributes so that every clone has it: git add .gitattributes && git commit -m 'casemark merges case files'") }
    }

    /// Runs git (found on PATH) and returns what it printed; a failure exits with `failure`.
    private func git(_ arguments: [String], failure: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandFailure("casemark: could not run git: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if failure.isEmpty { throw ExitCode(1) }
            throw CommandFailure("casemark: \(failure)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    private func shellQuoted(_ text: String) -> String {
        if text.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+".contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
