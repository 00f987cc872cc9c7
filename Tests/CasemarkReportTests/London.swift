import Foundation
import CasemarkModel
import CasemarkStore

/// The London CRC 2019 fixture (Fixtures/london-crc-2019.csv, made by make_london_crc_2019.py) and
/// the results HMIP published for it (the 2019 London CRC inspection report, Annex 2; also
/// docs/ratings.md, "Worked example: London CRC, 2019"), written out
/// here independently of the fixture script.
enum London {
    static let framework: Framework = try! FrameworkLibrary.bundled()

    static var csvURL: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/london-crc-2019.csv")
    }

    static func csvBytes() throws -> [UInt8] { Array(try Data(contentsOf: csvURL)) }

    static let publishedPercent: [String: Int] = [
        "2.1.1": 62, "2.1.2": 64, "2.1.3": 58,
        "2.2.1": 53, "2.2.2": 67, "2.2.3": 48,
        "2.3.1": 71, "2.3.2": 52, "2.3.3": 48,
        "2.4.1": 65, "2.4.2": 61, "2.4.3": 49,
        "4.1.1": 74, "4.1.2": 77, "4.1.3": 77, "4.1.4": 73,
        "4.2.1": 66, "4.2.2": 71, "4.2.3": 78,
    ]

    /// The lowest key-question band of each case-marked standard, from the data.
    static let computed: [String: Band] = [
        "2.1": .requiresImprovement, "2.2": .inadequate, "2.3": .inadequate, "2.4": .inadequate,
        "4.1": .good, "4.2": .good,
    ]

    /// What the lead inspector records: domain one from evidence, and the three discretion overrides.
    static let recorded: [(standard: String, rating: Band, reason: String)] = [
        ("1.1", .good, "Leadership: clear vision and strategy, judged against the domain one rating characteristics."),
        ("1.2", .good, "Staff: workloads high but oversight and learning and development effective."),
        ("1.3", .good, "Services: a comprehensive range of services, well targeted."),
        ("1.4", .requiresImprovement, "Information and facilities: ICT systems hinder delivery."),
        ("2.2", .requiresImprovement, "In arriving at the rating for planning, we have exercised professional discretion in relation to the case data, to take into account wider evidence gathered about this particular aspect of practice."),
        ("2.3", .requiresImprovement, "In arriving at the rating for implementation and delivery, we have exercised professional discretion in relation to the case data, to take into account wider evidence gathered about this particular aspect of practice."),
        ("2.4", .requiresImprovement, "In arriving at the rating for reviewing, we have exercised professional discretion, lifting the rating from inadequate to requires improvement, so as to take into account wider evidence gathered about this particular aspect of practice."),
    ]

    static let published: [String: Band] = [
        "1.1": .good, "1.2": .good, "1.3": .good, "1.4": .requiresImprovement,
        "2.1": .requiresImprovement, "2.2": .requiresImprovement, "2.3": .requiresImprovement,
        "2.4": .requiresImprovement, "4.1": .good, "4.2": .good,
    ]

    static func cases() throws -> [Case] {
        switch CSVImport.parse(try csvBytes(), file: "london-crc-2019.csv", framework: framework) {
        case .success(let cases): return cases
        case .failure(let error): throw error
        }
    }

    /// The inspection in memory, straight from the parsed CSV, with or without the recorded ratings.
    static func inspection(rated: Bool) throws -> Inspection {
        var ratings: [String: RecordedRating] = [:]
        if rated {
            for r in recorded {
                ratings[r.standard] = RecordedRating(rating: r.rating, reason: r.reason, by: "Lead Inspector", at: "2019-06-14T10:00:00Z")
            }
        }
        return Inspection(
            record: InspectionRecord(provider: "London CRC", framework: framework.id, ratings: ratings),
            framework: framework, cases: try cases())
    }
}
