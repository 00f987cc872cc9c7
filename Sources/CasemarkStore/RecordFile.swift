import CasemarkModel
import Foundation

/// Reading `inspection.json`.
enum RecordFile {
    static func decode(_ data: Data, framework: Framework? = nil) -> (InspectionRecord?, [StoreProblem]) {
        let file = InspectionFolder.recordFileName
        let root: JSONValue
        do {
            root = try JSONReader.parse([UInt8](data))
        } catch {
            return (nil, [StoreProblem(file: file, message: "\(error)")])
        }
        if let problem = SchemaVersionCheck.problem(root, file: file, supported: InspectionRecord.supportedSchemaVersion) {
            return (nil, [problem])
        }
        var c = FieldChecker(file: file)
        if let members = c.object(root, []) {
            c.unknownFields(members, known: ["schemaVersion", "provider", "framework", "ratings", "ratingHistory", "conflicts", "createdAt", "createdBy", "secondMarkOf"], [])
            c.string(root["provider"], ["provider"], required: true, nonEmpty: true)
            c.string(root["framework"], ["framework"], required: true, nonEmpty: true)
            c.string(root["createdAt"], ["createdAt"], required: false)
            c.string(root["createdBy"], ["createdBy"], required: false)
            if let origin = c.object(root["secondMarkOf"], ["secondMarkOf"], required: false) {
                let path = ["secondMarkOf"]
                c.unknownFields(origin, known: ["inspection", "provider", "seed", "cases"], path)
                c.string(root["secondMarkOf"]?["inspection"], path + ["inspection"], required: true, nonEmpty: true)
                c.string(root["secondMarkOf"]?["provider"], path + ["provider"], required: true)
                c.integer(root["secondMarkOf"]?["seed"], path + ["seed"], required: true)
                c.integer(root["secondMarkOf"]?["cases"], path + ["cases"], required: true)
            }
            if let ratings = c.object(root["ratings"], ["ratings"], required: false) {
                for (standard, rating) in ratings {
                    checkRating(rating, ["ratings", standard], required: true, &c)
                }
            }
            if let conflicts = c.object(root["conflicts"], ["conflicts"], required: false) {
                for (field, ids) in conflicts {
                    for (i, id) in (c.list(ids, ["conflicts", field]) ?? []).enumerated() {
                        c.string(id, ["conflicts", field, String(i)], required: true)
                    }
                }
            }
            for (index, change) in (c.list(root["ratingHistory"], ["ratingHistory"]) ?? []).enumerated() {
                let path = ["ratingHistory", String(index)]
                guard let fields = c.object(change, path) else { continue }
                c.unknownFields(fields, known: ["id", "replaces", "standard", "previous", "value", "by", "at"], path)
                c.string(change["id"], path + ["id"], required: false)
                if change["replaces"] != nil, let ids = c.list(change["replaces"], path + ["replaces"]) {
                    for (i, id) in ids.enumerated() { c.string(id, path + ["replaces", String(i)], required: true) }
                }
                c.string(change["standard"], path + ["standard"], required: true, nonEmpty: true)
                checkRating(change["previous"], path + ["previous"], required: false, &c)
                checkRating(change["value"], path + ["value"], required: false, &c)
                c.string(change["by"], path + ["by"], required: true)
                c.string(change["at"], path + ["at"], required: true)
            }
        }
        if c.problems.contains(where: \.isError) { return (nil, c.problems) }
        do {
            let record = try JSONCoding.decoder().decode(InspectionRecord.self, from: data)
            // A rating history a merge cannot trust is refused, each break named (the standards
            // it names are checked once the framework is known: `framework`, or `FolderScan`).
            let breaks = HistoryGraph.breaks(of: record, in: framework.map(HistoryGraph.Vocabulary.init))
            if !breaks.isEmpty { return (nil, c.problems + breaks.map { StoreProblem(file: file, field: $0.field, message: $0.message) }) }
            return (record, c.problems)
        } catch let error as DecodingError {
            return (nil, c.problems + [DecodingProblem.problem(error, file: file, root: root)])
        } catch {
            return (nil, c.problems + [StoreProblem(file: file, message: "\(error)")])
        }
    }

    /// A recorded rating, in `ratings` or in a change in `ratingHistory`.
    private static func checkRating(_ rating: JSONValue?, _ path: [String], required: Bool, _ c: inout FieldChecker) {
        guard let fields = c.object(rating, path, required: required) else { return }
        c.unknownFields(fields, known: ["rating", "reason", "by", "at"], path)
        c.choice(rating?["rating"], path + ["rating"], Band.allCases.map(\.rawValue), required: true)
        c.string(rating?["reason"], path + ["reason"], required: true, nonEmpty: true)
        c.string(rating?["by"], path + ["by"], required: false)
        c.string(rating?["at"], path + ["at"], required: false)
    }
}
