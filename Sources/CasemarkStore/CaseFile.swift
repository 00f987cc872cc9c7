import CasemarkModel
import Foundation

/// Reading and writing one `cases/<id>.json`.
enum CaseFile {
    static let answerWords = Judgement.allCases.map(\.rawValue)
    static let statusWords = CaseStatus.allCases.map(\.rawValue)
    static let eventWords = ["answer", "complete", "reopen"]
    private static let caseFields: Set<String> = ["schemaVersion", "id", "sample", "responsibleOfficer", "attributes", "status", "answers", "conflicts", "history", "comments"]
    private static let officerFields: Set<String> = ["name", "grade"]
    private static let historyFields: Set<String> = ["id", "replaces", "event", "keyQuestion", "previous", "value", "by", "at", "reason"]
    private static let answerFields: Set<String> = ["answer", "note", "prompts", "by", "at"]
    private static let commentFields: Set<String> = ["id", "kind", "thread", "keyQuestion", "text", "by", "at"]
    static let commentKinds = ["comment", "reply", "resolve", "reopen"]

    /// The case in `data`, or every problem that stops it from being read. `file` is the path
    /// relative to the inspection, used in messages.
    static func decode(_ data: Data, file: String, framework: Framework? = nil) -> (Case?, [StoreProblem]) {
        guard let framework else { return decodeCarefully(data, file: file, framework: nil) }
        return decode(data, file: file, reader: PlainCaseReader(framework: framework))
    }

    /// The same, with a reader made once for many files of one framework.
    static func decode(_ data: Data, file: String, reader: PlainCaseReader) -> (Case?, [StoreProblem]) {
        if let c = data.withUnsafeBytes({ reader.read($0) }) { return (c, []) }
        return decodeCarefully(data, file: file, framework: reader.framework)
    }

    /// Every field checked on its own, so that each problem is found and named; slow, but only
    /// for files that are not plain (see `PlainCaseReader`).
    static func decodeCarefully(_ data: Data, file: String, framework: Framework?) -> (Case?, [StoreProblem]) {
        let root: JSONValue
        do {
            root = try JSONReader.parse([UInt8](data))
        } catch let error as JSONSyntaxError {
            return (nil, [StoreProblem(file: file, message: error.description)])
        } catch {
            return (nil, [StoreProblem(file: file, message: "\(error)")])
        }
        if let problem = SchemaVersionCheck.problem(root, file: file, supported: Case.supportedSchemaVersion) {
            return (nil, [problem])
        }
        var checker = FieldChecker(file: file)
        check(root, &checker)
        // Checks against the framework leave the case usable (its data is kept and shown); an
        // unknown sample or a type error does not.
        var findings = CaseChecks.Findings()
        if let framework { findings = CaseChecks.check(root, file: file, framework: framework) }
        let problems = checker.problems + findings.problems
        if findings.unknownSample || checker.problems.contains(where: \.isError) { return (nil, problems) }
        // Every field's type is checked, so the case is built from the parsed file directly
        // (parsing it a second time with JSONDecoder doubled the time to open an inspection).
        if let c = build(root) { return (c, problems) }
        return (nil, problems + [StoreProblem(file: file, message: "cannot be read as a case")])
    }

    /// The case from a parsed file whose types `check` found sound; nil if they are not.
    static func build(_ root: JSONValue) -> Case? {
        guard let version = root["schemaVersion"]?.integer, case .string(let id)? = root["id"],
            case .string(let sample)? = root["sample"], let officer = root["responsibleOfficer"],
            case .string(let name)? = officer["name"]
        else { return nil }
        var c = Case(
            id: id, sample: sample, responsibleOfficer: ResponsibleOfficer(name: name, grade: text(officer["grade"])),
            schemaVersion: version)
        if case .object(let attributes)? = root["attributes"] {
            for (key, value) in attributes {
                guard case .string(let text) = value else { return nil }
                c.attributes[key] = text
            }
        }
        if let status = text(root["status"]) {
            guard let parsed = CaseStatus(rawValue: status) else { return nil }
            c.status = parsed
        }
        if case .object(let answers)? = root["answers"] {
            for (key, value) in answers {
                guard let answer = answer(value) else { return nil }
                c.answers[key] = answer
            }
        }
        if case .object(let conflicts)? = root["conflicts"] {
            for (field, ids) in conflicts {
                guard let ids = strings(ids) else { return nil }
                c.conflicts[field] = ids
            }
        }
        if case .array(let entries)? = root["history"] {
            for entry in entries {
                guard let event = text(entry["event"]).flatMap(HistoryEntry.Event.init(rawValue:)),
                    let by = text(entry["by"]), let at = text(entry["at"])
                else { return nil }
                var previous: Answer?
                var value: Answer?
                if let raw = entry["previous"], raw != .null {
                    guard let parsed = answer(raw) else { return nil }
                    previous = parsed
                }
                if let raw = entry["value"], raw != .null {
                    guard let parsed = answer(raw) else { return nil }
                    value = parsed
                }
                var replaces: [String] = []
                if let raw = entry["replaces"] {
                    guard let ids = strings(raw) else { return nil }
                    replaces = ids
                }
                c.history.append(HistoryEntry(
                    event: event, keyQuestion: text(entry["keyQuestion"]), previous: previous, value: value,
                    by: by, at: at, reason: text(entry["reason"]), id: text(entry["id"]) ?? "", replaces: replaces))
            }
        }
        if case .array(let entries)? = root["comments"] {
            for entry in entries {
                guard let id = text(entry["id"]), let kind = text(entry["kind"]).flatMap(CommentEntry.Kind.init(rawValue:)),
                    let by = text(entry["by"]), let at = text(entry["at"])
                else { return nil }
                c.comments.append(CommentEntry(
                    id: id, kind: kind, thread: text(entry["thread"]), keyQuestion: text(entry["keyQuestion"]),
                    text: text(entry["text"]) ?? "", by: by, at: at))
            }
        }
        return c.givingChangesIDs()
    }

