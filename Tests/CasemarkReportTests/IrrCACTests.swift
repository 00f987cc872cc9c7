import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkReport

/// A Python virtual environment with irrCAC (Gwet's agreement coefficients, from PyPI) and scipy,
/// made by the tests for themselves under the temporary folder and kept there for the next run.
/// Nothing of casemark's own uses Python or the network; only this check does, and without the
/// registry it says it was skipped.
enum IrrCAC {
    static let version = "0.4.4"
    static let venv = (NSTemporaryDirectory() as NSString).appendingPathComponent("casemark-irrcac-\(version)-venv-\(getuid())")

    /// The venv's python, made if it is not there yet; nil (with `whyNot` said) when it cannot be.
    static let python: String? = {
        let python = venv + "/bin/python"
        if works(python) { return python }
        guard let system = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
            ?? which("python3")
        else { return nil }
        // Made beside the final place and renamed into it, so two test runs at once never use a
        // half-made one.
        let making = venv + "-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: making) }
        guard (try? ProcessRunner.run(system, ["-m", "venv", making]))?.status == 0,
            (try? ProcessRunner.run(making + "/bin/pip", [
                "install", "--quiet", "--disable-pip-version-check", "irrCAC==\(version)", "scipy",
            ]))?.status == 0
        else { return nil }
        if rename(making, venv) != 0 && !works(python) { return nil }
        return works(python) ? python : nil
    }()

    static let whyNot = "irrCAC \(version) could not be installed from PyPI into a virtual environment (no python3, or no network), so AC1 is not checked against it"

    static func works(_ python: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: python)
            && (try? ProcessRunner.run(python, ["-c", "import irrCAC.raw, scipy.stats"]))?.status == 0
    }

    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/\(name)" }.first(where: FileManager.default.isExecutableFile)
    }

    /// Runs `script` in the venv with `input` as its standard input file; its output, parsed.
    static func run(_ script: String, input: String) throws -> [[Double?]] {
        let folder = TestFolder("irrcac")
        try folder.write("check.py", script)
        try folder.write("input.txt", input)
        let run = try ProcessRunner.run(try #require(python), [folder.sub("check.py"), folder.sub("input.txt")])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").map { line in
            line.split(separator: " ").map { $0 == "nan" ? nil : Double($0) }
        }
    }
}

/// Gwet's AC1, its standard error and interval against irrCAC on random tables, and Student's t
/// against scipy (docs/moderation.md: AC1's interval as the irrCAC package computes it).
@Suite(.serialized, .enabled(if: IrrCAC.python != nil, Comment(rawValue: IrrCAC.whyNot)))
struct IrrCACTests {
    /// Random 3 × 3 tables of 2 to 80 cases, from ones where nearly everything is "yes" (the
    /// prevalence effect) to ones spread over all three answers; and some edge tables.
    static func tables(seed: UInt64) -> [AgreementTable] {
        var random = SplitMix64(seed: seed)
        var tables: [AgreementTable] = [
            AgreementTable(counts: [[0, 6, 0], [0, 0, 0], [0, 0, 0]]),  // never agree
            AgreementTable(counts: [[7, 0, 0], [0, 0, 0], [0, 0, 0]]),  // always yes
            AgreementTable(counts: [[0, 3, 2], [4, 0, 1], [1, 1, 0]]),
            AgreementTable(counts: [[18, 1, 0], [1, 0, 0], [0, 0, 0]]),
            AgreementTable(counts: [[1, 0, 0], [0, 0, 0], [0, 0, 1]]),
        ]
        for _ in 0..<300 {
            let cases = 2 + Int(random.next(below: 79))
            // Each marker's chance of each answer, and a chance of simply copying the other.
            let yes = Double(random.next(below: 1000)) / 1000
            let no = (1 - yes) * Double(random.next(below: 1000)) / 1000
            let copy = Double(random.next(below: 1000)) / 1000
            func draw(_ r: inout SplitMix64) -> Judgement {
                let u = Double(r.next(below: 1_000_000)) / 1_000_000
                return u < yes ? .yes : u < yes + no ? .no : .notApplicable
            }
            var table = AgreementTable()
            for _ in 0..<cases {
                let first = draw(&random)
                let second = Double(random.next(below: 1000)) / 1000 < copy ? first : draw(&random)
                table.add(first: first, second: second)
            }
            tables.append(table)
        }
        return tables
    }

