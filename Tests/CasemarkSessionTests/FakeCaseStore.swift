import CasemarkModel
import CasemarkSession
import CasemarkStore
import CasemarkTUI
import CasemarkTestSupport

/// A store in memory that records what the session asked of it, and fails or clashes on demand.
final class FakeCaseStore: CaseStore {
    var disk: [String: Case] = Dictionary(uniqueKeysWithValues: SessionFixture.cases.map { ($0.id, $0) })
    /// Every save asked for, in order, failed or not.
    var saves: [Case] = []
    /// How many more saves of each case fail (with "No space left on device").
    var failures: [String: Int] = [:]
    /// Cases another process has changed differently: saving them clashes until reloaded.
    var clash: [String: Case] = [:]
    /// Who else has a case open.
    var heldElsewhere: [String: String] = [:]
    /// "begin CS-001", "end CS-001", in order.
    var markers: [String] = []
    var reloads: [String] = []

    struct Failure: Error, CustomStringConvertible {
        var description = "No space left on device"
    }

    func save(_ c: Case) throws -> (saved: Case, file: String) {
        saves.append(c)
        if let left = failures[c.id], left > 0 {
            failures[c.id] = left - 1
            throw Failure()
        }
        if clash[c.id] != nil { throw StoreError.conflict(file: "cases/\(c.id).json", fields: ["answers.2.1.1"]) }
        disk[c.id] = c
        return (c, "cases/\(c.id).json")
    }

    func beginEditing(_ id: String, by inspector: String) -> String? {
        markers.append("begin \(id)")
        return heldElsewhere[id]
    }

    func endEditing(_ id: String) { markers.append("end \(id)") }

    func caseOnDisk(_ id: String) -> Case? { clash[id] ?? disk[id] }

    func reload(_ id: String) throws -> Case? {
        reloads.append(id)
        if let theirs = clash.removeValue(forKey: id) { disk[id] = theirs }
        return disk[id]
    }
}

/// Keys (and waits) in a given order, then the end of the input; records each wait asked for.
final class ScriptedTerminal: TerminalIO {
    private var script: [KeyRead]
    private(set) var timeouts: [Int?] = []
    private(set) var drawn = 0

    init(_ script: [KeyRead]) { self.script = script }

    var size: (width: Int, height: Int) { (80, 24) }

    func nextKey(timeout: Int?) -> KeyRead {
        if timeout == 0 {
            // The session looking for more keys of a paste: only keys already in the script.
            guard case .key? = script.first else { return .timedOut }
            return script.removeFirst()
        }
        timeouts.append(timeout)
        return script.isEmpty ? .ended : script.removeFirst()
    }

    func draw(_ buffer: ScreenBuffer) { drawn += 1 }
}

enum SessionFixture {
    static let now = "2024-05-01T10:22:03Z"
    static let retry = Session.retryMilliseconds

    static let framework = FrameworkFixture.make(
        samples: [Sample(id: "case-supervision", title: "Case supervision")],
        domains: [Domain(id: "2", title: "Case supervision")],
        scoreBands: [
            ScoreBand(minimumScore: 0, maximumScore: 0, band: .inadequate),
            ScoreBand(minimumScore: 1, maximumScore: 1, band: .requiresImprovement),
            ScoreBand(minimumScore: 2, maximumScore: 2, band: .good),
            ScoreBand(minimumScore: 3, maximumScore: 3, band: .outstanding),
        ],
        standards: [
            Standard(id: "2.1", domain: "2", title: "Assessment", ratedFrom: .cases, sample: "case-supervision", keyQuestions: [
                KeyQuestion(id: "2.1.1", text: "Does assessment focus sufficiently on engaging the service user?"),
                KeyQuestion(id: "2.1.2", text: "Does assessment focus sufficiently on keeping other people safe?"),
            ]),
        ])

    static var cases: [Case] {
        ["CS-001", "CS-002", "CS-003"].map {
            Case(id: $0, sample: "case-supervision", responsibleOfficer: ResponsibleOfficer(name: "Chloé Duval", grade: "PO"),
                 attributes: ["rosh_issues_apply": "Y"])
        }
    }

    static func state(readOnly: Bool = false) -> AppState {
        let inspection = Inspection(
            record: InspectionRecord(provider: "Test CRC", framework: "test-2018", ratings: [:]),
            framework: framework, cases: cases)
        return AppState(inspection: inspection, inspector: "tester", readOnly: readOnly, location: "/tmp/insp")
    }

    static func session(_ store: FakeCaseStore) -> Session {
        Session(state: state(), store: store, clock: { now })
    }
}