    private static func strings(_ value: JSONValue) -> [String]? {
        guard case .array(let items) = value else { return nil }
        var result: [String] = []
        for item in items {
            guard let text = text(item) else { return nil }
            result.append(text)
        }
        return result
    }

    private static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    private static func answer(_ value: JSONValue) -> Answer? {
        guard case .object = value else { return nil }
        var judgement: Judgement?
        if let raw = text(value["answer"]) {
            guard let parsed = Judgement(rawValue: raw) else { return nil }
            judgement = parsed
        }
        var prompts: [String] = []
        if case .array(let items)? = value["prompts"] {
            for item in items {
                guard let prompt = text(item) else { return nil }
                prompts.append(prompt)
            }
        }
        return Answer(answer: judgement, note: text(value["note"]) ?? "", prompts: prompts, by: text(value["by"]), at: text(value["at"]))
    }

    /// The file's bytes: what `JSONCoding.encode` would write, written by hand (see `CaseJSONWriter`).
    static func encode(_ c: Case) throws -> Data {
        CaseJSONWriter.encode(c)
    }

    /// Every type problem in a case file.
    private static func check(_ root: JSONValue, _ c: inout FieldChecker) {
        guard let members = c.object(root, []) else { return }
        c.unknownFields(members, known: caseFields, [])
        c.string(root["id"], ["id"], required: true, nonEmpty: true)
        c.string(root["sample"], ["sample"], required: true, nonEmpty: true)
        if let officer = c.object(root["responsibleOfficer"], ["responsibleOfficer"]) {
            c.unknownFields(officer, known: officerFields, ["responsibleOfficer"])
            c.string(root["responsibleOfficer"]?["name"], ["responsibleOfficer", "name"], required: true, nonEmpty: true)
            c.string(root["responsibleOfficer"]?["grade"], ["responsibleOfficer", "grade"], required: false)
        }
        if let attributes = c.object(root["attributes"], ["attributes"], required: false) {
            for (key, value) in attributes {
                c.string(value, ["attributes", key], required: true)
            }
        }
        c.choice(root["status"], ["status"], statusWords, required: false)
        if let answers = c.object(root["answers"], ["answers"], required: false) {
            for (key, value) in answers {
                checkAnswer(value, ["answers", key], &c)
            }
        }
        if let conflicts = c.object(root["conflicts"], ["conflicts"], required: false) {
            for (field, ids) in conflicts {
                checkStrings(ids, ["conflicts", field], required: true, &c)
            }
        }
        if let history = c.list(root["history"], ["history"]) {
            for (index, entry) in history.enumerated() {
                let path = ["history", String(index)]
                guard let fields = c.object(entry, path) else { continue }
                c.unknownFields(fields, known: historyFields, path)
                c.choice(entry["event"], path + ["event"], eventWords, required: true)
                c.string(entry["id"], path + ["id"], required: false)
                checkStrings(entry["replaces"], path + ["replaces"], required: false, &c)
                c.string(entry["keyQuestion"], path + ["keyQuestion"], required: false)
                for key in ["previous", "value"] {
                    if let value = entry[key], value != .null { checkAnswer(value, path + [key], &c) }
                }
                c.string(entry["by"], path + ["by"], required: true)
                c.string(entry["at"], path + ["at"], required: true)
                c.string(entry["reason"], path + ["reason"], required: false)
            }
        }
        checkComments(root, &c)
    }

    /// QA comments: each entry with its id, kind, who and when; a reply, resolving or reopening
    /// names its thread.
    private static func checkComments(_ root: JSONValue, _ c: inout FieldChecker) {
        guard let comments = c.list(root["comments"], ["comments"]) else { return }
        for (index, entry) in comments.enumerated() {
            let path = ["comments", String(index)]
            guard let fields = c.object(entry, path) else { continue }
            c.unknownFields(fields, known: commentFields, path)
            c.string(entry["id"], path + ["id"], required: true, nonEmpty: true)
            let kind = c.choice(entry["kind"], path + ["kind"], commentKinds, required: true)
            c.string(entry["thread"], path + ["thread"], required: kind != nil && kind != "comment", nonEmpty: true)
            c.string(entry["keyQuestion"], path + ["keyQuestion"], required: false)
            c.string(entry["text"], path + ["text"], required: kind == "comment" || kind == "reply", nonEmpty: kind == "comment" || kind == "reply")
            c.string(entry["by"], path + ["by"], required: true)
            c.string(entry["at"], path + ["at"], required: true)
        }
    }

    /// A list of texts (change ids).
    private static func checkStrings(_ value: JSONValue?, _ path: [String], required: Bool, _ c: inout FieldChecker) {
        guard value != nil || required else { return }
        if let items = c.list(value, path) {
            for (index, item) in items.enumerated() {
                c.string(item, path + [String(index)], required: true)
            }
        }
    }

    private static func checkAnswer(_ value: JSONValue, _ path: [String], _ c: inout FieldChecker) {
        guard let fields = c.object(value, path) else { return }
        c.unknownFields(fields, known: answerFields, path)
        c.choice(value["answer"], path + ["answer"], answerWords, required: false, nullable: true)
        c.string(value["note"], path + ["note"], required: false)
        if let prompts = c.list(value["prompts"], path + ["prompts"]) {
            for (index, prompt) in prompts.enumerated() {
                c.string(prompt, path + ["prompts", String(index)], required: true)
            }
        }
        c.string(value["by"], path + ["by"], required: false)
        c.string(value["at"], path + ["at"], required: false)
    }
}