    static let script = """
        import sys, warnings
        import pandas as pd
        from irrCAC.raw import CAC
        warnings.simplefilter("ignore")
        categories = ["yes", "no", "na"]
        for line in open(sys.argv[1]):
            counts = [int(x) for x in line.split()]
            first, second = [], []
            for cell, n in enumerate(counts):
                first += [categories[cell // 3]] * n
                second += [categories[cell % 3]] * n
            cac = CAC(pd.DataFrame({"first": first, "second": second}), categories=categories, digits=15)
            est = cac.gwet()["est"]
            low, high = est["confidence_interval"]
            print(est["coefficient_value"], est["se"], low, high, est["pe"])
        """

    @Test func ac1AgreesWithIrrCAC() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["CASEMARK_FUZZ_SEED"] ?? "") ?? 2026
        print("IrrCACTests seed \(seed) (CASEMARK_FUZZ_SEED=\(seed) to repeat)")
        let tables = Self.tables(seed: seed)
        let input = tables.map { $0.counts.joined().map(String.init).joined(separator: " ") }.joined(separator: "\n") + "\n"
        let theirs = try IrrCAC.run(Self.script, input: input)
        try #require(theirs.count == tables.count)
        for (table, their) in zip(tables, theirs) {
            let ac1 = try #require(table.ac1)
            let interval = try #require(AgreementReport.interval(ac1))
            let ours = [ac1.value, ac1.standardError ?? .nan, interval.low, interval.high]
            for (name, (a, b)) in zip(["AC1", "standard error", "low", "high"], zip(ours, their.prefix(4))) {
                // scipy's t quantile is good to about 1e-9 (StudentTTests), so the ends are held to that.
                #expect(b.map { abs(a - $0) <= 1e-8 * max(1, abs($0)) } == true, "\(name) of \(table.counts): casemark \(a), irrCAC \(String(describing: b))")
            }
        }
    }

    /// The JSON report's figures are irrCAC's rounded to three decimals (a case where rounding
    /// could go either way is not among them: checked by hand).
    @Test func reportPrintsTheSameFigures() throws {
        let table = AgreementTable(counts: [[10, 2, 1], [3, 8, 1], [0, 1, 4]])
        let theirs = try IrrCAC.run(Self.script, input: "10 2 1 3 8 1 0 1 4\n")
        let json = ReportJSON.object(AgreementReport.agreement(table)).rendered
        let their = try #require(theirs.first)
        for (key, value) in zip(["ac1", "ac1Low", "ac1High"], [their[0], their[2], their[3]]) {
            #expect(json.contains("\"\(key)\": \(ReportJSON.fixed(try #require(value), places: 3))"), "\(key) in \(json)")
        }
    }

    @Test func studentTAgreesWithScipy() throws {
        let degrees = Array(1...60) + [99, 199, 499, 999, 1000, 1001, 4999, 100_000]
        let probabilities = [0.6, 0.9, 0.95, 0.975, 0.995, 0.9995]
        let script = """
            import sys
            from scipy import stats
            for line in open(sys.argv[1]):
                p, nu = line.split()
                print(stats.t.ppf(float(p), float(nu)))
            """
        var input = ""
        for nu in degrees { for p in probabilities { input += "\(p) \(nu)\n" } }
        let theirs = try IrrCAC.run(script, input: input)
        var index = 0
        for nu in degrees {
            for p in probabilities {
                let ours = StudentT.quantile(p, degreesOfFreedom: Double(nu))
                let their = try #require(theirs[index].first ?? nil)
                #expect(abs(ours - their) <= 1e-8 * their, "t(\(p), \(nu)): casemark \(ours), scipy \(their)")
                index += 1
            }
        }
    }
}
