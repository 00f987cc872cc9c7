import CasemarkModel

/// How one kind of value in a case file or `inspection.json` (a text, a word from a vocabulary,
/// a list, an object…) is written, read by the quick reader, checked by the careful checker and
/// built from a checked parse. Each file's fields are declared once, in `CaseFileFields` and
/// `RecordFileFields`, from these kinds; the writer, the readers and the checker all work from
/// those tables, so a field cannot be known to one of them and missing from another.
struct FileValue<Value: Sendable>: Sendable {
    /// Writes the value after its key.
    let write: @Sendable (inout JSONFileWriter, Value) -> Void
    /// The quick reader's value, or nil when it is not plain (the careful path then says why).
    let read: @Sendable (inout ByteCursor) -> Value?
    /// Every problem of the value at `path`; `required`: whether a missing value is a problem.
    let check: @Sendable (_ value: JSONValue?, _ path: [String], _ required: Bool, inout FieldChecker) -> Void
    /// The value from a parse the checker found sound; nil if it is not.
    let build: @Sendable (JSONValue) -> Value?
    /// For `text`: whether it must have something other than white space. The quick reader
    /// reads text fields without calling through `read` (see `FileField.QuickRead`).
    let textMustHaveText: Bool?

    init(
        write: @escaping @Sendable (inout JSONFileWriter, Value) -> Void, read: @escaping @Sendable (inout ByteCursor) -> Value?,
        check: @escaping @Sendable (_ value: JSONValue?, _ path: [String], _ required: Bool, inout FieldChecker) -> Void,
        build: @escaping @Sendable (JSONValue) -> Value?, textMustHaveText: Bool? = nil
    ) {
        self.write = write
        self.read = read
        self.check = check
        self.build = build
        self.textMustHaveText = textMustHaveText
    }

    /// The same value where nil may stand (an optional property): the writer is only given a
    /// value there, and the checker never asks for it.
    var optional: FileValue<Value?> {
        FileValue<Value?>(
            // An optional field is declared with `leftOutWhen: nil`, so nil never reaches here;
            // if it did, `null` is what the file would mean.
            write: { writer, value in
                if let value { write(&writer, value) } else { writer.null() }
            },
            read: { cursor in
                guard let value = read(&cursor) else { return nil }
                return .some(value)
            },
            check: { value, path, _, c in check(value, path, false, &c) },
            build: { build($0).map { .some($0) } })
    }
}

extension FileValue where Value == String {
    /// Text; `nonEmpty`: something other than white space.
    static func text(nonEmpty: Bool = false) -> FileValue {
        FileValue(
            write: { $0.string($1) },
            read: { cursor in
                guard let text = cursor.string(), !nonEmpty || hasText(text) else { return nil }
                return text
            },
            check: { value, path, required, c in c.string(value, path, required: required, nonEmpty: nonEmpty) },
            build: { if case .string(let text) = $0 { return text } else { return nil } },
            textMustHaveText: nonEmpty)
    }

    /// FieldChecker's test for a required text: something other than white space.
    static func hasText(_ text: String) -> Bool {
        // A printable ASCII first byte is a character that is not white space.
        if let first = text.utf8.first, first > 0x20, first < 0x7F { return true }
        return text.contains { !$0.isWhitespace }
    }
}

extension FileValue where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One word of a fixed vocabulary (the type's raw values); `nullable`: `null` is accepted
    /// as no value by the careful checker.
    static func word(nullable: Bool = false) -> FileValue {
        let words = Value.allCases.map { (bytes: Array($0.rawValue.utf8), value: $0) }
        let allowed = Value.allCases.map(\.rawValue)
        return FileValue(
            write: { $0.string($1.rawValue) },
            read: { cursor in
                guard let raw = cursor.rawString() else { return nil }
                search: for word in words where word.bytes.count == raw.count {
                    for offset in 0..<raw.count where word.bytes[offset] != raw[offset] { continue search }
                    return word.value
                }
                return nil
            },
            check: { value, path, required, c in c.choice(value, path, allowed, required: required, nullable: nullable) },
            build: { if case .string(let text) = $0 { return Value(rawValue: text) } else { return nil } })
    }
}

extension FileValue where Value == [String] {
    /// A list of texts (prompt ids, change ids). A `null` list is passed over by the checker, as
    /// every optional list is, and refused by the builder.
    static let texts = FileValue.list(.text())
}

