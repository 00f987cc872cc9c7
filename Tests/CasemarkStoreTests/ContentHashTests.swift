import CasemarkModel
import CasemarkTestSupport
import Foundation
import Testing
@testable import CasemarkStore

/// The fingerprint a save checks the file on disk against: the same bytes always give the same
/// one, and a changed, added or removed byte gives another.
@Suite struct ContentHashTests {
    @Test func everySmallChangeIsSeen() throws {
        var rng = SplitMix64(seed: 7)
        let bytes = (0..<2_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        #expect(ContentHash(Data(bytes)) == ContentHash(Data(bytes)))
        #expect(ContentHash(Data([0] + bytes).dropFirst()) == ContentHash(Data(bytes)))  // a slice
        var inputs: Set<[UInt8]> = [bytes]
        for i in bytes.indices {
            var changed = bytes
            changed[i] ^= UInt8.random(in: 1...255, using: &rng)
            inputs.insert(changed)
            var shorter = bytes
            shorter.remove(at: i)
            inputs.insert(shorter)
            var longer = bytes
            longer.insert(UInt8.random(in: 0...255, using: &rng), at: i)
            inputs.insert(longer)
        }
        for length in 0...40 { inputs.insert(Array(bytes.prefix(length))) }
        let fingerprints = Set(inputs.map { ContentHash(Data($0)) })
        #expect(fingerprints.count == inputs.count)
    }
}
