import CasemarkModel
import Foundation

/// The frameworks casemark knows: the bundled ones (HMIP's 2018 probation framework and its
/// youth justice framework), and any framework file given with `casemark new --framework FILE`
/// (copied into the inspection as `framework.json`).
public enum FrameworkLibrary {
    /// The id of the framework new inspections use unless told otherwise.
    public static let defaultID = "hmip-probation-2018"

    /// The youth justice framework's id (fixed: inspections name it).
    public static let youthJusticeID = "hmip-youth-justice-2021"

    /// Each bundled framework's id, the resource it is read from, and that resource read and
    /// checked once a process, in the order they are listed. Each is read only when asked for: an
    /// inspection of one framework never pays for decoding the others (decoding the youth
    /// framework beside the 2018 one was a tenth of validating the 30-case sample's instructions).
    static let bundledFiles: [(id: String, resource: String, once: @Sendable () -> Result<Framework, StoreError>)] = [
        (defaultID, "hmip-2018", { probationOnce }),
        (youthJusticeID, "hmip-youth-justice-2021", { youthJusticeOnce }),
    ]

    /// The bundled frameworks' ids.
    public static var bundledIDs: [String] { bundledFiles.map(\.id) }

    /// The bundled 2018 framework, decoded and checked.
    public static func bundled() throws -> Framework { try probationOnce.get() }

    /// Every bundled framework, in the order listed.
    public static func allBundled() throws -> [Framework] { try bundledFiles.map { try $0.once().get() } }

    /// Read and checked once a process: `report --across` opens fifty inspections of a bundled
    /// framework, and decoding it each time was a tenth of the report's time.
    private static let probationOnce = readBundled(resource: "hmip-2018")
    private static let youthJusticeOnce = readBundled(resource: "hmip-youth-justice-2021")

    private static func readBundled(resource: String) -> Result<Framework, StoreError> {
        do {
            return .success(try decode(try bundledData(resource: resource), file: fileName(resource)))
        } catch let error as StoreError {
            return .failure(error)
        } catch {
            return .failure(.problems([StoreProblem(file: fileName(resource), message: "cannot be read: \(error)")]))
        }
    }

    /// `hmip-2018.json`: a bundled framework's file, as messages name it.
    private static func fileName(_ resource: String) -> String { "\(resource).\(resourceExtension)" }
    private static let resourceExtension = "json"

    /// A bundled framework's file exactly as shipped: what `casemark frameworks --show` prints,
    /// the file a custom framework starts from.
    public static func bundledData(id: String) throws -> Data? {
        guard let file = bundledFiles.first(where: { $0.id == id }) else { return nil }
        return try bundledData(resource: file.resource)
    }

    private static func bundledData(resource: String) throws -> Data {
        let name = fileName(resource)
        guard let url = Bundle.module.url(forResource: resource, withExtension: resourceExtension) else {
            throw StoreError.problems([StoreProblem(file: name, message: "the bundled framework is missing from this build")])
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw StoreError.problems([StoreProblem(file: name, message: "cannot be read: \(error.localizedDescription)")])
        }
    }

    /// A bundled framework by id, or nil when there is none with that id.
    public static func framework(id: String) throws -> Framework? {
        guard let file = bundledFiles.first(where: { $0.id == id }) else { return nil }
        return try file.once().get()
    }

    /// A bundled framework's id, or else a framework file: what `--framework ID|FILE` names.
    public static func framework(idOrFile text: String) throws -> Framework {
        if let bundled = try framework(id: text) { return bundled }
        guard FileManager.default.fileExists(atPath: text) else {
            throw StoreError.problems([StoreProblem(
                file: text, message: "unknown framework: expected \(bundledIDs.joined(separator: ", ")) or the path of a framework JSON file")])
        }
        return try load(file: text)
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
