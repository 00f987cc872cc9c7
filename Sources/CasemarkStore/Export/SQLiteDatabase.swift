import CSQLite

/// The little of SQLite's C API the research export needs: open a file, run statements, and
/// insert through prepared statements. Errors carry SQLite's own message and say plainly when
/// the disk is full. Not thread-safe: one export uses one connection on one thread.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    /// Names the file in messages (the output the user asked for, not the temporary file).
    let display: String

    init(path: String, display: String) throws(SQLiteError) {
        self.display = display
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = opened
        guard code == SQLITE_OK else {
            let error = SQLiteError(code: code, message: opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open", file: display)
            sqlite3_close(opened)
            handle = nil
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Closes the connection, so that everything written is in the file; any error is the disk's.
    func close() throws(SQLiteError) {
        guard let open = handle else { return }
        let code = sqlite3_close(open)
        guard code == SQLITE_OK else { throw error(code) }
        handle = nil
    }

    /// Runs one or more statements that return no rows (the schema, pragmas, a transaction's end).
    func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            var failure = error(code)
            if let message { failure.message = String(cString: message) }
            sqlite3_free(message)
            throw failure
        }
    }

    /// The first column of the first row of a query: `PRAGMA user_version`, a count.
    func scalar(_ sql: String) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        return try statement.firstText()
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else { throw error(code) }
        return SQLiteStatement(prepared, database: self)
    }

    func error(_ code: Int32) -> SQLiteError {
        var error = SQLiteError(code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code)), file: display)
        if let handle, code & 0xFF == SQLITE_IOERR || code & 0xFF == SQLITE_FULL { error.systemErrno = sqlite3_system_errno(handle) }
        return error
    }
}

/// A prepared statement, bound and run once per row: `insert(...)` binds its values in order.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private unowned let database: SQLiteDatabase

    fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `values` to the statement's parameters in order (nil as NULL) and runs it.
    func insert(_ values: SQLiteValue...) throws(SQLiteError) {
        try run(values)
    }

    func run(_ values: [SQLiteValue]) throws(SQLiteError) {
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case .int(let n): code = sqlite3_bind_int64(statement, index, Int64(n))
            case .text(let text):
                // Bound as UTF-8 bytes copied by SQLite; no NUL is needed, so text holding one
                // (a hostile note) is stored whole rather than cut short.
                var copy = text
                code = copy.withUTF8 { bytes -> Int32 in
                    // An empty text is '' (a null pointer would bind NULL).
                    guard let base = bytes.baseAddress, bytes.count > 0 else {
                        return sqlite3_bind_text(statement, index, "", 0, casemark_sqlite_transient())
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(statement, index, $0, Int32(bytes.count), casemark_sqlite_transient())
                    }
                }
            }
            guard code == SQLITE_OK else { throw database.error(code) }
        }
        let stepped = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard stepped == SQLITE_DONE else { throw database.error(stepped) }
    }

    fileprivate func firstText() throws(SQLiteError) -> String? {
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw database.error(code) }
        guard let text = sqlite3_column_text(statement, 0) else { return nil }
        return String(cString: text)
    }
}

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case null
    case int(Int)
    case text(String)

    static func optional(_ text: String?) -> SQLiteValue { text.map { .text($0) } ?? .null }
    static func optional(_ n: Int?) -> SQLiteValue { n.map { .int($0) } ?? .null }
}

/// SQLite refused: its code and message, with the file, in words a user can act on.
struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    var code: Int32
    var message: String
    var file: String

    /// The operating system's error behind an I/O failure (ENOSPC, EFBIG), 0 when none.
    var systemErrno: Int32 = 0

    var description: String { "\(file): \(reason)" }

    /// What went wrong, without the file's name.
    var reason: String {
        let system = systemErrno != 0 ? ": \(SystemError.message(systemErrno))" : ""
        if code & 0xFF == SQLITE_FULL {
            return "could not be written: the disk is full (SQLite: \(message)\(system))"
        }
        // SQLITE_IOERR_WRITE and SQLITE_IOERR_FSYNC (macros over expressions, not imported).
        if code == SQLITE_IOERR | (3 << 8) || code == SQLITE_IOERR | (4 << 8), systemErrno == 0 {
            return "could not be written: writing to the disk failed; is it full? (SQLite: \(message))"
        }
        return "could not be written (SQLite: \(message)\(system))"
    }
}
