import CasemarkModel

/// `inspection.json`'s fields, declared once, as `CaseFileFields` declares a case file's: the
/// writer (`JSONFileWriter`), the careful checker and the builder (`RecordFile`) all work from
/// these tables. The fields are listed in the order the checker reports problems; the writer
/// writes them in the order of their names' bytes. Document any new field in
/// docs/file-format.md.
enum RecordFileFields {
    /// A recorded rating, in `ratings` or before and after a change in `ratingHistory`.
    static let rating = FileObject<RecordedRating>(
        [
            .field("rating", \.rating, .word(), required: true),
            .field("reason", \.reason, .text(nonEmpty: true), required: true),
            .optional("by", \.by, .text()),
            .optional("at", \.at, .text()),
        ],
        empty: RecordedRating(rating: .inadequate, reason: ""))

    static let ratingChange = FileObject<RatingChange>(
        [
            // Version 1 files have no ids: they are given ones by `InspectionRecord.givingChangesIDs`.
            .field("id", \.id, .text()),
            // Left out when empty: the first change of a rating replaced nothing.
            .field("replaces", \.replaces, .texts, leftOutWhen: \.isEmpty),
            .field("standard", \.standard, .text(nonEmpty: true), required: true),
            .optional("previous", \.previous, .object(rating)),
            .optional("value", \.value, .object(rating)),
            .field("by", \.by, .text(), required: true),
            .field("at", \.at, .text(), required: true),
        ],
        empty: RatingChange(standard: "", previous: nil, value: nil, by: "", at: "", id: ""))

    static let secondMarkingOrigin = FileObject<SecondMarkingOrigin>(
        [
            .field("inspection", \.inspection, .text(nonEmpty: true), required: true),
            .field("provider", \.provider, .text(), required: true),
            .field("seed", \.seed, .integer, required: true),
            .field("cases", \.cases, .integer, required: true),
        ],
        empty: SecondMarkingOrigin(inspection: "", provider: "", seed: 0, cases: 0))

    static let record = FileObject<InspectionRecord>(
        [
            .field(
                "schemaVersion", \.schemaVersion, .schemaVersion(upTo: InspectionRecord.supportedSchemaVersion), required: true),
            .field("provider", \.provider, .text(nonEmpty: true), required: true),
            .field("framework", \.framework, .text(nonEmpty: true), required: true),
            .optional("createdAt", \.createdAt, .text()),
            .optional("createdBy", \.createdBy, .text()),
            // Only on a blind second marking.
            .optional("secondMarkOf", \.secondMarkOf, .object(secondMarkingOrigin)),
            .field("ratings", \.ratings, .map(.object(rating))),
            .field("conflicts", \.conflicts, .map(.list(.text(), refusingNull: true)), leftOutWhen: \.isEmpty),
            // Left out while empty, so a file nobody has rated in reads exactly as before.
            .field("ratingHistory", \.ratingHistory, .list(.object(ratingChange)), leftOutWhen: \.isEmpty),
        ],
        empty: InspectionRecord(provider: "", framework: "", schemaVersion: 0))
}
