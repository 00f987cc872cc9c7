import CasemarkText
import Testing

@Suite struct DistinctWordingTests {
    @Test func dropsTheWordsSharedWithANeighbour() {
        #expect(DistinctWording.tails([
            "Does assessment focus sufficiently on engaging the service user?",
            "Does assessment focus sufficiently on keeping other people safe?",
            "Is the sentence implemented?",
        ]) == ["…engaging the service user?", "…keeping other people safe?", "Is the sentence implemented?"])
        #expect(DistinctWording.tails(["Does it", "Does that"]) == ["Does it", "Does that"], "one shared word says nothing")
        #expect(DistinctWording.tails(["Same words here", "Same words here"]) == ["…here", "…here"])
    }
}
