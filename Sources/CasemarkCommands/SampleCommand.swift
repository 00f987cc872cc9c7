import ArgumentParser
import CasemarkModel
import CasemarkReport
import CasemarkStore
import Foundation

/// `casemark sample`: draw an inspection's case sample from the eligible caseload, in proportion
/// to its strata; or check a sample's make-up against the caseload it came from.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw the case sample from the eligible caseload, or check a sample's make-up against it.",
        discussion: """
            casemark sample --population FILE.csv --size N [--seed S] [--strata COL,COL] --into INSPECTION --provider NAME
            draws N cases from the population (one row per eligible case: case_id, \
            responsible_officer, sample and attribute columns) and creates INSPECTION with them, \
            unmarked. The places are shared among the strata (each combination of the --strata \
            columns' values) in proportion to the population, by largest remainders, and drawn at \
            random within each stratum. The same population, size, strata and seed always give \
            the same cases; without --seed one is chosen and printed, so that the draw can be \
            repeated.

            casemark sample --check INSPECTION --population FILE.csv --strata COL,COL
            prints each stratum's share of the inspection's cases beside its share of the \
            population and flags any that differ by more than 5 percentage points (exit 1 if any).

            Strata columns: sample, officer_grade, responsible_officer or any attribute column.

            The new inspection is marked against the 2018 framework unless --framework names \
            another (a built-in id or a framework file); the population's sample column holds that \
            framework's samples. For a youth justice service: --framework hmip-youth-justice-2021, \
            samples court-disposals and out-of-court-disposals, --strata sample.
            """)

    @Option(help: ArgumentHelp("The eligible caseload: a CSV file, one row per case.", valueName: "file.csv"))
    var population: String

    @Option(help: "How many cases to draw.")
    var size: Int?

    @Option(help: "The seed of the draw: the same seed, the same cases.")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Columns whose values the sample must match in proportion, comma-separated.", valueName: "col,col"))
    var strata: String?

    @Option(help: ArgumentHelp("The new inspection to create with the cases drawn.", valueName: "inspection"))
    var into: String?

    @Option(help: "The provider's name, for the new inspection.")
    var provider: String?

    @Option(help: ArgumentHelp("Check this inspection's make-up against the population instead of drawing.", valueName: "inspection"))
    var check: String?

    @Option(help: "For --check: text or json.")
    var format: CheckFormat = .text

    @Option(help: ArgumentHelp(
        "The framework the new inspection is marked against: a built-in id or a framework file.",
        valueName: "id|file"))
    var framework: String = FrameworkLibrary.defaultID

    @OptionGroup var who: InspectorOption

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    var strataColumns: [String] {
        (strata ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if check != nil {
            if size != nil || into != nil || seed != nil {
                throw ValidationError("--check compares an inspection with its population; --size, --seed and --into are for drawing a sample.")
            }
            return
        }
        guard size != nil else { throw ValidationError("Missing --size N: how many cases to draw.") }
        guard into != nil else { throw ValidationError("Missing --into INSPECTION: the new inspection to create.") }
        guard let provider, !provider.trimmed.isEmpty else {
            throw ValidationError("Missing --provider NAME: the provider inspected, as the reports name it.")
        }
    }

    func run() throws {
        if let check { return try runCheck(check) }
        guard let size, let into, let provider else { return }
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        let result: SampleDraw.Result
        let meter = ProgressMeter.onStandardError("Writing case files", unit: "cases")
        defer { meter.finish() }
        do {
            result = try PopulationSample.draw(
                populationPath: population, size: size, seed: seed, strata: strataColumns, into: into,
                provider: provider.trimmed, framework: try FrameworkLibrary.framework(idOrFile: framework), by: who.name,
                progress: { meter.update($0, of: $1) })
            meter.finish()
        } catch let error as CSVImportError {
            throw CommandFailure(Self.noSample(error))
        } catch let error as StoreError {
            throw CommandFailure("casemark: \(error)\nNo sample was drawn.")
        }
        let columns = strataColumns
        Console.out("Drew \(result.cases.count) of \(result.strata.reduce(0) { $0 + $1.population }) cases from \(population) into new inspection \(into) (provider \(provider.trimmed)), seed \(seed).")
        if !columns.isEmpty {
            for stratum in result.strata {
                Console.out("  \(stratum.label(columns: columns)): \(stratum.allocated) of \(stratum.population)")
            }
        }
        let total = result.strata.reduce(0) { $0 + $1.population }
        let needed = SampleSize.needed(population: total)
        if size < needed {
            Console.out("Note: for 80% confidence with a margin of ±5 points, \(total) eligible cases need a sample of \(needed) (see docs/drawing-the-sample.md); \(size) gives a wider margin.")
        }
        Console.out("To draw the same cases again: casemark sample --population \(population) --size \(size) --seed \(seed)\(columns.isEmpty ? "" : " --strata \(columns.joined(separator: ","))") --into FOLDER --provider NAME")
    }

    static func noSample(_ error: CSVImportError) -> String {
        "casemark: " + error.described(outcome: "No sample drawn from", retry: "try again")
    }

    private func runCheck(_ inspectionPath: String) throws {
        let columns = strataColumns
        let sample: Inspection
        let populationCases: [Case]
        do {
            let meter = ProgressMeter.onStandardError("Reading case files", unit: "cases")
            sample = try InspectionFolder.load(at: inspectionPath, progress: { meter.update($0, of: $1) }).0
            meter.finish()
            let (header, cases) = try PopulationSample.read(population, framework: sample.framework)
            try PopulationSample.checkStrata(columns, columns: header, file: population)
            populationCases = cases
        } catch let error as CSVImportError {
            throw CommandFailure("casemark: " + error.described(outcome: "No check made against", retry: "try again"))
        } catch let error as StoreError {
            throw CommandFailure("casemark: \(error)")
        }
        let check = SampleCheck(sample: sample.cases, population: populationCases, strata: columns)
        switch format {
        case .text: Console.out(Self.text(check, inspection: inspectionPath, population: population))
        case .json: Console.out(try Self.json(check))
        }
        if check.anyOff { throw ExitCode(1) }
    }

    static func text(_ check: SampleCheck, inspection: String, population: String) -> String {
        func share(_ v: Double) -> String { String(format: "%.1f%%", v) }
        func points(_ v: Double) -> String { (v > 0 ? "+" : v < 0 ? "−" : "") + String(format: "%.1f", abs(v)) }
        let label = check.columns.isEmpty ? ["Stratum"] : check.columns
        var rows = [label + ["Sample", "Share", "Population", "Share", "Diff.", ""]]
        for row in check.rows {
            rows.append(
                row.values.map { $0.isEmpty ? "(empty)" : $0 }.padded(to: label.count)
                    + ["\(row.sample)", share(row.sampleShare), "\(row.population)", share(row.populationShare),
                       points(row.difference), row.isOff ? "off by more than \(Int(SampleCheck.tolerance)) points" : ""])
        }
        let widths = (0..<rows[0].count).map { i in rows.map { $0[i].count }.max() ?? 0 }
        let lines = rows.map { cells in
            zip(cells, widths).enumerated().map { i, pair in
                let pad = String(repeating: " ", count: pair.1 - pair.0.count)
                return i >= label.count && i < label.count + 5 ? pad + pair.0 : pair.0 + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let off = check.rows.filter(\.isOff).count
        let verdict = off == 0
            ? "Every stratum's share is within \(Int(SampleCheck.tolerance)) points of the population's."
            : "\(off) stratum\(off == 1 ? "" : "s") off by more than \(Int(SampleCheck.tolerance)) points."
        return ([
            "\(inspection) (\(check.sampleSize) cases) beside \(population) (\(check.populationSize) cases), by \(check.columns.isEmpty ? "nothing (no --strata)" : check.columns.joined(separator: ", ")):",
            "",
        ] + lines + ["", verdict]).joined(separator: "\n")
    }

    /// Through JSONEncoder: the shares are decimals (to one place), with sorted keys.
    static func json(_ check: SampleCheck) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(SampleCheckJSON(check)), as: UTF8.self)
    }
}

