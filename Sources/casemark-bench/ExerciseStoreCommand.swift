import ArgumentParser
import CasemarkModel
import CasemarkStore
import Foundation

/// The writer process of the store's crash and concurrency tests. It answers key
/// questions in a loop, saving after each answer, and prints the number of each save once the
/// save has returned, so the test knows exactly which saves a kill came after.
struct ExerciseStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise-store",
        abstract: "Test helper: answer and save in a loop.")

    @Argument var inspection: String
    /// Saves go round-robin over these cases (created when missing).
    @Option var cases: String
    @Option(name: .customLong("key-questions")) var keyQuestions: String
    @Option var first: Int = 1
    @Option var count: Int
    @Option var inspector: String

    func run() throws {
        let store = try WritableInspection.open(at: inspection)
        let caseIDs = cases.split(separator: ",").map(String.init)
        let kqs = keyQuestions.split(separator: ",").map(String.init)
        var working: [String: Case] = [:]
        for number in first..<(first + count) {
            let id = caseIDs[number % caseIDs.count]
            let kq = kqs[number % kqs.count]
            var c = working[id] ?? store.case(id)
                ?? Case(id: id, sample: store.framework.standard(containing: kq)?.sample ?? "", responsibleOfficer: ResponsibleOfficer(name: "Test Officer", grade: "PO"),
                        attributes: Dictionary(uniqueKeysWithValues: store.framework.attributes.map { ($0.id, $0.values.first ?? "") }))
            // Flip the judgement each time so that every save is its own history entry.
            let judgement: Judgement = c.answers[kq]?.answer == .yes ? .no : .yes
            let answer = Answer(answer: judgement, note: "\(inspector) save \(number)")
            try c.record(answer, for: kq, by: inspector, at: Timestamp.now(), changeID: ChangeID.random())
            working[id] = try store.save(c)
            FileHandle.standardOutput.write(Data("\(number)\n".utf8))
        }
    }
}