extension FileValue {
    /// A list, each item of `item`'s kind. `refusingNull`: the checker refuses `null` in its
    /// place (as it does in `inspection.json`'s `conflicts`) rather than passing it over.
    static func list<Item>(_ item: FileValue<Item>, refusingNull: Bool = false) -> FileValue where Value == [Item] {
        FileValue(
            write: { writer, items in
                writer.open(UInt8(ascii: "["), empty: items.isEmpty)
                for (index, element) in items.enumerated() {
                    writer.element(first: index == 0)
                    item.write(&writer, element)
                }
                writer.close(UInt8(ascii: "]"))
            },
            read: { cursor in
                guard cursor.take(UInt8(ascii: "[")) else { return nil }
                var items: [Item] = []
                if cursor.take(UInt8(ascii: "]")) { return items }
                while true {
                    guard let read = item.read(&cursor) else { return nil }
                    items.append(read)
                    guard let more = cursor.next(UInt8(ascii: "]")) else { return nil }
                    if !more { return items }
                }
            },
            check: { value, path, _, c in
                guard let items = c.list(value, path, required: refusingNull && value != nil) else { return }
                for (index, element) in items.enumerated() { item.check(element, path + [String(index)], true, &c) }
            },
            build: { value in
                guard case .array(let elements) = value else { return nil }
                var items: [Item] = []
                items.reserveCapacity(elements.count)
                for element in elements {
                    guard let read = item.build(element) else { return nil }
                    items.append(read)
                }
                return items
            })
    }

    /// An object whose names are free (attribute names, key question ids, fields in conflict),
    /// each value of `item`'s kind; written in the order of the names' UTF-8 bytes.
    static func map<Item>(_ item: FileValue<Item>) -> FileValue where Value == [String: Item] {
        FileValue(
            write: { writer, map in
                let sorted = map.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                writer.open(UInt8(ascii: "{"), empty: sorted.isEmpty)
                for (index, (key, element)) in sorted.enumerated() {
                    writer.key(key, first: index == 0)
                    item.write(&writer, element)
                }
                writer.close(UInt8(ascii: "}"))
            },
            read: { cursor in
                guard cursor.take(UInt8(ascii: "{")) else { return nil }
                var map: [String: Item] = [:]
                if cursor.take(UInt8(ascii: "}")) { return map }
                while true {
                    guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")), let read = item.read(&cursor) else { return nil }
                    // A second member with the same name (as Swift compares names, like the careful reader).
                    guard map.updateValue(read, forKey: key) == nil else { return nil }
                    guard let more = cursor.next(UInt8(ascii: "}")) else { return nil }
                    if !more { return map }
                }
            },
            check: { value, path, required, c in
                guard let members = c.object(value, path, required: required) else { return }
                for (key, element) in members { item.check(element, path + [key], true, &c) }
            },
            build: { value in
                guard case .object(let members) = value else { return nil }
                var map: [String: Item] = [:]
                for (key, element) in members {
                    guard let read = item.build(element) else { return nil }
                    map[key] = read
                }
                return map
            })
    }

    /// An object with fixed fields: `object`'s.
    static func object(_ object: FileObject<Value>) -> FileValue {
        FileValue(
            write: { object.write($1, to: &$0) },
            read: { object.read(&$0) },
            check: { value, path, required, c in object.check(value, path, required: required, &c) },
            build: { object.build($0) })
    }
}

extension FileValue where Value == Int {
    /// A whole number. Only `inspection.json` has any besides the version, and it is read
    /// carefully only (one file): the quick reader never meets one.
    static let integer = FileValue(
        write: { $0.number($1) },
        read: { _ in nil },
        check: { value, path, required, c in c.integer(value, path, required: required) },
        build: { $0.integer })

    /// The layout's version: a whole number this build reads (at most `newest`). The careful
    /// path checks it first of all (`SchemaVersionCheck`), with its own message.
    static func schemaVersion(upTo newest: Int) -> FileValue {
        FileValue(
            write: { $0.number($1) },
            read: { cursor in
                guard let number = cursor.smallPositiveInteger(), number <= newest else { return nil }
                return number
            },
            check: { _, _, _, _ in },
            build: { $0.integer })
    }
}