/// The fixed JSON shape of `sample --check --format json`.
private struct SampleCheckJSON: Encodable {
    struct Row: Encodable {
        var values: [String]
        var sample: Int
        var population: Int
        var sampleShare: Double
        var populationShare: Double
        var off: Bool
    }

    var strata: [String]
    var sampleCases: Int
    var populationCases: Int
    var tolerancePoints: Double
    var rows: [Row]

    init(_ check: SampleCheck) {
        strata = check.columns
        sampleCases = check.sampleSize
        populationCases = check.populationSize
        tolerancePoints = SampleCheck.tolerance
        rows = check.rows.map {
            Row(values: $0.values, sample: $0.sample, population: $0.population,
                sampleShare: $0.sampleShare, populationShare: $0.populationShare, off: $0.isOff)
        }
    }
}

extension Array where Element == String {
    func padded(to count: Int) -> [String] { self.count >= count ? self : self + Array(repeating: "", count: count - self.count) }
}

extension SampleDraw.Stratum {
    /// "rosh=high, gender=F"; "all cases" with no strata: how `sample` names a stratum on the
    /// terminal (a display string, so the command's, not the model's).
    func label(columns: [String]) -> String {
        guard !columns.isEmpty else { return "all cases" }
        return zip(columns, values).map { "\($0)=\($1.isEmpty ? "(empty)" : $1)" }.joined(separator: ", ")
    }
}
