import ArgumentParser
import CasemarkStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The demonstration inspections: the adult one (SampleCases, what `casemark` with no inspection
/// opens) and the youth justice one (YouthSampleCases, `casemark open --demo youth`).
enum Demo: String, ExpressibleByArgument, CaseIterable, Sendable {
    case adult, youth

    /// The repository folder the demo is copied from.
    var folder: String { self == .adult ? "SampleCases" : "YouthSampleCases" }

    /// Where the working copy is made, under the data folder.
    var copyName: String { self == .adult ? "sample" : "youth-sample" }

    /// Says where the repository folder is when casemark was moved off the machine it was built on.
    var environmentVariable: String { self == .adult ? "CASEMARK_SAMPLE_CASES" : "CASEMARK_YOUTH_SAMPLE_CASES" }
}

/// `casemark` with no inspection opens a working copy of the repository's SampleCases, made once
/// in `$XDG_DATA_HOME/casemark/sample` (or `~/.local/share/casemark/sample`), so that marking the
/// demo never changes the repository's files; `--demo youth` the same of YouthSampleCases, in
/// `casemark/youth-sample`.
///
/// SampleCases is found from this source file's own path at build time (`#filePath`): it stays one
/// folder at the top of the repository that users can read, with no copy inside the executable's
/// resources to keep in step. A binary moved off the machine it was built on will not find it;
/// `CASEMARK_SAMPLE_CASES` then says where it is.
enum SampleCopy {
    static func source(_ demo: Demo = .adult, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let given = environment[demo.environmentVariable], !given.isEmpty { return given }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Open
            .deletingLastPathComponent()  // CasemarkCommands
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // the package
            .appendingPathComponent(demo.folder).path
    }

    static func destination(_ demo: Demo = .adult, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var base = environment["XDG_DATA_HOME"] ?? ""
        // The XDG rule: a relative value is ignored.
        if !base.hasPrefix("/") {
            base = (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        }
        return (base as NSString).appendingPathComponent("casemark/\(demo.copyName)")
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// The working copy's path, copying SampleCases there first if there is no copy yet.
    static func prepare(_ demo: Demo = .adult, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let destination = destination(demo, environment: environment)
        let fm = FileManager.default
        if fm.fileExists(atPath: (destination as NSString).appendingPathComponent(InspectionFolder.recordFileName)) {
            return destination
        }
        let source = source(demo, environment: environment)
        guard fm.fileExists(atPath: (source as NSString).appendingPathComponent(InspectionFolder.recordFileName)) else {
            throw Problem(description: "casemark: the sample inspection was not found at \(source). Give an inspection folder (casemark open FOLDER), or set \(demo.environmentVariable) to the \(demo.folder) folder.")
        }
        let parent = (destination as NSString).deletingLastPathComponent
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // Copied beside the destination, then renamed into place: a half-made copy is never opened.
            let partial = destination + ".partial-\(getpid())"
            try? fm.removeItem(atPath: partial)
            try fm.copyItem(atPath: source, toPath: partial)
            try restrict(partial)
            if rename(partial, destination) != 0 {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(atPath: partial)
                // Another casemark may have made the copy at the same moment: use it.
                if fm.fileExists(atPath: (destination as NSString).appendingPathComponent(InspectionFolder.recordFileName)) { return destination }
                throw Problem(description: "casemark: could not make the sample copy at \(destination): \(reason)")
            }
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem(description: "casemark: could not copy the sample inspection to \(destination): \(error.localizedDescription)")
        }
        return destination
    }

    /// Folders 0700, files 0600, as every inspection folder casemark makes.
    private static func restrict(_ root: String) throws {
        let fm = FileManager.default
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root)
        guard let walker = fm.enumerator(atPath: root) else { return }
        while let relative = walker.nextObject() as? String {
            let path = (root as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isFolder)
            try fm.setAttributes([.posixPermissions: isFolder.boolValue ? 0o700 : 0o600], ofItemAtPath: path)
        }
    }
}