/// One field of an object in a case file or `inspection.json`: its name in the file and the
/// property it holds.
struct FileField<Record: Sendable>: Sendable {
    let name: String
    let utf8: [UInt8]
    /// Must be there (and not `null`) for the record to be read.
    let required: Bool
    /// The builder takes `null` for "not there" (else it cannot build the record).
    let nullable: Bool
    /// Whether the writer writes the field for this record (a nil, or an empty list left out).
    let isWritten: @Sendable (Record) -> Bool
    let write: @Sendable (inout JSONFileWriter, Record) -> Void
    fileprivate(set) var read: QuickRead
    /// Every problem of the field in its parsed object `parent`, at `path` (the object's).
    let check: @Sendable (_ parent: JSONValue, _ path: [String], inout FieldChecker) -> Void
    /// Sets the property from the field's value (there and not `null`); false if unsound.
    let build: @Sendable (JSONValue, inout Record) -> Bool

    /// How the quick reader reads the field. Texts, most of a case file's fields, are read in
    /// `FileObject.read` itself: through two closures each, opening 10,000 cases took a fifth
    /// more processor time than the reader written out by hand.
    ///
    /// A text is set at its offset in the record (`MemoryLayout.offset(of:)`, which every stored
    /// property of a struct has) rather than through its key path: the key path objects are
    /// shared by the threads that read an inspection's files together, and counting references
    /// to them from both cores at once cost more than the reading.
    enum QuickRead {
        case text(offset: Int, mustHaveText: Bool)
        case optionalText(offset: Int, mustHaveText: Bool)
        /// Reads the value into the record; false: not plain.
        case value(@Sendable (inout ByteCursor, inout Record) -> Bool)
    }

    /// A property that always has a value. `leftOutWhen`: the writer leaves the field out for
    /// such a value (which must be the empty record's, so reading it back gives the same).
    /// `check` replaces the value's own check, for a rule that depends on other fields.
    static func field<Value>(
        _ name: String, _ property: WritableKeyPath<Record, Value> & Sendable, _ value: FileValue<Value>, required: Bool = false,
        leftOutWhen: (@Sendable (Value) -> Bool)? = nil, nullable: Bool = true,
        check: (@Sendable (_ parent: JSONValue, _ path: [String], inout FieldChecker) -> Void)? = nil
    ) -> FileField {
        var read = QuickRead.value { cursor, record in
            guard let read = value.read(&cursor) else { return false }
            record[keyPath: property] = read
            return true
        }
        if let mustHaveText = value.textMustHaveText, let text = property as? WritableKeyPath<Record, String>,
            let offset = MemoryLayout<Record>.offset(of: text)
        {
            read = .text(offset: offset, mustHaveText: mustHaveText)
        }
        return FileField(
            name: name, utf8: Array(name.utf8), required: required, nullable: nullable,
            isWritten: { record in leftOutWhen.map { !$0(record[keyPath: property]) } ?? true },
            write: { value.write(&$0, $1[keyPath: property]) },
            read: read,
            check: check ?? { parent, path, c in value.check(parent[name], path + [name], required, &c) },
            build: { raw, record in
                guard let built = value.build(raw) else { return false }
                record[keyPath: property] = built
                return true
            })
    }

    /// A property that may be nil: left out of the file when it is, and a `null` read as nil by
    /// the careful path (the quick reader leaves `null` to it).
    static func optional<Value>(
        _ name: String, _ property: WritableKeyPath<Record, Value?> & Sendable, _ value: FileValue<Value>,
        check: (@Sendable (_ parent: JSONValue, _ path: [String], inout FieldChecker) -> Void)? = nil
    ) -> FileField {
        var made = field(name, property, value.optional, leftOutWhen: { $0 == nil }, check: check)
        if let mustHaveText = value.textMustHaveText, let text = property as? WritableKeyPath<Record, String?>,
            let offset = MemoryLayout<Record>.offset(of: text)
        {
            made.read = .optionalText(offset: offset, mustHaveText: mustHaveText)
        }
        return made
    }
}

/// An object with fixed fields (a case, its officer, an answer, a history or comment entry, the
/// record of `inspection.json`, a recorded rating, a rating change):
/// its fields in the order the checker reports them, the record they are read into, and the
/// rules across fields the quick reader must be sure of.
struct FileObject<Record: Sendable>: Sendable {
    let fields: [FileField<Record>]
    /// The record before any field is read: every field not in the file keeps its value here.
    let empty: Record
    /// The fields' names, for the checker's unknown-field warning.
    let names: Set<String>
    /// Indexes of `fields` in the order of their names' UTF-8 bytes: the order they are written.
    private let writeOrder: [Int]
    private let requiredBits: UInt32
    /// For the quick reader, apart from `fields` so that finding a field copies no closures: the
    /// names' bytes one after another, where each starts and ends, and each field's reader.
    private let nameBytes: [UInt8]
    private let nameBounds: [(start: Int, end: Int)]
    private let readers: [FileField<Record>.QuickRead]
    /// Rules across fields, on a record read quickly (the checker has its own, in the fields'
    /// `check`): false sends the file to the careful path.
    /// Nil where there are none: calling a closure on every record read copied each one.
    private let isPlain: (@Sendable (Record) -> Bool)?

