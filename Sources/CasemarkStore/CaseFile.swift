import CasemarkModel
import Foundation

/// Reading and writing one `cases/<id>.json`.
enum CaseFile {
    static let answerWords = Judgement.allCases.map(\.rawValue)
    static let statusWords = CaseStatus.allCases.map(\.rawValue)
    static let eventWords = ["answer", "complete", "reopen"]

    /// The case in `data`, or every problem that stops it from being read. `file` is the path
    /// relative to the inspection, used in messages.
    static func decode(_ data: Data, file: String, framework: Framework? = nil) -> (Case?, [StoreProblem]) {
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
        do {
            return (try JSONCoding.decoder().decode(Case.self, from: data), problems)
        } catch let error as DecodingError {
            return (nil, problems + [DecodingProblem.problem(error, file: file, root: root)])
        } catch {
            return (nil, problems + [StoreProblem(file: file, message: "\(error)")])
        }
    }

    static func encode(_ c: Case) throws -> Data {
        try JSONCoding.encode(c)
    }

    /// Every type problem in a case file.
    private static func check(_ root: JSONValue, _ c: inout FieldChecker) {
        guard let members = c.object(root, []) else { return }
        c.unknownFields(members, known: ["schemaVersion", "id", "sample", "responsibleOfficer", "attributes", "status", "answers", "history"], [])
        c.string(root["id"], ["id"], required: true, nonEmpty: true)
        c.string(root["sample"], ["sample"], required: true, nonEmpty: true)
        if let officer = c.object(root["responsibleOfficer"], ["responsibleOfficer"]) {
            c.unknownFields(officer, known: ["name", "grade"], ["responsibleOfficer"])
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
        if let history = c.list(root["history"], ["history"]) {
            for (index, entry) in history.enumerated() {
                let path = ["history", String(index)]
                guard let fields = c.object(entry, path) else { continue }
                c.unknownFields(fields, known: ["event", "keyQuestion", "previous", "value", "by", "at", "reason"], path)
                c.choice(entry["event"], path + ["event"], eventWords, required: true)
                c.string(entry["keyQuestion"], path + ["keyQuestion"], required: false)
                for key in ["previous", "value"] {
                    if let value = entry[key], value != .null { checkAnswer(value, path + [key], &c) }
                }
                c.string(entry["by"], path + ["by"], required: true)
                c.string(entry["at"], path + ["at"], required: true)
                c.string(entry["reason"], path + ["reason"], required: false)
            }
        }
    }

    private static func checkAnswer(_ value: JSONValue, _ path: [String], _ c: inout FieldChecker) {
        guard let fields = c.object(value, path) else { return }
        c.unknownFields(fields, known: ["answer", "note", "prompts", "by", "at"], path)
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
