import CasemarkModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `casemark export INSPECTION... --format sqlite --output FILE.db`: one SQLite database of every
/// case, answer, note, prompt, change, rating, comment and conflict of the inspections, for
/// analysts (docs/research-data.md; tables in docs/file-format.md).
///
/// The file is whole or not there: the database is built in a temporary file beside the output
/// (mode 0600, in one transaction through prepared statements, SQLite's journal off since the
/// temporary file is thrown away on any failure), flushed to disk, then renamed into place and
/// the folder flushed. An existing file is replaced only when `replacing` is given.
public enum ResearchDatabase {
    public static var schemaVersion: Int { ResearchSchema.version }

    /// Writes the database of `sources` to `output`. `madeBy` (`casemark 1.4.0`) and the time are
    /// kept in `export_info`. `progress` is told after each case.
    public static func write(
        _ sources: ResearchSources, to output: String, anonymise: Bool, replacing: Bool, madeBy: String,
        now: Date = Date(), progress: StoreProgress? = nil
    ) throws(StoreError) {
        let display = output
        let target = (output as NSString).deletingLastPathComponent.isEmpty ? "./" + output : output
        if !replacing, exists(target) {
            throw .refused(file: display, reason: "already exists; give --force to replace it, or choose another file (nothing was written)")
        }
        let folderPath = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = DurableFile.temporaryName(for: name)
        let temporaryPath = (folderPath as NSString).appendingPathComponent(temporary)
        do {
            let folder = try DurableFile.openParent(of: target, display: display)
            defer { close(folder) }
            // Made empty first, exclusively and mode 0600, so that SQLite opens a file no one
            // else can read (it would create one with the umask's mode).
            try DurableFile.writeTemporary(Data(), at: temporary, in: folder, display: display)
            var finished = false
            defer { if !finished { unlinkat(folder, temporary, 0) } }
            try build(
                sources, at: temporaryPath, display: display, anonymise: anonymise,
                about: (madeBy, ISO8601DateFormatter().string(from: now)), progress: progress)
            try flush(temporaryPath, display: display)
            if replacing {
                guard renameat(folder, temporary, folder, name) == 0 else {
                    throw StoreError.system(file: display, operation: "put the database in place", errno: errno)
                }
            } else {
                // A hard link is made only where no file is: nothing that appeared meanwhile is replaced.
                guard linkat(folder, temporary, folder, name, 0) == 0 else {
                    if errno == EEXIST {
                        throw StoreError.refused(file: display, reason: "already exists; give --force to replace it, or choose another file (nothing was written)")
                    }
                    throw StoreError.system(file: display, operation: "put the database in place", errno: errno)
                }
                unlinkat(folder, temporary, 0)
            }
            finished = true
            try DurableFile.syncFolder(folder, display: display)
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw .refused(file: display, reason: "\(error.reason); nothing was written")
        } catch {
            throw .refused(file: display, reason: "could not be written: \(error); nothing was written")
        }
    }

    private static func build(
        _ sources: ResearchSources, at path: String, display: String, anonymise: Bool,
        about: (madeBy: String, at: String), progress: StoreProgress?
    ) throws(SQLiteError) {
        let database = try SQLiteDatabase(path: path, display: display)
        // No journal and no syncing while it is built: a failure throws the whole file away, and
        // the finished file is flushed once before it is renamed into place.
        try database.execute("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
            PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;
            """)
        try database.execute("BEGIN")
        try database.execute(ResearchSchema.tables)
        let total = sources.sources.reduce(0) { $0 + $1.inspection.cases.count }
        try database.prepare("INSERT INTO export_info VALUES (?, ?, ?, ?, ?, ?)").insert(
            .int(ResearchSchema.version), .text(about.madeBy), .text(about.at), .int(sources.sources.count), .int(total),
            .int(anonymise ? 1 : 0))
        do {
            let rows = try ResearchRows(database, codes: ResearchCodes(anonymise: anonymise, caseCount: total))
            var done = 0
            for source in sources.sources {
                let before = done
                try rows.add(source.inspection, as: source.name) { n in
                    done = before + n
                    progress?(done, total)
                }
            }
        }
        try database.execute(ResearchSchema.indexes)
        try database.execute(ResearchSchema.views)
        try database.execute("PRAGMA user_version = \(ResearchSchema.version)")
        try database.execute("COMMIT")
        try database.close()
    }

    /// The finished file on disk before it is renamed into place.
    private static func flush(_ path: String, display: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw .system(file: display, operation: "reopen the finished database", errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .system(file: display, operation: "flush to disk", errno: errno) }
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