    init(_ fields: [FileField<Record>], empty: Record, isPlain: (@Sendable (Record) -> Bool)? = nil) {
        precondition(fields.count <= 32, "the quick reader keeps one bit a field")
        self.fields = fields
        self.empty = empty
        self.isPlain = isPlain
        names = Set(fields.map(\.name))
        writeOrder = fields.indices.sorted { fields[$0].utf8.lexicographicallyPrecedes(fields[$1].utf8) }
        var bits: UInt32 = 0
        for (index, field) in fields.enumerated() where field.required { bits |= 1 << UInt32(index) }
        requiredBits = bits
        var bytes: [UInt8] = []
        var bounds: [(start: Int, end: Int)] = []
        for field in fields {
            bounds.append((bytes.count, bytes.count + field.utf8.count))
            bytes += field.utf8
        }
        nameBytes = bytes
        nameBounds = bounds
        readers = fields.map(\.read)
    }

    func write(_ record: Record, to writer: inout JSONFileWriter) {
        writer.open(UInt8(ascii: "{"), empty: !fields.contains { $0.isWritten(record) })
        var first = true
        for index in writeOrder where fields[index].isWritten(record) {
            writer.key(fields[index].name, first: first)
            first = false
            fields[index].write(&writer, record)
        }
        writer.close(UInt8(ascii: "}"))
    }

    /// The quick reader: every field known, none twice, every required one there, nothing else.
    func read(_ cursor: inout ByteCursor) -> Record? {
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var record = empty
        var seen: UInt32 = 0
        if !cursor.take(UInt8(ascii: "}")) {
            while true {
                guard let key = cursor.key(), let index = index(of: key) else { return nil }
                let bit: UInt32 = 1 << UInt32(index)
                guard seen & bit == 0 else { return nil }
                switch readers[index] {
                case .text(let offset, let mustHaveText):
                    guard let text = cursor.string(), !mustHaveText || FileValue.hasText(text) else { return nil }
                    withUnsafeMutableBytes(of: &record) { $0.baseAddress!.advanced(by: offset).assumingMemoryBound(to: String.self).pointee = text }
                case .optionalText(let offset, let mustHaveText):
                    guard let text = cursor.string(), !mustHaveText || FileValue.hasText(text) else { return nil }
                    withUnsafeMutableBytes(of: &record) { $0.baseAddress!.advanced(by: offset).assumingMemoryBound(to: String?.self).pointee = text }
                case .value(let read):
                    guard read(&cursor, &record) else { return nil }
                }
                seen |= bit
                guard let more = cursor.next(UInt8(ascii: "}")) else { return nil }
                if !more { break }
            }
        }
        guard seen & requiredBits == requiredBits else { return nil }
        if let isPlain, !isPlain(record) { return nil }
        return record
    }

    @inline(__always)
    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        nameBytes.withUnsafeBufferPointer { names in
            search: for (index, bounds) in nameBounds.enumerated() where bounds.end - bounds.start == key.count {
                // Names are short: a loop here costs less than a call to memcmp.
                for offset in 0..<key.count where names[bounds.start + offset] != key[offset] { continue search }
                return index
            }
            return nil
        }
    }

    /// The careful checker: the object, unknown fields (a warning), then each field in order.
    func check(_ value: JSONValue?, _ path: [String], required: Bool, _ c: inout FieldChecker) {
        guard let members = c.object(value, path, required: required), let value else { return }
        c.unknownFields(members, known: names, path)
        for field in fields { field.check(value, path, &c) }
    }

    /// The record from a parse whose types were checked; nil if they are not sound.
    func build(_ value: JSONValue) -> Record? {
        guard case .object = value else { return nil }
        var record = empty
        for field in fields {
            guard let raw = value[field.name], raw != .null else {
                if field.required || (value[field.name] != nil && !field.nullable) { return nil }
                continue
            }
            guard field.build(raw, &record) else { return nil }
        }
        return record
    }
}
