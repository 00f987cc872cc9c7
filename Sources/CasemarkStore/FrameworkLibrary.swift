import CasemarkModel
import Foundation

/// The frameworks casemark knows: the bundled 2018 HMIP framework, and any framework file given
/// with `casemark new --framework FILE` (copied into the inspection as `framework.json`).
public enum FrameworkLibrary {
    /// The id of the framework new inspections use unless told otherwise.
    public static let defaultID = "hmip-probation-2018"

    /// The bundled resource's file name, used in messages.
    static let bundledFileName = "hmip-2018.json"

    /// The bundled frameworks' ids.
    public static var bundledIDs: [String] { [defaultID] }

    /// The bundled 2018 framework, decoded and checked.
    public static func bundled() throws -> Framework { try bundledOnce.get() }

    /// Read and checked once a process: `report --across` opens fifty inspections of the bundled
    /// framework, and decoding it each time was a tenth of the report's time.
    private static let bundledOnce: Result<Framework, StoreError> = {
        do {
            return .success(try readBundled())
        } catch let error as StoreError {
            return .failure(error)
        } catch {
            return .failure(.problems([StoreProblem(file: bundledFileName, message: "cannot be read: \(error)")]))
        }
    }()

    private static func readBundled() throws -> Framework {
        guard let url = Bundle.module.url(forResource: "hmip-2018", withExtension: "json") else {
            throw StoreError.problems([StoreProblem(file: bundledFileName, message: "the bundled framework is missing from this build")])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError.problems([StoreProblem(file: bundledFileName, message: "cannot be read: \(error.localizedDescription)")])
        }
        return try decode(data, file: bundledFileName)
    }

    /// A bundled framework by id, or nil when there is none with that id.
    public static func framework(id: String) throws -> Framework? {
        guard bundledIDs.contains(id) else { return nil }
        return try bundled()
    }

    /// A framework file, decoded and checked; every problem is reported at once where it can be.
    /// `display` names the file in messages (defaults to the path as given).
    public static func load(file path: String, display: String? = nil) throws -> Framework {
        let name = display ?? path
        guard let data = try DurableFile.read(path, display: name, following: true) else {
            throw StoreError.problems([StoreProblem(file: name, message: "no such file; expected a framework JSON file")])
        }
        return try decode(data, file: name)
    }

    /// Decodes and checks framework JSON. Throws `StoreError.problems` naming the file, the
    /// field path and what was expected.
    public static func decode(_ data: Data, file: String) throws -> Framework {
        let root: JSONValue
        do {
            root = try JSONReader.parse([UInt8](data))
        } catch {
            throw StoreError.problems([StoreProblem(file: file, message: "\(error)")])
        }
        if let problem = SchemaVersionCheck.problem(root, file: file, supported: Framework.supportedSchemaVersion) {
            throw StoreError.problems([problem])
        }
        let framework: Framework
        do {
            framework = try JSONCoding.decoder().decode(Framework.self, from: data)
        } catch let error as DecodingError {
            throw StoreError.problems([DecodingProblem.problem(error, file: file, root: root)])
        }
        let problems = framework.problems()
        if !problems.isEmpty {
            throw StoreError.problems(problems.map { StoreProblem(file: file, field: dotted($0.field), message: $0.message) })
        }
        return framework
    }

    /// `standards[4].keyQuestions[0].id` → `standards.4.keyQuestions.0.id`, the form every other
    /// message uses.
    static func dotted(_ field: String) -> String {
        field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
    }
}
