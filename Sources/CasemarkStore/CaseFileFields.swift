import CasemarkModel

/// The case file's fields, declared once: each object's fields with their names in the file,
/// the property each holds, its kind and whether it may be left out. The writer
/// (`JSONFileWriter`), the quick reader (`PlainCaseReader`), the careful checker and the builder
/// (`CaseFile`) all work from these tables, so adding a field is one line here (and its meaning
/// in the model). The fields are listed in the order the checker reports problems; the writer
/// writes them in the order of their names' bytes, as `JSONEncoder` with sorted keys does.
/// Document any new field in docs/file-format.md.
enum CaseFileFields {
    static let officer = FileObject<ResponsibleOfficer>(
        [
            .field("name", \.name, .text(nonEmpty: true), required: true),
            .optional("grade", \.grade, .text()),
        ],
        empty: ResponsibleOfficer(name: ""))

    static let answer = FileObject<Answer>(
        [
            .optional("answer", \.answer, .word(nullable: true)),
            .field("note", \.note, .text()),
            .field("prompts", \.prompts, .texts),
            .optional("by", \.by, .text()),
            .optional("at", \.at, .text()),
        ],
        empty: Answer())

    static let historyEntry = FileObject<HistoryEntry>(
        [
            .field("event", \.event, .word(), required: true),
            // Version 1 files have no ids: they are given ones by `Case.givingChangesIDs`.
            .field("id", \.id, .text()),
            // Left out when empty: the first change of a field replaced nothing. (A `null` here
            // is not read as nothing replaced: the file is refused.)
            .field("replaces", \.replaces, .texts, leftOutWhen: \.isEmpty, nullable: false),
            .optional("keyQuestion", \.keyQuestion, .text()),
            .optional("previous", \.previous, .object(answer)),
            .optional("value", \.value, .object(answer)),
            .field("by", \.by, .text(), required: true),
            .field("at", \.at, .text(), required: true),
            .optional("reason", \.reason, .text()),
            // Only on an approval, and only when the quality lead wrote one (version 3).
            .optional("note", \.note, .text()),
        ],
        empty: HistoryEntry(event: .answered, by: "", at: "", id: ""))

    /// A QA comment entry: a reply, resolving or reopening names its thread; a comment and a
    /// reply have text.
    static let commentEntry = FileObject<CommentEntry>(
        [
            .field("id", \.id, .text(nonEmpty: true), required: true),
            .field("kind", \.kind, .word(), required: true),
            .optional("thread", \.thread, .text(nonEmpty: true), check: { entry, path, c in
                let kind = kindWord(entry)
                c.string(entry["thread"], path + ["thread"], required: kind != nil && kind != "comment", nonEmpty: true)
            }),
            .optional("keyQuestion", \.keyQuestion, .text()),
            .field("text", \.text, .text(), check: { entry, path, c in
                let kind = kindWord(entry)
                let needsText = kind == "comment" || kind == "reply"
                c.string(entry["text"], path + ["text"], required: needsText, nonEmpty: needsText)
            }),
            .field("by", \.by, .text(), required: true),
            .field("at", \.at, .text(), required: true),
        ],
        empty: CommentEntry(id: "", kind: .comment, text: "", by: "", at: ""),
        isPlain: { entry in
            let needsText = entry.kind == .comment || entry.kind == .reply
            return (entry.kind == .comment || entry.thread != nil) && (!needsText || FileValue.hasText(entry.text))
        })

    static let `case` = FileObject<Case>(
        [
            .field("id", \.id, .text(nonEmpty: true), required: true),
            .field("sample", \.sample, .text(nonEmpty: true), required: true),
            .field("responsibleOfficer", \.responsibleOfficer, .object(officer), required: true),
            .field("attributes", \.attributes, .map(.text())),
            .field("status", \.status, .word()),
            .field("answers", \.answers, .map(.object(answer))),
            // Left out while there is none, so that a case never merged reads as before.
            .field("conflicts", \.conflicts, .map(.texts), leftOutWhen: \.isEmpty),
            .field("history", \.history, .list(.object(historyEntry))),
            // Left out while there are none, so a case nobody commented on reads as before.
            .field("comments", \.comments, .list(.object(commentEntry)), leftOutWhen: \.isEmpty),
            .field("schemaVersion", \.schemaVersion, .schemaVersion(upTo: Case.newestReadableSchemaVersion), required: true),
        ],
        empty: Case(id: "", sample: "", responsibleOfficer: ResponsibleOfficer(name: ""), schemaVersion: 0))

    /// The comment's kind as the checker found it: one of the words, or nil.
    private static func kindWord(_ entry: JSONValue) -> String? {
        guard case .string(let kind)? = entry["kind"], CommentEntry.Kind(rawValue: kind) != nil else { return nil }
        return kind
    }
}
