import Testing

@testable import CasemarkModel

/// One home for how a conflict is settled: the summaries of `conflicts` and `merge` (by the
/// kinds listed) and the refusal to complete a case in conflict (by its fields).
@Suite struct HowToSettleTests {
    static func conflict(_ field: String, keyQuestion: String? = nil, standard: String? = nil) -> FieldConflict {
        FieldConflict(caseID: standard == nil ? "A-1" : nil, field: field, keyQuestion: keyQuestion, standard: standard, values: [])
    }
    static let answer = conflict("answers.2.1.1", keyQuestion: "2.1.1")
    static let status = conflict(Case.statusField)
    static let rating = conflict("ratings.2.2", standard: "2.2")
    static let review = conflict(Case.reviewField)

    @Test func eachKindOfConflictIsSettledItsOwnWay() {
        #expect(HowToSettle.conflicts([Self.answer]) == "answer again on the marking screen or with casemark mark")
        #expect(HowToSettle.conflicts([Self.rating, Self.status]) == "a status by completing or reopening the case again (casemark complete, casemark reopen); a rating by recording it again (casemark rate)")
        #expect(HowToSettle.conflicts([Self.review, Self.answer, Self.answer]) == "answer again on the marking screen or with casemark mark; a review by approving or returning the case again (casemark review)")
        #expect(HowToSettle.conflicts([]) == "answer again on the marking screen or with casemark mark")
    }

    @Test func aCaseInConflictIsCompletedOnceItsAnswersAndReviewAreSettled() {
        #expect(HowToSettle.fields(["2.1.1"]) == "settle it with a new answer first")
        #expect(HowToSettle.fields(["2.1.1", "2.1.2"]) == "settle each with a new answer first")
        #expect(HowToSettle.fields([Case.reviewField]) == "settle the review by approving or returning the case again (casemark review) first")
        #expect(HowToSettle.fields(["2.1.1", Case.reviewField]) == "settle the answer with a new answer, and the review by approving or returning the case again (casemark review), first")
        #expect(
            CaseEditError.inConflict(caseID: "A-1", fields: ["2.1.1"]).description
                == "case A-1 cannot be completed while this is in conflict: 2.1.1; settle it with a new answer first")
    }
}
