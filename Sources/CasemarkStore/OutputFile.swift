import Foundation

/// A file a command writes at the user's request (`report --output`, `export --output`): checked
/// first so that it can never be the data it was made from, then written like every file casemark
/// writes (temporary file, fsync, rename, fsync the folder; mode 0600, since it holds case data).
/// A refused or failed write leaves whatever was at the path untouched.
public enum OutputFile {
    /// Refuses an output path that is, or is inside, what the command reads: the CSV being
    /// reported, an inspection folder's `inspection.json` or anything under its `cases/`; a folder;
    /// or a path whose folder does not exist. `inputs` are the files or folders read.
    public static func check(_ output: String, against inputs: [String]) throws(StoreError) {
        let target = resolved(output)
        for input in inputs {
            let source = resolved(input)
            if target == source {
                throw .refused(file: output, reason: "is the input \(input) itself; choose another output file (nothing was written)")
            }
            if isFolder(input) {
                let record = resolved((input as NSString).appendingPathComponent(InspectionFolder.recordFileName))
                let cases = resolved((input as NSString).appendingPathComponent(InspectionFolder.casesFolderName))
                if target == record || target == cases || target.hasPrefix(cases + "/") {
                    throw .refused(file: output, reason: "is part of the inspection \(input) being read; choose a file outside its inspection.json and cases/ (nothing was written)")
                }
            }
        }
        if isFolder(output) {
            throw .refused(file: output, reason: "is a folder; expected a file name such as \((output as NSString).appendingPathComponent("report.txt")) (nothing was written)")
        }
        let parent = (target as NSString).deletingLastPathComponent
        if !parent.isEmpty, !isFolder(parent) {
            throw .refused(file: output, reason: "its folder \(parent) does not exist; create it first or choose another place (nothing was written)")
        }
    }

    /// Writes `data` to `path` atomically and durably, mode 0600.
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        do {
            // A bare file name is in the working folder, whose fsync needs a name.
            let target = (path as NSString).deletingLastPathComponent.isEmpty ? "./" + path : path
            try DurableFile.write(data, to: target, display: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .refused(file: path, reason: "could not be written: \(error)")
        }
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
