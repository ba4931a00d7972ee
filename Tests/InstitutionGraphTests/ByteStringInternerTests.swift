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

    @Test("joining another interner's strings gives each its id here, new ones numbered on", arguments: [4, 5] as [UInt64])
    func joining(seed: UInt64) {
        let (before, after) = (Self.strings(count: 3_000, seed: seed), Self.strings(count: 3_000, seed: seed + 10))
        var joined = ByteStringInterner()
        var other = ByteStringInterner()
        var reference = ByteStringInterner()
        for word in before { Self.intern(word, in: &joined); Self.intern(word, in: &reference) }
        for word in after { Self.intern(word, in: &other) }
        let known = joined.count
        let ids = joined.ids(of: other)
        #expect(ids.count == other.count)
        for (local, found) in ids.enumerated() {
            let word = other.string(local)
            let expected = Self.intern(word, in: &reference)
            #expect(found.id == expected.id && found.isNew == expected.isNew, "\(word)")
            #expect(joined.string(Int(found.id)) == word)
        }
        #expect(joined.count == reference.count && joined.count >= known)
    }

    @Test("same bytes: equal exactly when the arrays are, at every length around eight", arguments: 0..<40)
    func sameBytes(length: Int) {
        var random = SeededRandom(seed: UInt64(length) + 1)
        for _ in 0..<50 {
            let left = (0..<length).map { _ in UInt8.random(in: 0...2, using: &random) }
            var right = left
            if !right.isEmpty, Bool.random(using: &random) { right[Int.random(in: 0..<right.count, using: &random)] ^= 1 }
            if Int.random(in: 0..<5, using: &random) == 0 { right.append(0) }
            let same = left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { l.hasSameBytes(as: $0) } }
            #expect(same == (left == right))
        }
    }

    @discardableResult
    static func intern(_ word: String, in interner: inout ByteStringInterner) -> (id: Int32, isNew: Bool) {
        Array(word.utf8).withUnsafeBufferPointer { interner.id(of: $0) }
    }
}
