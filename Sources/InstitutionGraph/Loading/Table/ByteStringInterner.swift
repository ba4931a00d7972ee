/// Dense ids (0, 1, 2, … in order of first sight) for distinct byte strings, each stored once in
/// one buffer: the names of a large table without a `String` or an allocation per cell.
///
/// An open-addressing table at most half full. A slot holds an id and 32 bits of its hash, so a
/// probe reads the stored bytes only when those agree; each id keeps its whole hash, so growing
/// hashes nothing again.
struct ByteStringInterner {
    /// Every distinct string's bytes, one after another in order of id.
    private var storage: [UInt8] = []
    /// Where each id's bytes start in `storage`, and one more entry for the end of the last.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot → the hash's high 32 bits, then id + 1 (0 marks an empty slot); the count is a
    /// power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    /// The number of distinct strings met.
    var count: Int { hashes.count }

    /// Any value read by ``warm(_:)``, kept so that its reads are not optimised away.
    private var warmed: UInt64 = 0

    /// The id of `bytes`, and whether they were met for the first time.
    ///
    /// - Complexity: O(`bytes.count`) expected.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        id(of: bytes, hash: Self.hash(bytes))
    }

    /// Brings into the cache what looking up strings with these hashes will probably read, all
    /// at once: a lookup in a large table waits for memory three times (its slot, where its
    /// bytes start, the bytes), and here each of those reads waits side by side with the same
    /// read of the other strings instead of one after another.
    ///
    /// Only the first slot of each string's probe is read; the lookups are right whatever this reads.
    mutating func warm(_ hashes: UnsafeBufferPointer<UInt64>) {
        var seen: UInt64 = 0
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                storage.withUnsafeBufferPointer { storage in
                    let mask = slots.count - 1
                    for hash in hashes { seen ^= slots[Int(truncatingIfNeeded: hash) & mask] }
                    /// The id in the first slot of `hash`'s probe, if its hash bits agree.
                    func candidate(_ hash: UInt64) -> Int? {
                        let stored = slots[Int(truncatingIfNeeded: hash) & mask]
                        guard stored != 0, stored & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 else { return nil }
                        return Int(stored & 0xFFFF_FFFF) - 1
                    }
                    for hash in hashes { if let id = candidate(hash) { seen ^= UInt64(starts[id]) } }
                    for hash in hashes {
                        if let id = candidate(hash), starts[id] < starts[id + 1] { seen ^= UInt64(storage[starts[id]]) }
                    }
                }
            }
        }
        warmed ^= seen
    }

    /// The id here of every string in `other`, in the order of its ids, and whether each is new
    /// here: how the names of one stretch of a table join those of the stretches before it.
    ///
    /// - Complexity: O(length of the strings) expected; their hashes are not computed again.
    mutating func ids(of other: ByteStringInterner) -> [(id: Int32, isNew: Bool)] {
        var ids: [(id: Int32, isNew: Bool)] = []
        ids.reserveCapacity(other.count)
        // Room for every string being new, so that the arrays are not copied as they grow
        // (which would briefly hold both copies); room never used is never touched.
        storage.reserveCapacity(storage.count + other.storage.count)
        starts.reserveCapacity(starts.count + other.count)
        hashes.reserveCapacity(count + other.count)
        other.hashes.withUnsafeBufferPointer { hashes in
            other.storage.withUnsafeBufferPointer { storage in
                for batch in stride(from: 0, to: other.count, by: Self.warmedTogether) {
                    let batch = batch..<min(batch + Self.warmedTogether, other.count)
                    warm(UnsafeBufferPointer(rebasing: hashes[batch]))
                    for id in batch {
                        ids.append(self.id(of: UnsafeBufferPointer(rebasing: storage[other.starts[id]..<other.starts[id + 1]]), hash: hashes[id]))
                    }
                }
            }
        }
        return ids
    }

    /// How many lookups ``warm(_:)`` best prepares at once: enough reads side by side to keep
    /// the memory busy.
    static let warmedTogether = 32

    /// The id of `bytes`, whose ``hash(_:)`` is `hash`, and whether they were met for the first time.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int32, isNew: Bool) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored & 0xFFFF_FFFF_0000_0000 == tag, self.bytes(Int(stored & 0xFFFF_FFFF) - 1, equal: bytes) {
                return (Int32(stored & 0xFFFF_FFFF) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        storage.append(contentsOf: bytes)
        starts.append(storage.count)
        hashes.append(hash)
        slots[slot] = tag | UInt64(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The string with id `id`.
    func string(_ id: Int) -> String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]]), as: UTF8.self) }
    }

    /// Every string, in order of id.
    var strings: [String] { (0..<count).map(string) }

    /// Whether the string with id `id` is `other`.
    private func bytes(_ id: Int, equal other: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]]).hasSameBytes(as: other) }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
    }

    /// A 64-bit hash of the bytes, eight at a time, finished with a full avalanche.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let bytes = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        for position in stride(from: bytes.count - 1, through: offset, by: -1) { tail = tail << 8 | UInt64(bytes[position]) }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
