import CasemarkModel
import Foundation

/// Reading and writing one `cases/<id>.json`.
enum CaseFile {
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
        if let problem = SchemaVersionCheck.problem(root, file: file, supported: Case.newestReadableSchemaVersion) {
            return (nil, [problem])
        }
        var checker = FieldChecker(file: file)
        // Every type problem, by the fields `CaseFileFields` declares.
        CaseFileFields.case.check(root, [], required: true, &checker)
        // Checks against the framework leave the case usable (its data is kept and shown); an
        // unknown sample or a type error does not.
        var findings = CaseChecks.Findings()
        if let framework { findings = CaseChecks.check(root, file: file, framework: framework) }
        let problems = checker.problems + findings.problems
        if findings.unknownSample || checker.problems.contains(where: \.isError) { return (nil, problems) }
        // Every field's type is checked, so the case is built from the parsed file directly
        // (parsing it a second time with JSONDecoder doubled the time to open an inspection).
        if let c = build(root) {
            // A history a merge cannot trust is refused, each break named (see `HistoryGraph`).
            let breaks = HistoryGraph.breaks(of: c, in: framework.map(HistoryGraph.Vocabulary.init))
            if !breaks.isEmpty { return (nil, problems + breaks.map { StoreProblem(file: file, historyBreak: $0) }) }
            return (c, problems)
        }
        return (nil, problems + [StoreProblem(file: file, message: "cannot be read as a case")])
    }

    /// The case from a parsed file whose types the checker found sound; nil if they are not.
    static func build(_ root: JSONValue) -> Case? {
        CaseFileFields.case.build(root)?.givingChangesIDs()
    }

    /// The file's bytes: what `JSONCoding.encode` would write, written by hand (see `JSONFileWriter`).
    static func encode(_ c: Case) throws -> Data {
        bytes(c)
    }

    /// The same, for callers that cannot fail.
    static func bytes(_ c: Case) -> Data {
        JSONFileWriter.encode(c, CaseFileFields.case, capacity: 4096 + 600 * (c.answers.count + c.history.count))
    }
}
