import CasemarkModel
import Foundation

/// `casemark sample`: the eligible caseload read from a population CSV (one row per case:
/// `case_id`, `responsible_officer`, `sample` and attribute columns, as the import reads them),
/// a sample drawn from it into a new inspection, and a sample checked against it.
public enum PopulationSample {
    /// The population's cases and its header's column names. Read as an import reads a file,
    /// with its messages; any answers in it are ignored by the draw.
    public static func read(_ path: String, framework: Framework) throws -> (columns: [String], cases: [Case]) {
        guard let data = try DurableFile.read(path, display: path) else {
            throw CSVImportError(problems: [CSVProblem(file: path, message: "no such file; expected the population: a CSV file with case_id,responsible_officer,sample and attribute columns, one row per eligible case")])
        }
        let bytes = [UInt8](data)
        let display = (path as NSString).lastPathComponent
        switch CSVImport.parse(bytes, file: display, framework: framework) {
        case .success(let cases): return (header(bytes), cases)
        case .failure(let error): throw error
        }
    }

    /// The first record's cells, trimmed (the file is known to parse by now).
    static func header(_ bytes: [UInt8]) -> [String] {
        var body = bytes
        if body.starts(with: CSVBytes.bom) { body.removeFirst(CSVBytes.bom.count) }
        guard case .success(let read) = CSVBytes.records(body), let first = read.records.first else { return [] }
        return first.map(\.trimmed)
    }

    /// Refuses strata columns the population does not have, naming the file and the columns it
    /// has. The option is at fault, not the file, so it is a refusal of the option (a StoreError),
    /// not one of the file's problems (issue 21.7: "correct the file" misled).
    public static func checkStrata(_ strata: [String], columns: [String], file: String) throws {
        let known = Set(columns.map { $0.lowercased() })
        let missing = strata.filter { !known.contains($0.lowercased()) }
        guard missing.isEmpty else {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw StoreError.refused(
                file: file,
                reason: "--strata \(strata.joined(separator: ",")): no column \(list) in the header; --strata expects column names of the population file, which has \(columns.joined(separator: ", ")); correct --strata and try again")
        }
    }

    /// Draws `size` cases from the population at `populationPath` into a new inspection at
    /// `inspectionPath` (refused if one is there), written as an import writes: all or nothing,
    /// durably. Refuses a size larger than the population or below 1.
    public static func draw(
        populationPath: String, size: Int, seed: UInt64, strata: [String], into inspectionPath: String,
        provider: String, framework: Framework, by inspector: String, at time: String = Timestamp.now(),
        progress: StoreProgress? = nil
    ) throws -> SampleDraw.Result {
        let folder = InspectionFolder(inspectionPath)
        // A draw killed part way left its marker: what it made goes, and this one starts afresh.
        try CreationMarker.clearInterrupted(at: folder.path)
        if FileManager.default.fileExists(atPath: folder.recordPath) {
            throw StoreError.refused(file: inspectionPath, reason: "already holds an inspection; sample draws into a new one (choose another folder)")
        }
        let (columns, population) = try read(populationPath, framework: framework)
        try checkStrata(strata, columns: columns, file: populationPath)
        guard size >= 1 else {
            throw StoreError.refused(file: populationPath, reason: "--size \(size): expected at least 1 case")
        }
        guard size <= population.count else {
            throw StoreError.refused(file: populationPath, reason: "--size \(size) is larger than the population (\(population.count) case\(population.count == 1 ? "" : "s")); expected at most \(population.count)")
        }
        let result = SampleDraw.draw(population, size: size, seed: seed, strata: strata)
        let existed = FileManager.default.fileExists(atPath: folder.path)
        // The creation's marker stays until the cases are on disk too (see `CreationMarker`).
        _ = try WritableInspection.createUndoably(at: folder.path, provider: provider, framework: framework, by: inspector, at: time)
        do {
            try NewCaseFiles.write(result.cases, in: folder, progress: progress)
            try CreationMarker.finish(in: folder.path)
        } catch {
            if !existed { try? FileManager.default.removeItem(atPath: folder.path) }
            throw error
        }
        return result
    }
}
