import CasemarkModel
import CasemarkText

/// How words from the framework and the files are shortened for the screens: read by the pages
/// (what a page holds) and the views alike.
enum Wording {
    /// A key question's wording without the words every key question of its standard starts with
    /// ("Does assessment focus sufficiently on …"), so a narrow list still tells them apart.
    static func distinctiveText(_ kq: KeyQuestion, in standard: Standard) -> String {
        guard let index = standard.keyQuestions.firstIndex(where: { $0.id == kq.id }) else { return kq.text }
        return DistinctWording.tails(standard.keyQuestions.map(\.text))[index]
    }

    /// "2024-05-01T10:22:03Z" → "2024-05-01 10:22".
    static func shortTime(_ iso: String) -> String {
        let parts = iso.split(separator: "T")
        guard parts.count == 2 else { return iso }
        return "\(parts[0]) \(parts[1].prefix(5))"
    }

    /// The sample's title ("Case supervision") for its id.
    static func sampleTitle(_ id: String, _ framework: Framework) -> String {
        framework.sample(id)?.title ?? id
    }

    /// "Chloé Duval (PO)".
    static func officer(_ officer: ResponsibleOfficer) -> String {
        officer.grade.map { "\(officer.name) (\($0))" } ?? officer.name
    }
}
