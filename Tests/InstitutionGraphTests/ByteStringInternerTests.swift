import Testing

@testable import InstitutionGraph

/// ``ByteStringInterner``: dense ids in order of first sight, the same id for the same bytes, and
/// the strings back as written, across the table's growth and its short hash tags.
@Suite("Byte strings interned to dense ids")
struct ByteStringInternerTests {
    /// Random strings of 0 to 80 bytes, Hangul and ASCII, with many repeats and many that share
    /// their first eight bytes.
    static func strings(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("ab가나-_ 0123456789")
        return (0..<count).map { _ in
            let length = Int.random(in: 0...(Bool.random(using: &random) ? 3 : 30), using: &random)
            let prefix = Bool.random(using: &random) ? "institution-" : ""
            return prefix + String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
        }
    }

    @Test("ids are 0, 1, 2, … in order of first sight, and every string comes back as written", arguments: [1, 2, 3] as [UInt64])
    func idsFollowFirstSight(seed: UInt64) {
        let words = Self.strings(count: 60_000, seed: seed)
        var interner = ByteStringInterner()
        var expected: [String: Int32] = [:]
        var firstSeen: [String] = []
        for word in words {
            var bytes = Array(word.utf8)
            let (id, isNew) = bytes.withUnsafeMutableBufferPointer { interner.id(of: UnsafeBufferPointer($0)) }
            if let known = expected[word] {
                #expect(id == known && !isNew)
            } else {
                #expect(id == Int32(firstSeen.count) && isNew)
                expected[word] = id
                firstSeen.append(word)
            }
        }
        #expect(interner.count == firstSeen.count)
        #expect(interner.strings == firstSeen)
    }

    @Test("strings equal as Swift strings but written in other bytes get ids of their own")
    func bytesNotCharacters() {
        var interner = ByteStringInterner()
        let composed = Array("가".utf8)
        let decomposed = Array("\u{1100}\u{1161}".utf8)
        let first = composed.withUnsafeBufferPointer { interner.id(of: $0) }
        let second = decomposed.withUnsafeBufferPointer { interner.id(of: $0) }
        #expect(first.id == 0 && second.id == 1 && second.isNew)
        #expect(interner.string(1) == "\u{1100}\u{1161}")
    }
}
